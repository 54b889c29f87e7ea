/** One subscription: who, which contract, its status, every delivery line and its payment schedule. Shared by /amap and /paysan. */
import {
  ArrayField,
  DataTable,
  DateField,
  FunctionField,
  NumberField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
} from "react-admin";
import { installmentStatuses, paymentMeans, subscriptionStatuses } from "../choices";
import { day, euros } from "../format";
import { SectionTitle } from "../SectionTitle";
import type { ReactNode } from "react";

export const SubscriptionShow = ({ actions, header }: { actions?: ReactNode; header?: ReactNode }) => {
  const [locale] = useLocaleState();
  return (
    <Show actions={actions ? <TopToolbar sx={{ flexWrap: "wrap" }}>{actions}</TopToolbar> : false} sx={{ maxWidth: "calc(100vw - 16px)", "& .RaShow-card": { overflowX: "auto" } }}>
      <SimpleShowLayout>
        {header}
        <FunctionField source="householdId" render={(r) => r.household?.displayName ?? "—"} />
        <TextField source="templateName" />
        <SelectField source="status" choices={subscriptionStatuses} />
        <FunctionField source="totalCents" render={(r) => euros(r.totalCents, locale)} />
        <DateField source="signedAt" emptyText="—" showTime />
        <DateField source="countersignedAt" emptyText="—" showTime />
        <SectionTitle label="champ.section.installments" />
        <ReferenceManyField reference="installments" target="subscriptionId" sort={{ field: "dueOn", order: "ASC" }} perPage={50}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="rank">
              <NumberField source="rank" />
            </DataTable.Col>
            <DataTable.Col source="dueOn" render={(r) => day(r.dueOn, locale)} />
            <DataTable.Col source="amountCents" render={(r) => euros(r.amountCents, locale)} />
            <DataTable.Col source="means">
              <SelectField source="means" choices={paymentMeans} />
            </DataTable.Col>
            <DataTable.Col source="status">
              <SelectField source="status" choices={installmentStatuses} />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
        <SectionTitle label="champ.section.lines" />
        <SubscriptionLines />
      </SimpleShowLayout>
    </Show>
  );
};

/** The grid as signed (lines are fetched with the record: `subscription(id) { lines }` would be another query). */
const SubscriptionLines = () => {
  const [locale] = useLocaleState();
  return (
  <ArrayField source="lines" emptyText="—">
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="date" label="champ.grid.date" render={(r) => day(r.date, locale)} />
      <DataTable.Col source="productName" label="resources.contractTemplates.fields.productId" />
      <DataTable.Col source="quantity" label="champ.fields.quantity" />
    </DataTable>
  </ArrayField>
  );
};
