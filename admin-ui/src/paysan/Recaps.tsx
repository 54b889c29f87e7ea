/**
 * The farmer's recap for one week or a whole season: quantities per product, per distribution,
 * per AMAP and household, computed by the API from the grids (never typed twice). CSV too. The
 * dates apply once both are whole (a date being typed is not checked half-way).
 */
import { useState } from "react";
import DownloadIcon from "@mui/icons-material/Download";
import {
  Box,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { Loading, Title, useGetMany, useLocaleState, useTranslate } from "react-admin";
import { LabeledButton } from "../shared/LabeledButton";
import { useBackOffice } from "../shared/backOffice";
import { addDays, day, download, euros, today } from "../shared/format";
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

/** A whole calendar date (a date input reads 0002-12-17 while its year is being typed). */
const complete = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && d >= "1900-01-01" && d <= "2200-12-31";
const quantities = (products: Qty[]) => products.map((p) => `${p.quantity} × ${p.productName}`).join(", ");

export const Recaps = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const farmId = useFarmId();
  const { dataProvider } = useBackOffice();
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState(addDays(today(), 6));
  // The last period asked with both dates whole and in order: the one shown.
  const [asked, setAsked] = useState({ from, to });
  const bothComplete = complete(from) && complete(to);
  const endBeforeStart = bothComplete && to < from;
  const choose = (f: string, t: string) => {
    setFrom(f);
    setTo(t);
    if (complete(f) && complete(t) && f <= t) setAsked({ from: f, to: t });
  };
  const { data, isPending, error } = useApi<Recap>("farmerRecap", { farmId, from: asked.from, to: asked.to });
  const { data: amaps = [] } = useGetMany(
    "amaps",
    { ids: data?.amaps.map((a) => a.amapId) ?? [] },
    { enabled: !!data },
  );
  const amapName = (id: string) => amaps.find((a) => a.id === id)?.name ?? "";

  const csv = async () =>
    download(
      `recapitulatif-${asked.from}-${asked.to}.csv`,
      await dataProvider.query<string>("farmerRecapCsv", { farmId, ...asked }),
    );

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, minWidth: 0 }}>
      <Title title="champ.recap.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate("champ.recap.title")}
      </Typography>
      <Box className="cc-noprint" sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "flex-start", mb: 2 }}>
        <MuiTextField
          type="date"
          size="small"
          id="cc-recap-from"
          label={translate("champ.fields.from")}
          value={from}
          onChange={(e) => choose(e.target.value, to)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <MuiTextField
          type="date"
          size="small"
          id="cc-recap-to"
          label={translate("champ.fields.to")}
          value={to}
          onChange={(e) => choose(from, e.target.value)}
          error={endBeforeStart}
          helperText={endBeforeStart ? translate("champ.recap.endBeforeStart") : undefined}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <LabeledButton
          label="champ.recap.season"
          onClick={() => choose(`${asked.from.slice(0, 4)}-01-01`, `${asked.from.slice(0, 4)}-12-31`)}
        />
        <LabeledButton label="champ.action.downloadCsv" onClick={csv} startIcon={<DownloadIcon />} />
      </Box>
      {isPending ? (
        <Loading />
      ) : error ? (
        <Typography role="alert">{error.message}</Typography>
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
                  <TableRow key={`${p.productName}|${p.unit}`}>
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
          <Box component="section" aria-labelledby="cc-recap-by-date">
            <Typography variant="h6" component="h2" id="cc-recap-by-date">
              {translate("champ.recap.byDate")}
            </Typography>
            {data.dates.map((d) => (
              <Paper
                key={d.distributionId}
                data-distribution={d.distributionId}
                variant="outlined"
                sx={{ p: 1, mb: 1 }}
              >
                <Typography component="h3" sx={{ fontWeight: 600, "&::first-letter": { textTransform: "uppercase" } }}>
                  {day(d.date, locale, true)} · {amapName(d.amapId)}
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {d.products.map((p) => (
                    <li key={`${p.productName}|${p.unit}`}>{`${p.quantity} × ${p.productName}`}</li>
                  ))}
                </Box>
              </Paper>
            ))}
          </Box>
          <Box component="section" aria-labelledby="cc-recap-by-amap" sx={{ mt: 2 }}>
            <Typography variant="h6" component="h2" id="cc-recap-by-amap">
              {translate("champ.recap.byAmap")}
            </Typography>
            {data.amaps.map((a) => (
              <Paper key={a.amapId} data-amap={a.amapId} variant="outlined" sx={{ p: 1, mb: 1 }}>
                <Typography component="h3" sx={{ fontWeight: 600 }}>
                  {amapName(a.amapId)} · {quantities(a.products)}
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {a.households.map((h) => (
                    <li key={h.name}>
                      {h.name} : {quantities(h.products)}
                    </li>
                  ))}
                </Box>
              </Paper>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
};
