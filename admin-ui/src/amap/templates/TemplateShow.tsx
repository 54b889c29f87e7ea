import EditIcon from "@mui/icons-material/Edit";
import { Box, Chip, Typography } from "@mui/material";
import {
  ArrayField,
  DataTable,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { contractKinds, subscriptionStatuses } from "../../shared/choices";
import { day, euros } from "../../shared/format";
import { CentsField } from "../../shared/money";
import { SectionTitle } from "../../shared/SectionTitle";
import { useMay } from "../useMay";
import { AvailabilityEditor } from "./AvailabilityEditor";
import { TemplateActions } from "./TemplateActions";

const Status = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? (
    <Chip
      color={record.status === "open" ? "success" : "default"}
      label={translate(`champ.enums.templateStatus.${record.status}`)}
    />
  ) : null;
};

const Edit = () => {
  const record = useRecordContext();
  return useMay("edit", "contractTemplates", record) ? <EditButton icon={<EditIcon />} /> : null;
};

const Actions = () => (
  <TopToolbar sx={{ flexWrap: "wrap", gap: 1 }}>
    <TemplateActions />
    <Edit />
  </TopToolbar>
);

const Grid = () => {
  const record = useRecordContext();
  return record ? <AvailabilityEditor templateId={String(record.id)} /> : null;
};

/** The terms a board checks at a glance: season, kind, subscription window, payment terms. */
const Terms = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const counts = ((record.allowedInstallmentCounts as number[]) ?? [])
    .map((n) => translate("champ.amap.template.installments", { smart_count: n }))
    .join(", ");
  const means = ((record.acceptedMeans as string[]) ?? [])
    .map((m) => translate(`champ.enums.paymentMeans.${m}`))
    .join(", ");
  const window =
    record.subscriptionOpensOn || record.subscriptionClosesOn
      ? `${day(record.subscriptionOpensOn, locale)} → ${day(record.subscriptionClosesOn, locale)}`
      : "—";
  return (
    <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(4, 1fr)" }, my: 1 }}>
      <Labeled label="resources.contractTemplates.fields.farmId">
        <ReferenceField source="farmId" reference="farms" link={false} />
      </Labeled>
      <Labeled label="resources.contractTemplates.fields.season">
        <FunctionField render={(r) => r.season} />
      </Labeled>
      <Labeled label="resources.contractTemplates.fields.kind">
        <SelectField source="kind" choices={contractKinds} />
      </Labeled>
      <Labeled label="champ.amap.template.deliveries">
        <FunctionField render={(r) => String((r.distributionIds ?? []).length)} />
      </Labeled>
      <Labeled label="champ.amap.template.subscriptionWindow">
        <FunctionField render={() => window} />
      </Labeled>
      <Labeled label="resources.contractTemplates.fields.allowedInstallmentCounts">
        <FunctionField render={() => counts || "—"} />
      </Labeled>
      <Labeled label="resources.contractTemplates.fields.acceptedMeans">
        <FunctionField render={() => means || "—"} />
      </Labeled>
      <Labeled label="resources.contractTemplates.fields.payeeName">
        <FunctionField render={(r) => r.payeeName || "—"} />
      </Labeled>
    </Box>
  );
};

const Section = ({ label }: { label: string }) => (
  <Box>
    <SectionTitle label={label} />
  </Box>
);

/** A template: its status and life-cycle actions, terms, lines, availability grid and subscriptions. */
export const TemplateShow = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <Box sx={{ p: 2, display: "grid", gap: 1, minWidth: 0 }}>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <FunctionField
            render={(r) => (
              <Typography variant="h6" component="h1">
                {r.name}
              </Typography>
            )}
          />
          <Status />
        </Box>
        <Terms />
        <Section label="champ.section.lines" />
        <ArrayField source="lines">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="productName" label="resources.contractTemplates.fields.productId" />
            <DataTable.Col source="unit" label="resources.products.fields.unit" />
            <DataTable.Col source="unitPriceCents" label="resources.contractTemplates.fields.unitPriceCents">
              <CentsField source="unitPriceCents" />
            </DataTable.Col>
            <DataTable.Col source="minQuantity" label="resources.contractTemplates.fields.minQuantity">
              <NumberField source="minQuantity" />
            </DataTable.Col>
            <DataTable.Col source="maxQuantity" label="resources.contractTemplates.fields.maxQuantity">
              <NumberField source="maxQuantity" emptyText="—" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
        <Grid />
        <Section label="champ.section.subscriptions" />
        <ReferenceManyField
          reference="subscriptions"
          target="templateId"
          perPage={100}
          sort={{ field: "createdAt", order: "ASC" }}
          empty={<Typography>{translate("champ.empty.subscriptions")}</Typography>}
        >
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
            <DataTable.Col source="status" disableSort>
              <SelectField source="status" choices={subscriptionStatuses} />
            </DataTable.Col>
            <DataTable.Col source="totalCents" label="champ.amap.subscriptionTotal" disableSort>
              <FunctionField source="totalCents" render={(r) => euros(r.totalCents, locale)} />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Box>
    </Show>
  );
};
