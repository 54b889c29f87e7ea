import {
  DataTable,
  List,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextInput,
  useTranslate,
} from "react-admin";
import { contractKinds, templateStatuses } from "../../shared/choices";
import { useIsSmall } from "../../shared/useIsSmall";
import { useAmapScope } from "../useAmapScope";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={templateStatuses} />,
  <TextInput key="season" source="season" />,
];

export const TemplateList = () => {
  const { amapId, templateId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List
      filters={filters}
      filter={templateId ? { ids: [templateId] } : { amapId }}
      sort={{ field: "name", order: "ASC" }}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => `${r.season} · ${translate(`champ.enums.templateStatus.${r.status}`)}`}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="farmId" disableSort>
            <ReferenceField source="farmId" reference="farms" link={false} />
          </DataTable.Col>
          <DataTable.Col source="season" />
          <DataTable.Col source="kind" disableSort>
            <SelectField source="kind" choices={contractKinds} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={templateStatuses} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
