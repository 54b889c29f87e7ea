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
  useRecordContext,
} from "react-admin";
import { Box } from "@mui/material";
import { installmentStatuses, paymentMeans, subscriptionStatuses } from "../choices";
import { day, euros } from "../format";
import { SectionTitle } from "../SectionTitle";
import { subscriptionTitle } from "./title";
import { ContractPdfButton } from "../../living/ContractPdfButton";
import type { ReactNode } from "react";

const SubscriptionTitle = () => <span>{subscriptionTitle(useRecordContext() ?? undefined)}</span>;

export const SubscriptionShow = ({ actions, header }: { actions?: ReactNode; header?: ReactNode }) => {
  const [locale] = useLocaleState();
  return (
    <Show
      actions={
        <TopToolbar sx={{ flexWrap: "wrap" }}>
          <ContractPdfButton />
          {actions}
        </TopToolbar>
      }
      title={<SubscriptionTitle />}
      sx={{ maxWidth: "calc(100vw - 16px)", "& .RaShow-card": { overflowX: "auto" } }}
    >
      <SimpleShowLayout>
        {header}
        <FunctionField source="householdId" render={(r) => r.household?.displayName ?? "—"} />
        <TextField source="templateName" />
        <SelectField source="status" choices={subscriptionStatuses} />
        <FunctionField source="totalCents" render={(r) => euros(r.totalCents, locale)} />
        <DateField source="signedAt" emptyText="—" showTime locales={locale === "en" ? "en-GB" : "fr-FR"} />
        <DateField source="countersignedAt" emptyText="—" showTime locales={locale === "en" ? "en-GB" : "fr-FR"} />
        {/* In a box: SimpleShowLayout would label the title with its own label, a second time. */}
        <Box>
          <SectionTitle label="champ.section.installments" />
        </Box>
        <ReferenceManyField
          reference="installments"
          target="subscriptionId"
          sort={{ field: "dueOn", order: "ASC" }}
          perPage={50}
        >
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="rank" label="champ.fields.installmentRank">
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
        <Box>
          <SectionTitle label="champ.section.lines" />
        </Box>
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
        <DataTable.Col source="date" label="champ.fields.delivery" render={(l) => day(l.date, locale)} />
        <DataTable.Col source="productName" label="resources.contractTemplates.fields.productId" />
        <DataTable.Col source="quantity" label="champ.fields.quantity" />
      </DataTable>
    </ArrayField>
  );
};
