import AddIcon from "@mui/icons-material/EventRepeat";
import CancelIcon from "@mui/icons-material/EventBusy";
import MoveIcon from "@mui/icons-material/MoveDown";
import SheetIcon from "@mui/icons-material/FactCheck";
import { Box, Typography } from "@mui/material";
import {
  DataTable,
  DateInput,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  ShowButton,
  SimpleList,
  TextInput,
  TopToolbar,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { distributionCycles, distributionStatuses } from "../../shared/choices";
import { day, today } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { useIsSmall } from "../../shared/useIsSmall";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { useMay } from "../useMay";
import { notBefore, timeOfDay } from "../validation";

/** After a move or a cancellation: one amendment per subscription touched, for each member to accept. */
async function amend(dataProvider: ChampDataProvider, amapId: string) {
  await dataProvider.query("syncDistributionChanges", { amapId });
}

/** The end of the window after its start ("18:30" < "20:00" compare as text). */
const endAfterStart = (v: unknown, all: Record<string, unknown>) =>
  v && all?.startTime && String(v) <= String(all.startTime) ? "champ.amap.errors.endBeforeStart" : undefined;

/** generateDistributions: a season's calendar from a cycle (weekly, fortnightly, monthly). */
const GenerateButton = () => {
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  if (!useMay("generateDistributions", "distributions")) return null;
  return (
    <ActionDialog
      label="champ.action.generateDistributions"
      icon={<AddIcon />}
      defaultValues={{ cycle: "weekly", startTime: "18:30", endTime: "20:00" }}
      onSubmit={(v) =>
        dataProvider.action("distributions", "generateDistributions", {
          input: {
            amapId,
            placeId: v.placeId || null,
            from: v.from,
            to: v.to,
            cycle: v.cycle,
            startTime: v.startTime,
            endTime: v.endTime,
            excludedDates: [],
          },
        })
      }
    >
      <ReferenceInput source="placeId" reference="places" filter={{ amapId }}>
        <SelectInput optionText="name" label="resources.distributions.fields.placeId" validate={required()} />
      </ReferenceInput>
      <FormRow>
        <DateInput source="from" label="champ.fields.from" validate={required()} />
        <DateInput source="to" label="champ.fields.to" validate={[required(), notBefore("from", "toBeforeFrom")]} />
      </FormRow>
      <FormRow>
        <SelectInput source="cycle" label="champ.fields.cycle" choices={distributionCycles} validate={required()} />
        <TextInput
          source="startTime"
          label="resources.distributions.fields.startTime"
          validate={[required(), timeOfDay]}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
        />
        <TextInput
          source="endTime"
          label="resources.distributions.fields.endTime"
          validate={[required(), timeOfDay, endAfterStart]}
          slotProps={{ htmlInput: { inputMode: "numeric" } }}
        />
      </FormRow>
    </ActionDialog>
  );
};

const CancelButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  const translate = useTranslate();
  const may = useMay("cancelDistribution", "distributions", record);
  if (!record || !may) return null;
  return (
    <ActionDialog
      label="champ.action.cancelDistribution"
      title="champ.amap.distributions.cancelTitle"
      submitLabel="champ.amap.distributions.cancelTitle"
      closeLabel="ra.action.close"
      icon={<CancelIcon />}
      color="error"
      onSubmit={async (v) => {
        await dataProvider.action("distributions", "cancelDistribution", { id: record.id, reason: v.reason });
        await amend(dataProvider, amapId);
      }}
    >
      <Typography sx={{ mb: 1 }}>{translate("champ.amap.distributions.cancelHelp")}</Typography>
      <TextInput source="reason" label="champ.fields.reason" validate={required()} multiline />
    </ActionDialog>
  );
};

/** A new date or place, different from where the distribution happens now. */
const changed = (record: Record<string, unknown>) => (_v: unknown, all: Record<string, unknown>) =>
  (all?.date || effective(record).date) === effective(record).date &&
  (all?.placeId || effective(record).placeId) === effective(record).placeId
    ? "champ.amap.errors.sameDatePlace"
    : undefined;

const effective = (r: Record<string, unknown>) => ({
  date: (r.effectiveDate ?? r.date) as string,
  placeId: (r.movedToPlaceId ?? r.placeId) as string | null,
});

const MoveButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  const may = useMay("moveDistribution", "distributions", record);
  if (!record || !may) return null;
  const now = effective(record);
  return (
    <ActionDialog
      label="champ.action.moveDistribution"
      title="champ.amap.distributions.moveTitle"
      icon={<MoveIcon />}
      defaultValues={{ date: now.date, placeId: now.placeId }}
      onSubmit={async (v) => {
        await dataProvider.action("distributions", "moveDistribution", {
          input: {
            id: record.id,
            date: v.date && v.date !== now.date ? v.date : null,
            placeId: v.placeId && v.placeId !== now.placeId ? v.placeId : null,
            reason: v.reason,
          },
        });
        await amend(dataProvider, amapId);
      }}
    >
      <FormRow>
        <DateInput source="date" label="champ.amap.distributions.newDate" validate={[required(), changed(record)]} />
        <ReferenceInput source="placeId" reference="places" filter={{ amapId }}>
          <SelectInput optionText="name" label="champ.amap.distributions.newPlace" />
        </ReferenceInput>
      </FormRow>
      <TextInput
        source="reason"
        label="champ.fields.reason"
        helperText="champ.amap.distributions.reasonHelp"
        validate={required()}
        multiline
      />
    </ActionDialog>
  );
};

const Actions = () => (
  <TopToolbar>
    <GenerateButton />
  </TopToolbar>
);

/** The day it happens, and the day first planned when it moved. */
const When = () => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      {day(record.effectiveDate ?? record.date, locale, true)}
      {record.status === "moved" && record.movedToDate && (
        <Typography variant="body2" color="text.secondary">
          {translate("champ.amap.distributions.plannedOn", { date: day(record.date, locale) })}
        </Typography>
      )}
    </Box>
  );
};

/** The AMAP's calendar: generate it from a cycle, cancel or move a date, open each day's sign-off sheet. */
export const DistributionList = () => {
  const { amapId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [
    <DateInput key="from" source="from" label="champ.fields.from" alwaysOn />,
    <SelectInput key="status" source="status" choices={distributionStatuses} />,
  ];
  return (
    <List
      filters={filters}
      filter={{ amapId }}
      filterDefaultValues={{ from: today() }}
      sort={{ field: "date", order: "ASC" }}
      actions={<Actions />}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => day(r.effectiveDate ?? r.date, locale, true)}
          secondaryText={(r) =>
            `${r.startTime} – ${r.endTime} · ${translate(`champ.enums.distributionStatus.${r.status}`)}`
          }
          rowClick="show"
        />
      ) : (
        <DataTable rowClick={false} bulkActionButtons={false}>
          <DataTable.Col source="date" label="champ.amap.distributions.day">
            <When />
          </DataTable.Col>
          <DataTable.Col
            source="startTime"
            label="champ.amap.distributions.hours"
            disableSort
            render={(r) => `${r.startTime} – ${r.endTime}`}
          />
          <DataTable.Col source="placeId" label="resources.distributions.fields.placeId" disableSort>
            <FunctionField
              render={(r) => (
                <ReferenceField
                  record={{ ...r, placeId: r.movedToPlaceId ?? r.placeId }}
                  source="placeId"
                  reference="places"
                  link={false}
                  emptyText="—"
                />
              )}
            />
          </DataTable.Col>
          <DataTable.Col source="status" label="champ.amap.distributions.state" disableSort>
            <SelectField source="status" choices={distributionStatuses} />
          </DataTable.Col>
          <DataTable.Col label="champ.amap.distributions.manage" disableSort>
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5 }}>
              <ShowButton label="champ.action.signOffSheet" icon={<SheetIcon />} />
              <MoveButton />
              <CancelButton />
            </Box>
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
