import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextInput,
  useTranslate,
} from "react-admin";
import { amapStatuses, registrationModes } from "../../shared/choices";
import { useIsSmall } from "../../shared/useIsSmall";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={amapStatuses} />,
  <TextInput key="city" source="city" />,
];

export const AmapList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => [r.city, translate(`champ.enums.amapStatus.${r.status}`)].filter(Boolean).join(" · ")}
          rowClick="edit"
        />
      ) : (
        // No bulk deletion: the API closes AMAPs instead of deleting them.
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="city" />
          <DataTable.Col source="networkId" disableSort>
            <ReferenceField source="networkId" reference="networks" link="show" />
          </DataTable.Col>
          <DataTable.Col source="registrationMode" disableSort>
            <SelectField source="registrationMode" choices={registrationModes} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={amapStatuses} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
