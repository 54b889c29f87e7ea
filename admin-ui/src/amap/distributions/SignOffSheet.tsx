/**
 * The sign-off sheet of one distribution: one block per household listing everything it collects
 * across all contracts (absences, postponements, baskets handed over already applied by the API).
 * Made for distribution day on a phone (one column, large text), printable, and downloadable as CSV.
 */
import DownloadIcon from "@mui/icons-material/Download";
import PrintIcon from "@mui/icons-material/Print";
import { Box, Chip, Paper, Typography } from "@mui/material";
import { useParams } from "react-router";
import { Button, Loading, Title, useLocaleState, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { day, download } from "../../shared/format";
import { useApi } from "../../shared/useApi";

interface Item {
  templateName: string;
  productName: string;
  unit: string;
  quantity: number;
  status: string;
  postponedToDate: string | null;
  givenTo: string | null;
  takenFrom: string | null;
  alternatingWith: string | null;
  coSubscribers: string[];
}
interface Sheet {
  id: string;
  date: string;
  effectiveDate: string;
  startTime: string;
  endTime: string;
  status: string;
  place: { name: string; address: string; city: string } | null;
  signOffSheet: Array<{ name: string; household: { id: string } | null; items: Item[] }>;
}

export const SignOffSheet = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const { data, isPending, error } = useApi<Sheet>("distributionSheet", { id });
  if (isPending) return <Loading />;
  if (error || !data) return <Typography role="alert">{(error as Error)?.message ?? translate("ra.page.not_found")}</Typography>;
  const date = day(data.effectiveDate ?? data.date, locale, true);

  const csv = async () => {
    const r = await dataProvider.query<{ signOffSheetCsv: string }>("distributionSheetCsv", { id });
    download(`emargement-${data.effectiveDate ?? data.date}.csv`, r.signOffSheetCsv);
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "60rem" }} className="cc-sheet">
      <Title title="champ.sheet.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.sheet.title")} · {date}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {data.startTime} – {data.endTime}
        {data.place ? ` · ${data.place.name}` : ""} · {translate(`champ.enums.distributionStatus.${data.status}`)}
      </Typography>
      <Box className="cc-noprint" sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}>
        <Button label="champ.action.print" onClick={() => window.print()} startIcon={<PrintIcon />} variant="outlined" />
        <Button label="champ.action.downloadCsv" onClick={csv} startIcon={<DownloadIcon />} variant="outlined" />
      </Box>
      {data.signOffSheet.length === 0 && <Typography>{translate("champ.sheet.empty")}</Typography>}
      <Box component="ol" sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}>
        {data.signOffSheet.map((line, i) => (
          <Paper component="li" key={line.household?.id ?? i} variant="outlined" sx={{ p: 1.5, breakInside: "avoid" }}>
            <Typography component="h2" sx={{ fontWeight: 700, fontSize: "1.1rem" }}>
              {line.name}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {line.items.map((it, j) => (
                <Box component="li" key={j} sx={{ py: 0.25, fontSize: "1rem" }}>
                  <strong>
                    {it.quantity} × {it.productName}
                  </strong>{" "}
                  <Typography component="span" color="text.secondary" sx={{ fontSize: "0.9rem" }}>
                    ({it.unit}, {it.templateName})
                  </Typography>
                  {it.status !== "to_collect" && <Chip size="small" sx={{ ml: 1 }} label={translate(`champ.enums.signOffStatus.${it.status}`)} />}
                  {it.givenTo && <Typography sx={{ fontSize: "0.9rem" }}>{translate("champ.sheet.givenTo", { name: it.givenTo })}</Typography>}
                  {it.takenFrom && <Typography sx={{ fontSize: "0.9rem" }}>{translate("champ.sheet.takenFrom", { name: it.takenFrom })}</Typography>}
                  {it.alternatingWith && <Typography sx={{ fontSize: "0.9rem" }}>{translate("champ.sheet.alternating", { name: it.alternatingWith })}</Typography>}
                  {it.coSubscribers.length > 0 && <Typography sx={{ fontSize: "0.9rem" }}>{translate("champ.sheet.coSubscribers", { names: it.coSubscribers.join(", ") })}</Typography>}
                </Box>
              ))}
            </Box>
            <Box aria-hidden sx={{ display: "none", "@media print": { display: "block", mt: 1, borderBottom: "1px solid #999", height: "1.5rem" } }} />
          </Paper>
        ))}
      </Box>
    </Box>
  );
};
