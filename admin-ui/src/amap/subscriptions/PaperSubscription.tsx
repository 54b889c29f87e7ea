/**
 * A paper member's contract, as the référent (or an AMAP admin) handles it: enter the household's
 * subscription from the paper (household, quantity grid, installments, means), which then awaits
 * the household's signature; then record the paper's evidence (date signed, reference or scan,
 * note), which stands for that signature. The API decides both (issue 11: consent).
 */
import { useMemo, useState } from "react";
import EditNoteIcon from "@mui/icons-material/EditNote";
import {
  Alert,
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import {
  CanAccess,
  DateInput,
  Loading,
  required,
  TextInput,
  Title,
  useCreate,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  type HttpError,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { GridEditor } from "../../shared/grid/GridEditor";
import {
  cellProblems,
  gridTotalCents,
  offeredCells,
  toLineInputs,
  type Cells,
  type GridDate,
  type GridLine,
} from "../../shared/grid/model";
import { useGridLabels } from "../../shared/grid/useGridLabels";
import { LabeledButton } from "../../shared/LabeledButton";
import { day, euros } from "../../shared/format";
import { useApi } from "../../shared/useApi";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";

interface Terms {
  templateId: string;
  name: string;
  allowedInstallmentCounts: number[];
  acceptedMeans: string[];
  acceptsSubscriptions: boolean;
  lines: GridLine[];
  deliveries: GridDate[];
  availability: Array<{ templateLineId: string; distributionId: string }>;
}

/** The entry form: for the référent's template, or a template of the AMAP chosen by its admin. */
export const PaperSubscriptionCreate = () => {
  const { amapId, templateId: ownTemplate } = useAmapScope();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useGridLabels();
  const notify = useNotify();
  const redirect = useRedirect();
  const [chosenTemplate, setChosenTemplate] = useState("");
  const templateId = ownTemplate ?? chosenTemplate;
  const { data: templates } = useGetList(
    "contractTemplates",
    {
      filter: { amapId, status: "open" },
      pagination: { page: 1, perPage: 100 },
      sort: { field: "name", order: "ASC" },
    },
    { enabled: !ownTemplate },
  );
  const { data: households } = useGetList("households", {
    filter: { amapId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "displayName", order: "ASC" },
  });
  const { data: terms, isPending } = useApi<Terms>("contractTemplateTerms", { id: templateId });
  const offered = useMemo(() => offeredCells(terms?.availability ?? []), [terms]);
  const [householdId, setHouseholdId] = useState("");
  const [cells, setCells] = useState<Cells>({});
  const [count, setCount] = useState<number | null>(null);
  const [means, setMeans] = useState<string | null>(null);
  const [apiError, setApiError] = useState<string | null>(null);
  const [create, { isPending: saving }] = useCreate();

  const installmentCount = count ?? terms?.allowedInstallmentCounts[0] ?? 1;
  const chosenMeans = means ?? terms?.acceptedMeans[0] ?? "cheque";
  const total = terms ? gridTotalCents(cells, terms.lines) : 0;
  const problems = terms ? cellProblems(cells, terms.lines) : {};

  const submit = () => {
    setApiError(null);
    void create(
      "subscriptions",
      { data: { templateId, householdId, installmentCount, means: chosenMeans, lines: toLineInputs(cells) } },
      {
        onSuccess: (created) => {
          notify("champ.paper.entered", { type: "info" });
          redirect("show", "subscriptions", created.id);
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
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "min(52rem, calc(100vw - 16px))", boxSizing: "border-box" }}>
      <Title title="champ.paper.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.paper.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate("champ.paper.explain")}
      </Typography>
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        {!ownTemplate && (
          <MuiTextField
            select
            label={translate("champ.paper.template")}
            value={chosenTemplate}
            onChange={(e) => setChosenTemplate(e.target.value)}
            sx={{ minWidth: "16rem" }}
          >
            {(templates ?? []).map((t) => (
              <MenuItem key={t.id} value={t.id}>
                {t.name}
              </MenuItem>
            ))}
          </MuiTextField>
        )}
        <MuiTextField
          select
          label={translate("champ.paper.household")}
          value={householdId}
          onChange={(e) => setHouseholdId(e.target.value)}
          sx={{ minWidth: "16rem" }}
        >
          {(households ?? []).map((h) => (
            <MenuItem key={h.id} value={h.id}>
              {h.displayName}
            </MenuItem>
          ))}
        </MuiTextField>
      </Box>
      {templateId && isPending && <Loading />}
      {terms && (
        <>
          {!terms.acceptsSubscriptions && (
            <Alert severity="warning" sx={{ my: 1 }}>
              {translate("champ.subscribe.closed")}
            </Alert>
          )}
          <Paper variant="outlined" sx={{ p: 1.5, my: 2, overflowX: "auto" }}>
            <GridEditor
              caption={`${terms.name} — ${translate("champ.subscribe.grid")}`}
              mode="quantity"
              lines={terms.lines}
              dates={terms.deliveries}
              offered={offered}
              cells={cells}
              onCellsChange={setCells}
              labels={labels}
              problems={problems}
            />
          </Paper>
          <Box sx={{ display: "flex", gap: 3, flexWrap: "wrap" }}>
            <FormControl>
              <FormLabel id="cc-paper-count">{translate("champ.subscribe.installments")}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="cc-paper-count"
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
            <FormControl>
              <FormLabel id="cc-paper-means">{translate("champ.subscribe.means")}</FormLabel>
              <RadioGroup
                row
                aria-labelledby="cc-paper-means"
                value={chosenMeans}
                onChange={(e) => setMeans(e.target.value)}
              >
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
          </Typography>
        </>
      )}
      {apiError && (
        <Alert severity="error" sx={{ my: 1 }} role="alert">
          {apiError}
        </Alert>
      )}
      <LabeledButton
        label="champ.paper.enter"
        variant="contained"
        sx={{ mt: 2 }}
        onClick={submit}
        disabled={saving || !terms || !householdId || total === 0 || Object.keys(problems).length > 0}
      />
    </Box>
  );
};

/** On a subscription entered for a household: record the paper contract as its signature. */
export const RecordPaperSignature = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  if (!record) return null;
  return (
    <CanAccess action="recordPaperSignature" resource="subscriptions" record={record}>
      <ActionDialog
        label="champ.paper.record"
        icon={<EditNoteIcon />}
        success="champ.paper.recorded"
        onSubmit={(v) =>
          dataProvider.action("subscriptions", "recordPaperSignature", {
            input: { subscriptionId: record.id, signedOn: v.signedOn, reference: v.reference, note: v.note ?? null },
          })
        }
      >
        <DateInput source="signedOn" label="champ.paper.signedOn" validate={required()} />
        <TextInput
          source="reference"
          label="champ.paper.reference"
          helperText="champ.paper.referenceHelp"
          validate={required()}
          fullWidth
        />
        <TextInput source="note" label="champ.paper.note" multiline fullWidth />
      </ActionDialog>
    </CanAccess>
  );
};

/** The paper's evidence, once recorded. */
export const PaperEvidence = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const paper = record?.paperSignature as { signedOn: string; reference: string; note: string } | null | undefined;
  if (!paper) return null;
  return (
    <Alert severity="success" icon={<EditNoteIcon />} sx={{ my: 1 }}>
      {translate("champ.paper.evidence", { date: day(paper.signedOn, locale, true), reference: paper.reference })}
      {paper.note ? ` — ${paper.note}` : ""}
    </Alert>
  );
};
