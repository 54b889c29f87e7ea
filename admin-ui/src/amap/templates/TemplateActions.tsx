/** The template's life cycle: open → close → start → finish → archive, and renewal to the next season. */
import LockOpenIcon from "@mui/icons-material/LockOpen";
import LockIcon from "@mui/icons-material/Lock";
import PlayIcon from "@mui/icons-material/PlayArrow";
import DoneIcon from "@mui/icons-material/DoneAll";
import ArchiveIcon from "@mui/icons-material/Archive";
import RenewIcon from "@mui/icons-material/Autorenew";
import { Typography } from "@mui/material";
import type { ReactElement } from "react";
import { useFormState, useWatch } from "react-hook-form";
import {
  Button,
  CheckboxGroupInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { day, today } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { useMay } from "../useMay";
import { nonEmpty, percent } from "../validation";
import { nextSeason, renewInput, renamedForSeason } from "./renewal";

const STEPS: Array<{ action: string; label: string; icon: ReactElement }> = [
  { action: "openContractTemplate", label: "champ.action.openTemplate", icon: <LockOpenIcon /> },
  { action: "closeContractTemplate", label: "champ.action.closeTemplate", icon: <LockIcon /> },
  { action: "startTemplateSeason", label: "champ.action.startSeason", icon: <PlayIcon /> },
  { action: "finishTemplateSeason", label: "champ.action.finishSeason", icon: <DoneIcon /> },
  { action: "archiveContractTemplate", label: "champ.action.archiveTemplate", icon: <ArchiveIcon /> },
];

const StepButton = ({ action, label, icon }: (typeof STEPS)[number]) => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const may = useMay(action, "contractTemplates", record);
  if (!record || !may) return null;
  const run = async () => {
    try {
      await dataProvider.action("contractTemplates", action, { id: record.id });
      notify("champ.action.done", { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message || "ra.notification.http_error", { type: "error" });
    }
  };
  return (
    <Button label={label} onClick={run} variant="contained">
      {icon}
    </Button>
  );
};

/** The new season's dates, chosen one by one among the AMAP's distributions to come. */
const ChosenDates = () => {
  const mode = useWatch({ name: "datesMode" });
  const { amapId } = useAmapScope();
  const [locale] = useLocaleState();
  const { data = [] } = useGetList(
    "distributions",
    { filter: { amapId, from: today() }, sort: { field: "date", order: "ASC" }, pagination: { page: 1, perPage: 100 } },
    { enabled: mode === "choose" },
  );
  if (mode !== "choose") return null;
  const choices = data
    .filter((d) => d.status !== "cancelled")
    .map((d) => ({ id: d.id, name: day(d.effectiveDate ?? d.date, locale) }));
  return (
    <CheckboxGroupInput
      source="distributionIds"
      label="resources.contractTemplates.fields.distributionIds"
      choices={choices}
      validate={nonEmpty("dates")}
      sx={{ "& .MuiFormGroup-root": { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(10rem, 1fr))" } }}
    />
  );
};

const RenewButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const redirect = useRedirect();
  const { amapId } = useAmapScope();
  const may = useMay("renewContractTemplate", "contractTemplates", record);
  if (!record || !may) return null;
  const season = nextSeason(String(record.season ?? ""));
  return (
    <ActionDialog
      label="champ.action.renewTemplate"
      title="champ.amap.template.renewTitle"
      icon={<RenewIcon />}
      success="champ.amap.template.renewed"
      defaultValues={{
        season,
        name: renamedForSeason(String(record.name), String(record.season), season),
        datesMode: "shift",
        shiftDays: 364,
        priceIncreasePercent: 0,
        distributionIds: [],
      }}
      onSubmit={async (values) => {
        const { data } = await dataProvider.action("contractTemplates", "renewContractTemplate", {
          input: { id: record.id, ...renewInput(values) },
        });
        notify("champ.amap.template.renewed", { type: "info" });
        redirect("show", "contractTemplates", data.id);
      }}
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate("champ.amap.template.renewHelp")}
      </Typography>
      <FormRow>
        <TextInput source="season" label="champ.amap.template.newSeason" validate={required()} />
        <TextInput source="name" label="champ.amap.template.newName" validate={required()} />
      </FormRow>
      <RadioButtonGroupInput
        source="datesMode"
        label="champ.amap.template.datesMode"
        choices={[
          { id: "shift", name: "champ.amap.template.shift" },
          { id: "choose", name: "champ.amap.template.choose" },
        ]}
      />
      {/* The API names this field when the next season's calendar lacks a date: its message shows here. */}
      <TextInput source="shiftDays" label="champ.amap.template.shiftDays" sx={{ display: "none" }} />
      <ShiftError />
      <ChosenDates />
      <FormRow>
        <TextInput
          source="priceIncreasePercent"
          label="champ.amap.template.priceIncrease"
          validate={percent}
          slotProps={{ htmlInput: { inputMode: "decimal" } }}
        />
        <ReferenceInput source="membershipPeriodId" reference="membershipPeriods" filter={{ amapId }}>
          <SelectInput optionText="name" label="resources.contractTemplates.fields.membershipPeriodId" />
        </ReferenceInput>
      </FormRow>
    </ActionDialog>
  );
};

/** The API's message about the shifted dates (no distribution on one of them), next to the choice of dates. */
const ShiftError = () => {
  const translate = useTranslate();
  const { errors } = useFormState();
  const message = errors.shiftDays?.message;
  return message ? (
    <Typography role="alert" color="error" sx={{ mb: 1 }}>
      {translate(String(message), { _: String(message) })}
    </Typography>
  ) : null;
};

export const TemplateActions = () => (
  <>
    {STEPS.map((s) => (
      <StepButton key={s.action} {...s} />
    ))}
    <RenewButton />
  </>
);
