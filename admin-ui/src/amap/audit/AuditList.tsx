/** The audit trail of money-related records: who changed what, when (before → after). */
import { DataTable, DateField, List, SelectInput, TextInput } from "react-admin";
import { useAmapScope } from "../useAmapScope";

const ENTITIES = ["Subscription", "Installment", "Handover", "Membership", "RoleGrant", "Household"].map((id) => ({ id, name: id }));
const filters = [<SelectInput key="entity" source="entity" choices={ENTITIES} alwaysOn />, <TextInput key="entityId" source="entityId" />];

export const AuditList = () => {
  const { amapId } = useAmapScope();
  return (
    <List filters={filters} filter={{ amapId }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="at">
          <DateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="entity" />
        <DataTable.Col source="action" />
        <DataTable.Col source="actorId" />
        <DataTable.Col source="after" render={(r) => <code style={{ fontSize: "0.8rem", wordBreak: "break-all" }}>{(r.after ?? "").slice(0, 200)}</code>} />
      </DataTable>
    </List>
  );
};
