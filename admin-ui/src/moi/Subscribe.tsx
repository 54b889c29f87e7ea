/**
 * Subscribing to a contract: the open templates of the member's AMAP, then the quantity grid
 * (product × date), the number of installments and the means of payment, with the total and the
 * schedule shown before signing. Quantities are checked here against the template's bounds and
 * again by the API, whose messages come back next to the grid.
 */
import { useMemo, useState } from "react";
import { useParams } from "react-router";
import {
  Alert,
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Paper,
  Radio,
  RadioGroup,
  Typography,
} from "@mui/material";
import {
  List,
  Loading,
  SimpleList,
  Title,
  useCreate,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
  type HttpError,
} from "react-admin";
import { GridEditor } from "../shared/grid/GridEditor";
import {
  cellProblems,
  gridTotalCents,
  installmentAmounts,
  offeredCells,
  toLineInputs,
  type Cells,
  type GridDate,
  type GridLine,
} from "../shared/grid/model";
import { useGridLabels } from "../shared/grid/useGridLabels";
import { BackOfficeLink, useBackOfficePath } from "../shared/BackOfficeLink";
import { LabeledButton } from "../shared/LabeledButton";
import { euros } from "../shared/format";
import { useApi } from "../shared/useApi";
import { useHousehold } from "./useHousehold";

/** The AMAP's templates open to subscriptions. */
export const OpenTemplates = () => {
  const { data } = useHousehold();
  const translate = useTranslate();
  if (!data) return <Loading />;
  return (
    <List
      resource="contractTemplates"
      filter={{ amapId: data.amapId, status: "open" }}
      sort={{ field: "name", order: "ASC" }}
      exporter={false}
      actions={false}
      title="champ.subscribe.title"
    >
      <SimpleList
        primaryText={(r) => <BackOfficeLink to={`/souscrire/${r.id}`}>{r.name}</BackOfficeLink>}
        secondaryText={(r) => `${r.season} · ${translate(`champ.enums.contractKind.${r.kind}`)}`}
        rowClick={false}
      />
    </List>
  );
};

interface Terms {
  templateId: string;
  name: string;
  kind: string;
  text: string;
  payeeName: string;
  allowedInstallmentCounts: number[];
  acceptedMeans: string[];
  acceptsSubscriptions: boolean;
  lines: GridLine[];
  deliveries: GridDate[];
  availability: Array<{ templateLineId: string; distributionId: string }>;
}

export const SubscribeForm = () => {
  const { templateId } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useGridLabels();
  const notify = useNotify();
  const redirect = useRedirect();
  const backOfficePath = useBackOfficePath();
  const { householdId, data: household } = useHousehold();
  const { data: terms, isPending } = useApi<Terms>("contractTemplateTerms", { id: templateId });
  const offered = useMemo(() => offeredCells(terms?.availability ?? []), [terms]);
  const [cells, setCells] = useState<Cells>({});
  const [count, setCount] = useState<number | null>(null);
  const [means, setMeans] = useState<string | null>(null);
  const [apiError, setApiError] = useState<string | null>(null);
  const [create, { isPending: saving }] = useCreate();
  if (isPending || !household) return <Loading />;
  if (!terms) return <Typography role="alert">{translate("ra.page.not_found")}</Typography>;

  const installmentCount = count ?? terms.allowedInstallmentCounts[0] ?? 1;
  const chosenMeans = means ?? terms.acceptedMeans[0] ?? "cheque";
  const total = gridTotalCents(cells, terms.lines);
  const problems = cellProblems(cells, terms.lines);
  const schedule = installmentAmounts(total, installmentCount);
  const already = household.subscriptions.some((s) => s.templateId === terms.templateId && s.status !== "terminated");
  // Why the sign button is disabled, said next to it (a greyed-out button alone explains nothing).
  const blocked = !terms.acceptsSubscriptions
    ? "champ.subscribe.closed"
    : Object.keys(problems).length > 0
      ? "champ.subscribe.fixProblems"
      : total === 0
        ? "champ.subscribe.chooseSome"
        : null;

  const submit = () => {
    setApiError(null);
    void create(
      "subscriptions",
      {
        data: {
          templateId: terms.templateId,
          householdId,
          installmentCount,
          means: chosenMeans,
          lines: toLineInputs(cells),
        },
      },
      {
        onSuccess: () => {
          notify("champ.subscribe.done", { type: "info" });
          // The agenda, this back-office's home: a bare "/" would be the site's landing page.
          redirect(backOfficePath("/"));
        },
        onError: (err) => {
          const e = err as HttpError;
          const fields = (e.body as { errors?: Record<string, unknown> } | null)?.errors ?? {};
          setApiError(
            Object.entries(fields)
              .filter(([k]) => k !== "root")
              .map(([, v]) => String(v))
              .join(" ") || e.message,
          );
        },
      },
    );
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "52rem", minWidth: 0 }}>
      <Title title={translate("champ.subscribe.pageTitle", { name: terms.name })} />
      <Typography variant="h5" component="h1" sx={{ overflowWrap: "anywhere" }}>
        {terms.name}
      </Typography>
      <Typography color="text.secondary">{translate(`champ.enums.contractKind.${terms.kind}`)}</Typography>
      {already && (
        <Alert severity="info" sx={{ my: 1 }}>
          {translate("champ.subscribe.already")}
        </Alert>
      )}
      {!terms.acceptsSubscriptions && (
        <Alert severity="warning" sx={{ my: 1 }}>
          {translate("champ.subscribe.closed")}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 1.5, my: 2 }}>
        <GridEditor
          caption={translate("champ.subscribe.grid")}
          mode="quantity"
          lines={terms.lines}
          dates={terms.deliveries}
          offered={offered}
          cells={cells}
          onCellsChange={setCells}
          labels={labels}
          problems={problems}
          disabled={!terms.acceptsSubscriptions}
        />
      </Paper>
      <Box sx={{ display: "flex", gap: 3, flexWrap: "wrap", minWidth: 0 }}>
        <FormControl sx={{ minWidth: 0 }}>
          <FormLabel id="cc-count">{translate("champ.subscribe.installments")}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="cc-count"
            value={String(installmentCount)}
            onChange={(e) => setCount(Number(e.target.value))}
          >
            {terms.allowedInstallmentCounts.map((n) => (
              <FormControlLabel
                key={n}
                value={String(n)}
                control={<Radio />}
                label={translate("champ.subscribe.times", { smart_count: n })}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <FormControl sx={{ minWidth: 0 }}>
          <FormLabel id="cc-means">{translate("champ.subscribe.means")}</FormLabel>
          <RadioGroup row aria-labelledby="cc-means" value={chosenMeans} onChange={(e) => setMeans(e.target.value)}>
            {terms.acceptedMeans.map((m) => (
              <FormControlLabel
                key={m}
                value={m}
                control={<Radio />}
                label={translate(`champ.enums.paymentMeans.${m}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
      </Box>
      <Typography sx={{ mt: 2, fontSize: "1.15rem" }} aria-live="polite">
        {translate("champ.subscribe.total")} : <strong>{euros(total, locale)}</strong>
        {schedule.length > 1 && ` (${schedule.map((c) => euros(c, locale)).join(" + ")})`}
      </Typography>
      {terms.payeeName && (
        <Typography color="text.secondary">{translate("champ.subscribe.payee", { name: terms.payeeName })}</Typography>
      )}
      {apiError && (
        <Alert severity="error" sx={{ my: 1 }} role="alert">
          {apiError}
        </Alert>
      )}
      <Box sx={{ display: "flex", gap: 2, mt: 2, alignItems: "center", flexWrap: "wrap" }}>
        <LabeledButton
          label="champ.subscribe.sign"
          variant="contained"
          size="large"
          onClick={submit}
          disabled={saving || !!blocked}
          aria-describedby={blocked ? "cc-sign-why" : undefined}
        />
        <BackOfficeLink to="/contractTemplates">{translate("ra.action.cancel")}</BackOfficeLink>
      </Box>
      {blocked && (
        <Typography
          id="cc-sign-why"
          role="status"
          sx={{ mt: 1 }}
          color={blocked === "champ.subscribe.fixProblems" ? "error" : "text.secondary"}
        >
          {translate(blocked)}
        </Typography>
      )}
      {terms.text && (
        <Typography component="details" sx={{ mt: 2 }}>
          <summary>{translate("champ.subscribe.text")}</summary>
          <Typography sx={{ whiteSpace: "pre-wrap" }}>{terms.text}</Typography>
        </Typography>
      )}
    </Box>
  );
};
