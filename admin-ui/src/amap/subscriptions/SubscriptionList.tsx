import StopIcon from "@mui/icons-material/Block";
import { CanAccess, DataTable, FunctionField, List, ReferenceInput, required, SelectField, SelectInput, SimpleList, TextInput, useDataProvider, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { subscriptionStatuses } from "../../shared/choices";
import { euros } from "../../shared/format";
import { SubscriptionShow } from "../../shared/subscriptions/SubscriptionShow";
import { useIsSmall } from "../../shared/useIsSmall";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { PaperEvidence, RecordPaperSignature } from "./PaperSubscription";

export const SubscriptionList = () => {
  const { amapId, templateId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [
    <ReferenceInput key="templateId" source="templateId" reference="contractTemplates" filter={{ amapId }} alwaysOn>
      <SelectInput optionText="name" />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={subscriptionStatuses} />,
  ];
  return (
    <List filters={templateId ? undefined : filters} filter={templateId ? { templateId } : { amapId }} sort={{ field: "createdAt", order: "DESC" }}>
      {isSmall ? (
        <SimpleList primaryText={(r) => r.household?.displayName} secondaryText={(r) => `${r.templateName} · ${translate(`champ.enums.subscriptionStatus.${r.status}`)}`} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
          <DataTable.Col source="templateName" />
          <DataTable.Col source="status">
            <SelectField source="status" choices={subscriptionStatuses} />
          </DataTable.Col>
          <DataTable.Col source="totalCents">
            <FunctionField source="totalCents" render={(r) => euros(r.totalCents, locale)} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const Terminate = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  if (!record) return null;
  return (
    <CanAccess action="terminateSubscription" resource="subscriptions" record={record}>
      <ActionDialog label="champ.action.terminate" icon={<StopIcon />} color="error" onSubmit={(v) => dataProvider.action("subscriptions", "terminateSubscription", { id: record.id, reason: v.reason })}>
        <TextInput source="reason" label="champ.fields.reason" validate={required()} multiline />
      </ActionDialog>
    </CanAccess>
  );
};

export const AmapSubscriptionShow = () => (
  <SubscriptionShow
    actions={
      <>
        <RecordPaperSignature />
        <Terminate />
      </>
    }
    header={<PaperEvidence />}
  />
);
