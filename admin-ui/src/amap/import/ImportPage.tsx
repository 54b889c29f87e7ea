/**
 * Importing a treasurer's spreadsheet (/amap/import): choose the file and a column preset, check
 * what each column holds, run the dry run (every row checked with the API's rules, nothing
 * written), read the report, confirm; progress shows while each step runs.
 */
import { useState } from "react";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Alert, Box, Button, LinearProgress, MenuItem, TextField, Typography } from "@mui/material";
import { Title, useGetList, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { BackOfficeLink } from "../../shared/BackOfficeLink";
import { download } from "../../shared/format";
import { LabeledButton } from "../../shared/LabeledButton";
import { useApi } from "../../shared/useApi";
import { useAmapScope } from "../useAmapScope";
import { MappingStep } from "./MappingStep";
import { ReportView } from "./ReportView";
import { useImportJob, type ColumnMapping } from "./useImportJob";

interface Preset {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
}

const TEMPLATE_HEADER =
  "Foyer;Nom;Prénom;E-mail;Téléphone;Nom 2;Prénom 2;E-mail 2;Téléphone 2;Adresse;Code postal;Ville;Adhésion (€);Adhésion payée;Contrat;Produit;Quantité;Échéances;Règlement";

/** The file's bytes as base64, as the API takes them. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("file not read"));
    reader.readAsDataURL(file);
  });
}

export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { dataProvider } = useBackOffice();
  const { amapId } = useAmapScope();
  const presets = useApi<Preset[]>("importPresets", { amapId });
  const { data: periods = [] } = useGetList("membershipPeriods", {
    filter: { amapId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "startsOn", order: "DESC" },
  });
  const { data: templates = [] } = useGetList("contractTemplates", {
    filter: { amapId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "name", order: "ASC" },
  });
  const [presetId, setPresetId] = useState("builtin:champ-commun");
  const [jobId, setJobId] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping[] | null>(null);
  const [periodId, setPeriodId] = useState("");
  const [templateId, setTemplateId] = useState("");
  const [presetName, setPresetName] = useState("");
  const [busy, setBusy] = useState(false);
  const [remapping, setRemapping] = useState(false);
  const { job, reload } = useImportJob(jobId);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  const upload = (file: File) =>
    act(async () => {
      const contentBase64 = await readBase64(file);
      const r = await dataProvider.query<{ id: string }>("uploadImportFile", {
        input: { amapId, fileName: file.name, contentBase64, presetId },
      });
      setMapping(null);
      setRemapping(false);
      setJobId(r.id);
    });

  const check = () =>
    act(async () => {
      await dataProvider.query("checkImport", {
        input: {
          jobId,
          mapping: (mapping ?? job!.mapping).map(({ column, field, date }) => ({ column, field, date: date ?? null })),
          periodId: periodId || null,
          templateId: templateId || null,
          savePresetAs: presetName || null,
        },
      });
      setRemapping(false);
      await reload();
    });

  const confirm = () =>
    act(async () => {
      await dataProvider.query("confirmImport", { input: { jobId } });
      await reload();
    });

  const restart = () => {
    setJobId(null);
    setMapping(null);
    setRemapping(false);
  };

  const running = job && (job.status === "checking" || job.status === "importing");
  const showMapping =
    job && (job.status === "uploaded" || (remapping && (job.status === "checked" || job.status === "failed")));

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "60rem" }}>
      <Title title="champ.import.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.import.title")}
      </Typography>
      <Typography sx={{ mt: 1 }}>{translate("champ.import.intro")}</Typography>
      <Alert severity="info" sx={{ my: 1 }}>
        {translate("champ.import.before")}
      </Alert>

      {!job && (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 2, alignItems: "center", my: 2 }}>
          <TextField
            select
            size="small"
            label={translate("champ.import.preset")}
            value={presetId}
            onChange={(e) => setPresetId(e.target.value)}
            sx={{ minWidth: { xs: "100%", sm: "20rem" } }}
          >
            {(presets.data ?? []).map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          <Button component="label" variant="contained" startIcon={<UploadFileIcon />} disabled={busy}>
            {translate("champ.import.choose")}
            <input
              hidden
              type="file"
              aria-label={translate("champ.import.file")}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
            />
          </Button>
          <LabeledButton
            label="champ.import.template"
            onClick={() => download("modele-import-champ-commun.csv", `${TEMPLATE_HEADER}\r\n`)}
          />
          {busy && <Typography>{translate("champ.import.reading")}</Typography>}
          {presets.data?.find((p) => p.id === presetId)?.description && (
            <Typography variant="body2" color="text.secondary" sx={{ flexBasis: "100%" }}>
              {presets.data.find((p) => p.id === presetId)!.description}
            </Typography>
          )}
        </Box>
      )}

      {job && showMapping && (
        <>
          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate("champ.import.columns", { fileName: job.fileName, rows: job.totalRows })}
          </Typography>
          <MappingStep job={job} mapping={mapping ?? job.mapping} onChange={setMapping} />
          <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
            <TextField
              select
              size="small"
              label={translate("champ.import.defaultPeriod")}
              value={periodId}
              onChange={(e) => setPeriodId(e.target.value)}
            >
              <MenuItem value="">{translate("champ.import.none")}</MenuItem>
              {periods.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label={translate("champ.import.defaultTemplate")}
              value={templateId}
              onChange={(e) => setTemplateId(e.target.value)}
            >
              <MenuItem value="">{translate("champ.import.none")}</MenuItem>
              {templates.map((t) => (
                <MenuItem key={t.id} value={t.id}>
                  {t.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              size="small"
              label={translate("champ.import.saveAs")}
              value={presetName}
              onChange={(e) => setPresetName(e.target.value)}
            />
          </Box>
          <LabeledButton
            label="champ.import.check"
            onClick={check}
            disabled={busy}
            variant="contained"
            sx={{ my: 2 }}
          />
        </>
      )}

      {job && running && (
        <Box sx={{ my: 2 }} role="status">
          <Typography>
            {translate(job.status === "checking" ? "champ.import.checking" : "champ.import.importing", {
              processed: job.processedRows,
              total: job.totalRows,
            })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={job.totalRows ? (100 * job.processedRows) / job.totalRows : 0}
            sx={{ mt: 1 }}
          />
        </Box>
      )}

      {job && job.status === "failed" && !remapping && (
        <Alert severity="error" sx={{ my: 2 }}>
          {translate("champ.import.failed")} : {job.failure}
        </Alert>
      )}

      {job && !showMapping && (job.status === "checked" || job.status === "done") && <ReportView job={job} />}

      {job && !showMapping && !running && (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, my: 2 }}>
          {job.status === "checked" && (
            <>
              <LabeledButton label="champ.import.confirm" onClick={confirm} disabled={busy} variant="contained" />
              <LabeledButton label="champ.import.remap" onClick={() => setRemapping(true)} disabled={busy} />
            </>
          )}
          {job.status === "failed" && (
            <LabeledButton label="champ.import.remap" onClick={() => setRemapping(true)} disabled={busy} />
          )}
          {job.status === "done" && (
            <BackOfficeLink to="/households">{translate("champ.import.seeHouseholds")}</BackOfficeLink>
          )}
          <LabeledButton label="champ.import.again" onClick={restart} disabled={busy} />
        </Box>
      )}
      {job?.status === "checked" && !showMapping && (
        <Typography variant="body2">{translate("champ.import.confirmHelp")}</Typography>
      )}
    </Box>
  );
};
