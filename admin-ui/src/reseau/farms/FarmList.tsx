import {
  AutocompleteInput,
  DataTable,
  List,
  ReferenceArrayField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextArrayField,
  useTranslate,
} from "react-admin";
import { farmStatuses } from "../../shared/choices";
import { useIsSmall } from "../../shared/useIsSmall";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="networkId" source="networkId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={farmStatuses} />,
];

export const FarmList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => [r.city, (r.productions ?? []).join(", ")].filter(Boolean).join(" · ")}
          tertiaryText={(r) => translate(`champ.enums.farmStatus.${r.status}`)}
          rowClick="edit"
        />
      ) : (
        // No bulk deletion: the API keeps farms (one record shared by every AMAP they supply).
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="city" />
          <DataTable.Col source="productions" disableSort>
            <TextArrayField source="productions" />
          </DataTable.Col>
          <DataTable.Col source="networkIds" disableSort>
            <ReferenceArrayField source="networkIds" reference="networks" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={farmStatuses} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
