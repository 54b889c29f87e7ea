import { DataTable, List, ReferenceField, SelectField, SimpleList, useTranslate } from "react-admin";
import { contractKinds, templateStatuses } from "../shared/choices";
import { useIsSmall } from "../shared/useIsSmall";
import { useFarmId } from "./useFarmId";

/** The farm's contract templates across every AMAP it supplies. */
export const FarmTemplateList = () => {
  const farmId = useFarmId();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <List filter={{ farmId }} sort={{ field: "season", order: "DESC" }} exporter={false}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.name}
          secondaryText={(r) => (
            <>
              <ReferenceField source="amapId" reference="amaps" link={false} record={r} /> · {r.season} ·{" "}
              {translate(`champ.enums.templateStatus.${r.status}`)}
            </>
          )}
          linkType={false}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="amapId" disableSort>
            <ReferenceField source="amapId" reference="amaps" link={false} />
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
