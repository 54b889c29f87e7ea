import { Create, DataTable, Edit, List, NumberInput, required, SimpleForm, SimpleList, TextInput } from "react-admin";
import { FormRow } from "../../shared/FormRow";
import { useIsSmall } from "../../shared/useIsSmall";
import { useAmapScope } from "../useAmapScope";
import { latitude, longitude, postalCode } from "../validation";

export const PlaceList = () => {
  const { amapId } = useAmapScope();
  const isSmall = useIsSmall();
  return (
    <List filter={{ amapId }} sort={{ field: "name", order: "ASC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => [r.address, r.city].filter(Boolean).join(", ")}
          rowClick="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="address" disableSort />
          <DataTable.Col source="city" disableSort />
          <DataTable.Col source="hours" disableSort />
        </DataTable>
      )}
    </List>
  );
};

const PlaceInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="address" />
    <FormRow>
      <TextInput source="postalCode" validate={postalCode} slotProps={{ htmlInput: { inputMode: "numeric" } }} />
      <TextInput source="city" />
    </FormRow>
    <FormRow>
      <NumberInput source="latitude" step="any" validate={latitude} />
      <NumberInput source="longitude" step="any" validate={longitude} />
    </FormRow>
    <TextInput source="hours" />
    <TextInput source="accessNotes" multiline />
  </>
);

export const PlaceCreate = () => {
  const { amapId } = useAmapScope();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ amapId }}>
        <PlaceInputs />
      </SimpleForm>
    </Create>
  );
};

export const PlaceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <PlaceInputs />
    </SimpleForm>
  </Edit>
);
