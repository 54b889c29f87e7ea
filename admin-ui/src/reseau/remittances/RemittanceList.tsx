import {
  AutocompleteInput,
  Create,
  DataTable,
  DateInput,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  required,
  SimpleForm,
  SimpleList,
  TextInput,
  useLocaleState,
} from "react-admin";
import { day, euros } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { CentsField, CentsInput } from "../../shared/money";
import { useIsSmall } from "../../shared/useIsSmall";
import { useNetworkFilter, useNetworkId } from "../useNetworkScope";

const filters = [<NumberInput key="year" source="year" alwaysOn />];

/** The network's share of AMAP membership fees, as each AMAP remitted it (corrections are new records). */
export const RemittanceList = () => {
  const isSmall = useIsSmall();
  const [locale] = useLocaleState();
  return (
    <List filters={filters} filter={useNetworkFilter()} sort={{ field: "remittedOn", order: "DESC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => `${day(r.remittedOn, locale)} · ${euros(r.amountCents, locale)}`}
          secondaryText={(r) => r.reference}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          {/* A calendar date: written by day(), not DateField (which shifts it by the browser's time zone). */}
          <DataTable.Col source="remittedOn" render={(r) => day(r.remittedOn, locale)} />
          <DataTable.Col source="amapId" disableSort>
            <ReferenceField source="amapId" reference="amaps" link={false} />
          </DataTable.Col>
          <DataTable.Col source="year" />
          <DataTable.Col source="amountCents" disableSort>
            <CentsField source="amountCents" />
          </DataTable.Col>
          <DataTable.Col source="reference" disableSort />
          <DataTable.Col source="reason" disableSort />
        </DataTable>
      )}
    </List>
  );
};

export const RemittanceCreate = () => {
  const networkId = useNetworkId();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ networkId, year: new Date().getFullYear() }}>
        <FormRow>
          <ReferenceInput source="amapId" reference="amaps" filter={networkId ? { networkId } : {}}>
            <AutocompleteInput validate={required()} />
          </ReferenceInput>
          <NumberInput source="year" validate={required()} />
        </FormRow>
        <FormRow>
          <CentsInput source="amountCents" validate={required()} />
          <DateInput source="remittedOn" validate={required()} />
        </FormRow>
        <TextInput source="reference" />
        <TextInput source="reason" multiline />
      </SimpleForm>
    </Create>
  );
};
