import StopIcon from "@mui/icons-material/Block";
import { Box } from "@mui/material";
import {
  ArrayField,
  DataTable,
  FunctionField,
  Labeled,
  List,
  ReferenceInput,
  ReferenceManyField,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleList,
  TextInput,
  TopToolbar,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { paymentMeans, subscriptionStatuses } from "../../shared/choices";
import { day, euros } from "../../shared/format";
import { SectionTitle } from "../../shared/SectionTitle";
import { useIsSmall } from "../../shared/useIsSmall";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { useMay } from "../useMay";
import { ContractPdfButton } from "../../living/ContractPdfButton";
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
    <List
      filters={templateId ? undefined : filters}
      filter={templateId ? { templateId } : { amapId }}
      sort={{ field: "createdAt", order: "DESC" }}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.household?.displayName}
          secondaryText={(r) => `${r.templateName} · ${translate(`champ.enums.subscriptionStatus.${r.status}`)}`}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
          <DataTable.Col source="templateName" />
          <DataTable.Col source="status">
            <SelectField source="status" choices={subscriptionStatuses} />
          </DataTable.Col>
          <DataTable.Col source="totalCents" label="champ.amap.subscriptionTotal">
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
  const may = useMay("terminateSubscription", "subscriptions", record);
  if (!record || !may) return null;
  return (
    <ActionDialog
      label="champ.action.terminate"
      icon={<StopIcon />}
      color="error"
      closeLabel="ra.action.close"
      onSubmit={(v) =>
        dataProvider.action("subscriptions", "terminateSubscription", { id: record.id, reason: v.reason })
      }
    >
      <TextInput source="reason" label="champ.fields.reason" validate={required()} multiline />
    </ActionDialog>
  );
};

/** "jeu. 17 déc. 2026 à 21:10" (an instant, in the AMAP's time zone). */
function instant(at: string | null | undefined, locale: string): string {
  if (!at) return "—";
  const d = new Date(at);
  const tag = locale === "en" ? "en-GB" : "fr-FR";
  const date = d.toLocaleDateString(tag, {
    timeZone: "Europe/Paris",
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const time = d.toLocaleTimeString(tag, { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" });
  return `${date} ${locale === "en" ? "at" : "à"} ${time}`;
}

const Section = ({ label }: { label: string }) => (
  <Box>
    <SectionTitle label={label} />
  </Box>
);

/** One subscription as the board reads it: who, which contract, where it stands, its payments and its grid. */
export const AmapSubscriptionShow = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <ContractPdfButton />
          <RecordPaperSignature />
          <Terminate />
        </TopToolbar>
      }
    >
      <Box sx={{ p: 2, display: "grid", gap: 1, minWidth: 0 }}>
        {/* A paper member's contract: the paper's evidence the référent recorded (consent). */}
        <PaperEvidence />
        <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(3, 1fr)" } }}>
          <Labeled label="resources.subscriptions.fields.householdId">
            <FunctionField render={(r) => r.household?.displayName ?? "—"} />
          </Labeled>
          <Labeled label="resources.subscriptions.fields.templateName">
            <FunctionField render={(r) => r.templateName} />
          </Labeled>
          <Labeled label="resources.subscriptions.fields.status">
            <SelectField source="status" choices={subscriptionStatuses} />
          </Labeled>
          <Labeled label="champ.amap.subscriptionTotal">
            <FunctionField render={(r) => euros(r.totalCents, locale)} />
          </Labeled>
          <Labeled label="resources.subscriptions.fields.signedAt">
            <FunctionField render={(r) => instant(r.signedAt, locale)} />
          </Labeled>
          <Labeled label="resources.subscriptions.fields.countersignedAt">
            <FunctionField render={(r) => instant(r.countersignedAt, locale)} />
          </Labeled>
        </Box>
        <Section label="champ.section.installments" />
        <ReferenceManyField
          reference="installments"
          target="subscriptionId"
          sort={{ field: "dueOn", order: "ASC" }}
          perPage={50}
        >
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="dueOn" label="champ.amap.cheques.dueOn" render={(r) => day(r.dueOn, locale)} />
            <DataTable.Col source="amountCents" render={(r) => euros(r.amountCents, locale)} />
            <DataTable.Col source="means" disableSort>
              <SelectField source="means" choices={paymentMeans} />
            </DataTable.Col>
            <DataTable.Col source="chequeNumber" disableSort render={(r) => r.chequeNumber || "—"} />
            <DataTable.Col source="status" render={(r) => translate(`champ.enums.installmentStatus.${r.status}`)} />
          </DataTable>
        </ReferenceManyField>
        <Section label="champ.amap.subscriptionGrid" />
        <ArrayField source="lines">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="date" label="champ.amap.distributions.day" render={(r) => day(r.date, locale)} />
            <DataTable.Col source="productName" label="resources.contractTemplates.fields.productId" />
            <DataTable.Col source="quantity" label="champ.fields.quantity" />
          </DataTable>
        </ArrayField>
      </Box>
    </Show>
  );
};
