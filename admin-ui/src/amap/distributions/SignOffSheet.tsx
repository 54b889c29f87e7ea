/**
 * The sign-off sheet of one distribution, in the layout AMAPs print: one row per household, one
 * column per product, totals per product, and the AMAP, date, time and place in the table's header
 * (which the browser repeats on every printed page), about 40 households per A4 page. On a phone,
 * where the duty team checks people off, each household is a card. Downloadable as CSV.
 */
import DownloadIcon from "@mui/icons-material/Download";
import PrintIcon from "@mui/icons-material/Print";
import { Box, Chip, GlobalStyles, Paper, Typography } from "@mui/material";
import { useParams } from "react-router";
import { Loading, Title, useLocaleState, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { day, download } from "../../shared/format";
import { LabeledButton } from "../../shared/LabeledButton";
import { useApi } from "../../shared/useApi";
import { sheetTable, type NoteWords, type SheetLine } from "./sheetTable";

interface PlaceInfo {
  name: string;
  address: string | null;
  city: string | null;
}
interface Sheet {
  id: string;
  date: string;
  effectiveDate: string;
  startTime: string;
  endTime: string;
  status: string;
  amap: { name: string } | null;
  place: PlaceInfo | null;
  movedToPlace: PlaceInfo | null;
  signOffSheet: SheetLine[];
}

/**
 * Printing shows the sheet alone: no app bar, menu or buttons, the table (not the phone's cards)
 * on A4, its header rows repeated on each page.
 */
const PRINT = (
  <GlobalStyles
    styles={{
      "@page": { size: "A4 portrait", margin: "9mm" },
      "@media print": {
        "header, .MuiDrawer-root, .cc-noprint, .RaLayout-appFrame > .MuiToolbar-root, .MuiSnackbar-root": {
          display: "none !important",
        },
        "body, .RaLayout-root, .RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content, #main-content": {
          margin: "0 !important",
          padding: "0 !important",
          minHeight: "0 !important",
          background: "#fff !important",
        },
        ".RaLayout-appFrame": { marginTop: "0 !important" },
        ".cc-sheet": { padding: "0 !important", maxWidth: "none !important" },
        ".cc-sheet-cards": { display: "none !important" },
        ".cc-sheet-table": { display: "table !important" },
        // Room to sign on each line, still about 38 households per page.
        ".cc-sheet-table tbody tr": { height: "6mm" },
        ".cc-sheet-screen-head": { display: "none !important" },
      },
    }}
  />
);

const cell = { border: "1px solid #888", padding: "2px 4px", fontSize: "8.5pt", lineHeight: 1.25 } as const;

export const SignOffSheet = () => {
  const { id } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const { data, isPending, error } = useApi<Sheet>("distributionSheet", { id });
  if (isPending) return <Loading />;
  if (error || !data) return <Typography role="alert">{error?.message ?? translate("ra.page.not_found")}</Typography>;

  const effective = data.effectiveDate ?? data.date;
  const date = day(effective, locale, true);
  const place = (data.status === "moved" && data.movedToPlace) || data.place;
  const where = place ? [place.name, place.address, place.city].filter(Boolean).join(", ") : "";
  const banner = [data.amap?.name, `${date}, ${data.startTime} – ${data.endTime}`, where].filter(Boolean).join(" · ");
  const words: NoteWords = {
    status: (s) => translate(`champ.enums.signOffStatus.${s}`).toLowerCase(),
    movedFrom: (d) => translate("champ.amap.sheet.movedFrom", { date: day(d, locale) }),
    postponedTo: (d) => translate("champ.amap.sheet.postponedTo", { date: day(d, locale) }),
    givenTo: (name) => translate("champ.sheet.givenTo", { name }),
    takenFrom: (name) => translate("champ.sheet.takenFrom", { name }),
    alternating: (name) => translate("champ.sheet.alternating", { name }),
    with: (names) => translate("champ.sheet.coSubscribers", { names }),
  };
  const { columns, groups, rows, totals } = sheetTable(data.signOffSheet, words);

  const csv = async () => {
    const r = await dataProvider.query<{ signOffSheetCsv: string }>("distributionSheetCsv", { id });
    download(`emargement-${effective}.csv`, r.signOffSheetCsv);
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, minWidth: 0, containerType: "inline-size" }} className="cc-sheet">
      {PRINT}
      <Title title="champ.sheet.title" />
      <Box className="cc-sheet-screen-head">
        <Typography variant="h5" component="h1">
          {translate("champ.sheet.title")} · {date}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {[
            data.amap?.name,
            `${data.startTime} – ${data.endTime}`,
            where,
            data.status !== "planned" ? translate(`champ.enums.distributionStatus.${data.status}`) : "",
          ]
            .filter(Boolean)
            .join(" · ")}
        </Typography>
      </Box>
      <Box className="cc-noprint" sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}>
        <LabeledButton
          label="champ.action.print"
          onClick={() => window.print()}
          startIcon={<PrintIcon />}
          variant="outlined"
        />
        <LabeledButton label="champ.action.downloadCsv" onClick={csv} startIcon={<DownloadIcon />} variant="outlined" />
      </Box>
      {data.signOffSheet.length === 0 && <Typography>{translate("champ.sheet.empty")}</Typography>}

      {data.signOffSheet.length > 0 && (
        <>
          {/* On a phone: one card per household. */}
          <Box
            component="ol"
            className="cc-sheet-cards"
            sx={{ listStyle: "none", p: 0, m: 0, display: { xs: "grid", sm: "none" }, gap: 1 }}
          >
            {data.signOffSheet.map((line, i) => (
              <Paper component="li" key={line.household?.id ?? i} variant="outlined" sx={{ p: 1.5 }}>
                <Typography component="h2" sx={{ fontWeight: 700, fontSize: "1.1rem" }}>
                  {line.name}
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {line.items.map((it, j) => (
                    <Box component="li" key={j} sx={{ py: 0.25 }}>
                      <strong>
                        {it.quantity} × {it.productName}
                      </strong>{" "}
                      <Typography component="span" color="text.secondary" sx={{ fontSize: "0.9rem" }}>
                        ({it.unit}, {it.templateName})
                      </Typography>
                      {it.status !== "to_collect" && (
                        <Chip size="small" sx={{ ml: 1 }} label={translate(`champ.enums.signOffStatus.${it.status}`)} />
                      )}
                    </Box>
                  ))}
                </Box>
                {rows[i].notes.length > 0 && (
                  <Typography variant="body2" color="text.secondary">
                    {rows[i].notes.join(" ; ")}
                  </Typography>
                )}
              </Paper>
            ))}
          </Box>

          {/* On a wider screen and on paper: the table. */}
          <Box
            component="table"
            className="cc-sheet-table"
            aria-label={translate("champ.amap.sheet.tableLabel")}
            sx={{
              display: { xs: "none", sm: "table" },
              borderCollapse: "collapse",
              width: "100%",
              "& th, & td": cell,
              "& thead": { display: "table-header-group" },
              "& tr": { breakInside: "avoid" },
            }}
          >
            <thead>
              <tr>
                <Box
                  component="th"
                  colSpan={columns.length + 2}
                  sx={{
                    textAlign: "left",
                    border: "0 !important",
                    borderBottom: "2px solid #000 !important",
                    fontWeight: "normal",
                    fontSize: "9.5pt !important",
                    pb: "4px !important",
                  }}
                >
                  <strong>{translate("champ.sheet.title")}</strong> · {banner}
                </Box>
              </tr>
              <tr>
                <Box component="th" rowSpan={2} scope="col" sx={{ textAlign: "left", width: "52mm" }}>
                  {translate("champ.amap.sheet.household")}
                </Box>
                {groups.map((g) => (
                  <th key={g.name} colSpan={g.span} scope="colgroup">
                    {g.name}
                  </th>
                ))}
                <Box component="th" rowSpan={2} scope="col" sx={{ minWidth: "28mm" }}>
                  {translate("champ.amap.sheet.signature")}
                </Box>
              </tr>
              <tr>
                {columns.map((c) => (
                  <Box component="th" key={c.key} scope="col" sx={{ fontWeight: 600, width: "13mm" }}>
                    {c.productName}
                    <Box component="span" sx={{ display: "block", fontWeight: "normal", fontSize: "7.5pt" }}>
                      {c.unit}
                    </Box>
                  </Box>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <Box component="th" scope="row" sx={{ textAlign: "left", fontWeight: 600 }}>
                    {r.name}
                    {r.notes.length > 0 && (
                      <Box component="span" sx={{ display: "block", fontWeight: "normal", fontSize: "7.5pt" }}>
                        {r.notes.join(" ; ")}
                      </Box>
                    )}
                  </Box>
                  {columns.map((c) => (
                    <Box component="td" key={c.key} sx={{ textAlign: "center" }}>
                      {r.quantities[c.key] || ""}
                    </Box>
                  ))}
                  <td />
                </tr>
              ))}
              <Box component="tr" sx={{ "& > *": { fontWeight: 700, borderTop: "2px solid #000 !important" } }}>
                <Box component="th" scope="row" sx={{ textAlign: "left" }}>
                  {translate("champ.amap.sheet.total")}
                </Box>
                {columns.map((c) => (
                  <Box component="td" key={c.key} sx={{ textAlign: "center" }}>
                    {totals[c.key]}
                  </Box>
                ))}
                <td />
              </Box>
            </tbody>
          </Box>
        </>
      )}
    </Box>
  );
};
