/**
 * The cheques of one contract as treasurers keep them: one row per household, one column per month,
 * each cell the amount with its cheque number and where it stands; totals per month and per
 * household. Prints on A4 landscape. Reached from the menu ("Chèques par contrat") and from a
 * contract's page.
 */
import PrintIcon from "@mui/icons-material/Print";
import ChecklistIcon from "@mui/icons-material/PlaylistAddCheck";
import {
  Box,
  MenuItem,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import {
  Button,
  Loading,
  Title,
  useDataProvider,
  useGetList,
  useLocaleState,
  useRedirect,
  useTranslate,
} from "react-admin";
import { euros } from "../../shared/format";
import { useAmapScope } from "../useAmapScope";
import { chequeGrid, monthLabel, type GridInstallment } from "./chequeGrid";

/** Every installment of the contract (a season of a big AMAP takes a few pages of 100). */
function useContractInstallments(amapId: string, templateId: string | null) {
  const dataProvider = useDataProvider();
  return useQuery({
    queryKey: ["champ", "contractInstallments", amapId, templateId],
    enabled: !!templateId,
    queryFn: async ({ signal }) => {
      const all: GridInstallment[] = [];
      for (let page = 1; page < 100; page++) {
        const { data, total } = await dataProvider.getList("installments", {
          filter: { amapId, templateId },
          pagination: { page, perPage: 100 },
          sort: { field: "dueOn", order: "ASC" },
          signal,
        });
        all.push(...(data as unknown as GridInstallment[]));
        if (all.length >= (total ?? 0) || data.length === 0) break;
      }
      return all;
    },
  });
}

const STATUS_COLOR: Record<string, string> = {
  to_provide: "text.secondary",
  received: "info.main",
  handed_over: "success.main",
  paid: "success.main",
};

export const ChequeTable = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const redirect = useRedirect();
  const { amapId, templateId: ownTemplate } = useAmapScope();
  const [params, setParams] = useSearchParams();
  const { data: templates = [] } = useGetList("contractTemplates", {
    filter: ownTemplate ? { ids: [ownTemplate] } : { amapId },
    sort: { field: "name", order: "ASC" },
    pagination: { page: 1, perPage: 100 },
  });
  const templateId = ownTemplate ?? params.get("contrat") ?? (templates[0]?.id as string | undefined) ?? null;
  const { data, isPending } = useContractInstallments(amapId, templateId);
  const grid = chequeGrid(data ?? []);
  const template = templates.find((t) => t.id === templateId);

  const markReceived = () =>
    redirect(`/installments?filter=${encodeURIComponent(JSON.stringify({ templateId, status: "to_provide" }))}`);

  return (
    // Sized by the page, never by the table (which scrolls sideways in its frame on a phone).
    <Box sx={{ p: { xs: 1, sm: 2 }, minWidth: 0, containerType: "inline-size" }} className="cc-cheques">
      <Title title="champ.amap.cheques.title" />
      <Box className="cc-noprint" sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center", mb: 2 }}>
        <TextField
          select
          size="small"
          label={translate("champ.amap.cheques.contract")}
          value={templateId ?? ""}
          onChange={(e) => setParams({ contrat: e.target.value })}
          disabled={!!ownTemplate}
          sx={{ minWidth: { xs: "100%", sm: "20rem" } }}
        >
          {templates.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          label="champ.amap.cheques.markReceived"
          onClick={markReceived}
          variant="outlined"
          disabled={!templateId}
        >
          <ChecklistIcon />
        </Button>
        <Button label="champ.action.print" onClick={() => window.print()} variant="outlined">
          <PrintIcon />
        </Button>
      </Box>
      <Typography variant="h6" component="h1" sx={{ mb: 1 }}>
        {template ? translate("champ.amap.cheques.of", { name: template.name }) : translate("champ.amap.cheques.title")}
      </Typography>
      {isPending && templateId ? (
        <Loading />
      ) : grid.rows.length === 0 ? (
        <Typography>{translate("champ.amap.cheques.empty")}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {["to_provide", "received", "handed_over", "paid"]
              .filter((s) => grid.byStatus[s])
              .map((s) => `${translate(`champ.enums.installmentStatus.${s}`)} : ${grid.byStatus[s]}`)
              .join(" · ")}
          </Typography>
          <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: "100%", overflowX: "auto" }}>
            <Table
              size="small"
              aria-label={translate("champ.amap.cheques.tableLabel")}
              sx={{ "& td, & th": { whiteSpace: "nowrap", px: 1 } }}
            >
              <TableHead>
                <TableRow>
                  <TableCell
                    component="th"
                    scope="col"
                    sx={{ position: "sticky", left: 0, bgcolor: "background.paper", zIndex: 1 }}
                  >
                    {translate("champ.amap.cheques.household")}
                  </TableCell>
                  {grid.months.map((m) => (
                    <TableCell key={m} component="th" scope="col" align="right">
                      {monthLabel(m, locale)}
                    </TableCell>
                  ))}
                  <TableCell component="th" scope="col" align="right">
                    {translate("champ.amap.cheques.householdTotal")}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {grid.rows.map((row) => (
                  <TableRow key={row.householdId}>
                    <TableCell
                      component="th"
                      scope="row"
                      sx={{ position: "sticky", left: 0, bgcolor: "background.paper", fontWeight: 600 }}
                    >
                      {row.name}
                    </TableCell>
                    {grid.months.map((m) => {
                      const cell = row.cells[m];
                      return (
                        <TableCell key={m} align="right" sx={{ verticalAlign: "top" }}>
                          {cell?.items.map((i) => (
                            <Box key={i.id}>
                              <strong>{euros(i.amountCents, locale)}</strong>
                              <Typography
                                component="div"
                                variant="caption"
                                sx={{ color: STATUS_COLOR[i.status] ?? "text.secondary" }}
                              >
                                {translate(`champ.amap.cheques.short.${i.status}`, {
                                  _: translate(`champ.enums.installmentStatus.${i.status}`),
                                })}
                                {i.chequeNumber
                                  ? ` · n° ${i.chequeNumber}`
                                  : i.means !== "cheque"
                                    ? ` · ${translate(`champ.enums.paymentMeans.${i.means}`)}`
                                    : ""}
                              </Typography>
                            </Box>
                          )) ?? "—"}
                        </TableCell>
                      );
                    })}
                    <TableCell align="right">
                      <strong>{euros(row.totalCents, locale)}</strong>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableCell
                    component="th"
                    scope="row"
                    sx={{ position: "sticky", left: 0, bgcolor: "background.paper" }}
                  >
                    {translate("champ.amap.cheques.monthTotal")}
                  </TableCell>
                  {grid.months.map((m) => (
                    <TableCell key={m} align="right">
                      {euros(grid.monthTotals[m], locale)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{euros(grid.totalCents, locale)}</TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          </TableContainer>
        </>
      )}
    </Box>
  );
};
