import { Create, DataTable, DateField, DateInput, Edit, List, required, SelectInput, SimpleForm, TextInput } from "react-admin";
import { feeModes } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";
import { CentsField, CentsInput } from "../../shared/money";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { useAmapScope } from "../useAmapScope";

export const PeriodList = () => {
  const { amapId } = useAmapScope();
  return (
    <List filter={{ amapId }} sort={{ field: "startsOn", order: "DESC" }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="startsOn">
          <DateField source="startsOn" />
        </DataTable.Col>
        <DataTable.Col source="endsOn" disableSort>
          <DateField source="endsOn" />
        </DataTable.Col>
        <DataTable.Col source="feeCents" disableSort>
          <CentsField source="feeCents" />
        </DataTable.Col>
        <DataTable.Col source="networkShareCents" disableSort>
          <CentsField source="networkShareCents" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

const PeriodInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <FormRow>
      <DateInput source="startsOn" validate={required()} />
      <DateInput source="endsOn" validate={required()} />
      <SelectInput source="feeMode" choices={feeModes} validate={required()} />
    </FormRow>
    <FormRow>
      <CentsInput source="feeCents" />
      <CentsInput source="minFeeCents" />
      <CentsInput source="suggestedFeeCents" />
      <CentsInput source="networkShareCents" />
    </FormRow>
  </>
);

export const PeriodCreate = () => {
  const { amapId } = useAmapScope();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ amapId, feeMode: "fixed" }}>
        <PeriodInputs />
      </SimpleForm>
    </Create>
  );
};

export const PeriodEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <PeriodInputs />
    </SimpleForm>
  </Edit>
);
