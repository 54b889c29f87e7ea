import {
  BooleanInput,
  Create,
  DataTable,
  Edit,
  List,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleList,
  TextInput,
  useTranslate,
} from "react-admin";
import { useIsSmall } from "../shared/useIsSmall";
import { pricings, productionTypes } from "../shared/choices";
import { FormRow } from "../shared/FormRow";
import { NoDeleteToolbar } from "../shared/NoDeleteToolbar";
import { useFarmId } from "./useFarmId";

export const ProductList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List filter={{ farmId: useFarmId() }} sort={{ field: "name", order: "ASC" }} exporter={false}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) =>
            [
              r.unit,
              translate(`champ.enums.pricing.${r.pricing}`),
              translate(`champ.enums.productionType.${r.productionType}`),
              r.active ? "" : translate("champ.products.inactive"),
            ]
              .filter(Boolean)
              .join(" · ")
          }
          rowClick="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="unit" disableSort />
          <DataTable.Col source="pricing" disableSort>
            <SelectField source="pricing" choices={pricings} />
          </DataTable.Col>
          <DataTable.Col source="productionType" disableSort>
            <SelectField source="productionType" choices={productionTypes} />
          </DataTable.Col>
          <DataTable.Col source="active" disableSort render={(r) => (r.active ? "✓" : "—")} />
        </DataTable>
      )}
    </List>
  );
};

const ProductInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <FormRow>
      <TextInput source="unit" validate={required()} />
      <TextInput source="packaging" />
    </FormRow>
    <FormRow>
      <SelectInput source="pricing" choices={pricings} validate={required()} />
      <SelectInput source="productionType" choices={productionTypes} validate={required()} />
    </FormRow>
  </>
);

export const ProductCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ farmId: useFarmId(), pricing: "per_unit", productionType: "vegetables" }}>
      <ProductInputs />
    </SimpleForm>
  </Create>
);

export const ProductEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <ProductInputs />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);
