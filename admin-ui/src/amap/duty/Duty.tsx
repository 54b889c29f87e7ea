/** The duty roster: roles (welcome, sign-off sheet, set-up…) and their shifts per distribution, with who signed up. */
import GenerateIcon from "@mui/icons-material/EventRepeat";
import {
  BooleanInput,
  CanAccess,
  Create,
  DataTable,
  DateInput,
  Edit,
  List,
  NumberInput,
  required,
  SimpleForm,
  TextInput,
  TopToolbar,
  useDataProvider,
  useLocaleState,
  useTranslate,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { day, today } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { atLeastOne, notBefore, wholeNumber } from "../validation";

export const DutyRoleList = () => {
  const { amapId } = useAmapScope();
  return (
    <List filter={{ amapId }} sort={{ field: "position", order: "ASC" }} exporter={false}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="defaultSeats" disableSort />
      </DataTable>
    </List>
  );
};

const RoleInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline />
    <FormRow>
      <NumberInput source="defaultSeats" min={1} validate={atLeastOne} />
      <NumberInput source="position" validate={wholeNumber} />
    </FormRow>
  </>
);

export const DutyRoleCreate = () => {
  const { amapId } = useAmapScope();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ amapId, defaultSeats: 1 }}>
        <RoleInputs />
      </SimpleForm>
    </Create>
  );
};

export const DutyRoleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <RoleInputs />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);

const GenerateShifts = () => {
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  return (
    <CanAccess action="generateDutyShifts" resource="dutyShifts">
      <ActionDialog
        label="champ.action.generateShifts"
        icon={<GenerateIcon />}
        defaultValues={{ from: today() }}
        onSubmit={(v) => dataProvider.action("dutyShifts", "generateDutyShifts", { amapId, from: v.from, to: v.to })}
      >
        <FormRow>
          <DateInput source="from" label="champ.fields.from" validate={required()} />
          <DateInput source="to" label="champ.fields.to" validate={[required(), notBefore("from", "toBeforeFrom")]} />
        </FormRow>
      </ActionDialog>
    </CanAccess>
  );
};

export const DutyShiftList = () => {
  const { amapId } = useAmapScope();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const filters = [<DateInput key="from" source="from" label="champ.fields.from" alwaysOn />];
  return (
    <List
      filters={filters}
      filter={{ amapId }}
      filterDefaultValues={{ from: today() }}
      actions={
        <TopToolbar>
          <GenerateShifts />
        </TopToolbar>
      }
      exporter={false}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="distributionId" disableSort render={(r) => day(r.distribution?.date, locale)} />
        <DataTable.Col source="roleId" disableSort render={(r) => r.role?.name} />
        <DataTable.Col source="seats" disableSort />
        <DataTable.Col
          source="signups"
          disableSort
          render={(r) =>
            (r.signups ?? [])
              .map((s: { household?: { displayName: string } }) => s.household?.displayName)
              .join(", ") || translate("champ.duty.nobody")
          }
        />
        <DataTable.Col source="vacancies" disableSort />
      </DataTable>
    </List>
  );
};
