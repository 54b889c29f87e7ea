import {
  BooleanInput,
  DataTable,
  List,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectField,
  SimpleList,
  useTranslate,
} from "react-admin";
import { networkLevels } from "../../shared/choices";
import { useIsSmall } from "../../shared/useIsSmall";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="parentId" source="parentId" reference="networks">
    <AutocompleteInput />
  </ReferenceInput>,
  <BooleanInput key="root" source="root" />,
];

export const NetworkList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: "name", order: "ASC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) =>
            [r.shortName, r.level && translate(`champ.enums.networkLevel.${r.level}`)].filter(Boolean).join(" · ")
          }
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="shortName" disableSort />
          <DataTable.Col source="level">
            <SelectField source="level" choices={networkLevels} />
          </DataTable.Col>
          <DataTable.Col source="parentId" disableSort>
            <ReferenceField source="parentId" reference="networks" />
          </DataTable.Col>
          <DataTable.Col source="email" disableSort />
        </DataTable>
      )}
    </List>
  );
};
