import AddIcon from "@mui/icons-material/EventRepeat";
import CancelIcon from "@mui/icons-material/EventBusy";
import MoveIcon from "@mui/icons-material/MoveDown";
import {
  CanAccess,
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

/** generateDistributions: a season's calendar from a cycle (weekly, fortnightly, monthly), minus excluded dates. */
const GenerateButton = () => {
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  return (
    <CanAccess action="generateDistributions" resource="distributions">
      <ActionDialog
        label="champ.action.generateDistributions"
        icon={<AddIcon />}
        defaultValues={{ cycle: "weekly", startTime: "18:30", endTime: "20:00" }}
        onSubmit={(v) => dataProvider.action("distributions", "generateDistributions", { input: { ...v, amapId, excludedDates: [] } })}
      >
        <ReferenceInput source="placeId" reference="places" filter={{ amapId }}>
          <SelectInput optionText="name" />
        </ReferenceInput>
        <FormRow>
          <DateInput source="from" label="champ.fields.from" validate={required()} />
          <DateInput source="to" label="champ.fields.to" validate={required()} />
        </FormRow>
        <FormRow>
          <SelectInput source="cycle" label="champ.fields.cycle" choices={distributionCycles} validate={required()} />
          <TextInput source="startTime" validate={required()} slotProps={{ htmlInput: { inputMode: "numeric" } }} />
          <TextInput source="endTime" validate={required()} slotProps={{ htmlInput: { inputMode: "numeric" } }} />
        </FormRow>
      </ActionDialog>
    </CanAccess>
  );
};

const CancelButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  if (!record) return null;
  return (
    <CanAccess action="cancelDistribution" resource="distributions" record={record}>
      <ActionDialog label="champ.action.cancelDistribution" icon={<CancelIcon />} color="error" onSubmit={(v) => dataProvider.action("distributions", "cancelDistribution", { id: record.id, reason: v.reason })}>
        <TextInput source="reason" label="champ.fields.reason" validate={required()} multiline />
      </ActionDialog>
    </CanAccess>
  );
};

const MoveButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  if (!record) return null;
  return (
    <CanAccess action="moveDistribution" resource="distributions" record={record}>
      <ActionDialog
        label="champ.action.moveDistribution"
        icon={<MoveIcon />}
        defaultValues={{ date: record.date, placeId: record.placeId }}
        onSubmit={(v) => dataProvider.action("distributions", "moveDistribution", { id: record.id, input: { date: v.date || null, placeId: v.placeId || null, reason: v.reason } })}
      >
        <FormRow>
          <DateInput source="date" />
          <ReferenceInput source="placeId" reference="places" filter={{ amapId }}>
            <SelectInput optionText="name" />
          </ReferenceInput>
        </FormRow>
        <TextInput source="reason" label="champ.fields.reason" validate={required()} multiline />
      </ActionDialog>
    </CanAccess>
  );
};

const Actions = () => (
  <TopToolbar>
    <GenerateButton />
  </TopToolbar>
);

/** The AMAP's calendar: generate it from a cycle, cancel or move a date, open each day's sign-off sheet. */
export const DistributionList = () => {
  const { amapId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [<DateInput key="from" source="from" label="champ.fields.from" alwaysOn />, <SelectInput key="status" source="status" choices={distributionStatuses} />];
  return (
    <List filters={filters} filter={{ amapId }} filterDefaultValues={{ from: today() }} sort={{ field: "date", order: "ASC" }} actions={<Actions />} exporter={false}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => day(r.effectiveDate ?? r.date, locale, true)}
          secondaryText={(r) => `${r.startTime} – ${r.endTime} · ${translate(`champ.enums.distributionStatus.${r.status}`)}`}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="date">
            <FunctionField source="date" render={(r) => day(r.effectiveDate ?? r.date, locale, true)} />
          </DataTable.Col>
          <DataTable.Col source="startTime" disableSort render={(r) => `${r.startTime} – ${r.endTime}`} />
          <DataTable.Col source="placeId" disableSort>
            <ReferenceField source="placeId" reference="places" link={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <SelectField source="status" choices={distributionStatuses} />
          </DataTable.Col>
          <DataTable.Col label="champ.fields.actions" disableSort>
            <ShowButton label="champ.action.signOffSheet" />
            <MoveButton />
            <CancelButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
