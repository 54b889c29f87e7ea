/** The template's life cycle: open → close → start → finish → archive, and renewal to the next season. */
import LockOpenIcon from "@mui/icons-material/LockOpen";
import LockIcon from "@mui/icons-material/Lock";
import PlayIcon from "@mui/icons-material/PlayArrow";
import DoneIcon from "@mui/icons-material/DoneAll";
import ArchiveIcon from "@mui/icons-material/Archive";
import RenewIcon from "@mui/icons-material/Autorenew";
import type { ReactElement } from "react";
import { Button, NumberInput, required, TextInput, useCanAccess, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh } from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { FormRow } from "../../shared/FormRow";
import { ActionDialog } from "../ActionDialog";

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
  const { canAccess } = useCanAccess({ action, resource: "contractTemplates", record });
  if (!record || !canAccess) return null;
  const run = async () => {
    try {
      await dataProvider.action("contractTemplates", action, { id: record.id });
      notify("champ.action.done", { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message || "ra.notification.http_error", { type: "error" });
    }
  };
  return <Button label={label} onClick={run} startIcon={icon} variant="contained" />;
};

const RenewButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const redirect = useRedirect();
  const { canAccess } = useCanAccess({ action: "renewContractTemplate", resource: "contractTemplates", record });
  if (!record || !canAccess) return null;
  const next = String(Number(record.season) + 1 || "");
  return (
    <ActionDialog
      label="champ.action.renewTemplate"
      icon={<RenewIcon />}
      defaultValues={{ season: next, shiftDays: 364, priceIncreasePercent: 0 }}
      onSubmit={async (input) => {
        const { data } = await dataProvider.action("contractTemplates", "renewContractTemplate", { id: record.id, input });
        redirect("show", "contractTemplates", data.id);
      }}
    >
      <FormRow>
        <TextInput source="season" validate={required()} />
        <TextInput source="name" />
      </FormRow>
      <FormRow>
        <NumberInput source="shiftDays" />
        <NumberInput source="priceIncreasePercent" step={0.5} />
      </FormRow>
    </ActionDialog>
  );
};

export const TemplateActions = () => (
  <>
    {STEPS.map((s) => (
      <StepButton key={s.action} {...s} />
    ))}
    <RenewButton />
  </>
);
