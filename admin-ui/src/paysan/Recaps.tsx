/**
 * The farmer's recap for one distribution date or a whole period: quantities per product, per
 * date, per AMAP and household, computed by the API from the grids (never typed twice). CSV too.
 */
import { useState } from "react";
import DownloadIcon from "@mui/icons-material/Download";
import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from "@mui/material";
import { Button, Loading, Title, useGetMany, useLocaleState, useTranslate } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { day, download, euros, today } from "../shared/format";
import { useApi } from "../shared/useApi";
import { useFarmId } from "./useFarmId";

interface Qty {
  productName: string;
  unit: string;
  quantity: number;
  amountCents?: number;
}
interface Recap {
  products: Qty[];
  dates: Array<{ date: string; distributionId: string; amapId: string; products: Qty[] }>;
  amaps: Array<{ amapId: string; products: Qty[]; households: Array<{ name: string; products: Qty[] }> }>;
}

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export const Recaps = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const farmId = useFarmId();
  const { dataProvider } = useBackOffice();
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 6));
  const { data, isPending, error } = useApi<Recap>("farmerRecap", { farmId, from, to });
  const { data: amaps = [] } = useGetMany("amaps", { ids: data?.amaps.map((a) => a.amapId) ?? [] }, { enabled: !!data });
  const amapName = (id: string) => amaps.find((a) => a.id === id)?.name ?? "";

  const csv = async () => download(`recapitulatif-${from}-${to}.csv`, await dataProvider.query<string>("farmerRecapCsv", { farmId, from, to }));

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="champ.recap.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate("champ.recap.title")}
      </Typography>
      <Box className="cc-noprint" sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center", mb: 2 }}>
        <MuiTextField type="date" size="small" label={translate("champ.fields.from")} value={from} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <MuiTextField type="date" size="small" label={translate("champ.fields.to")} value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <Button label="champ.recap.season" onClick={() => (setFrom(`${from.slice(0, 4)}-01-01`), setTo(`${from.slice(0, 4)}-12-31`))} />
        <Button label="champ.action.downloadCsv" onClick={csv} startIcon={<DownloadIcon />} />
      </Box>
      {isPending ? (
        <Loading />
      ) : error ? (
        <Typography role="alert">{(error as Error).message}</Typography>
      ) : !data || data.products.length === 0 ? (
        <Typography>{translate("champ.recap.empty")}</Typography>
      ) : (
        <>
          <Paper variant="outlined" sx={{ p: 1, mb: 2, overflowX: "auto" }}>
            <Table size="small" aria-label={translate("champ.recap.total")}>
              <caption>{translate("champ.recap.total")}</caption>
              <TableHead>
                <TableRow>
                  <TableCell>{translate("champ.recap.product")}</TableCell>
                  <TableCell align="right">{translate("champ.fields.quantity")}</TableCell>
                  <TableCell align="right">{translate("champ.recap.amount")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.products.map((p) => (
                  <TableRow key={p.productName}>
                    <TableCell>
                      {p.productName} ({p.unit})
                    </TableCell>
                    <TableCell align="right">{p.quantity}</TableCell>
                    <TableCell align="right">{euros(p.amountCents ?? 0, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Paper>
          <Typography variant="h6" component="h2">
            {translate("champ.recap.byDate")}
          </Typography>
          {data.dates.map((d) => (
            <Paper key={`${d.distributionId}`} variant="outlined" sx={{ p: 1, mb: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>
                {day(d.date, locale, true)} · {amapName(d.amapId)}
              </Typography>
              <Typography>{d.products.map((p) => `${p.quantity} × ${p.productName}`).join(" · ")}</Typography>
            </Paper>
          ))}
          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate("champ.recap.byAmap")}
          </Typography>
          {data.amaps.map((a) => (
            <Paper key={a.amapId} variant="outlined" sx={{ p: 1, mb: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{amapName(a.amapId)}</Typography>
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {a.households.map((h) => (
                  <li key={h.name}>
                    {h.name} : {h.products.map((p) => `${p.quantity} × ${p.productName}`).join(", ")}
                  </li>
                ))}
              </Box>
            </Paper>
          ))}
        </>
      )}
    </Box>
  );
};
