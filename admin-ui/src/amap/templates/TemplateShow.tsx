import EditIcon from "@mui/icons-material/Edit";
import { Box, Chip } from "@mui/material";
import {
  ArrayField,
  DataTable,
  EditButton,
  FunctionField,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { contractKinds, subscriptionStatuses } from "../../shared/choices";
import { euros } from "../../shared/format";
import { CentsField } from "../../shared/money";
import { SectionTitle } from "../../shared/SectionTitle";
import { AvailabilityEditor } from "./AvailabilityEditor";
import { TemplateActions } from "./TemplateActions";

const Status = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record ? <Chip color={record.status === "open" ? "success" : "default"} label={translate(`champ.enums.templateStatus.${record.status}`)} /> : null;
};

const Actions = () => (
  <TopToolbar sx={{ flexWrap: "wrap", gap: 1 }}>
    <TemplateActions />
    <EditButton icon={<EditIcon />} />
  </TopToolbar>
);

const Grid = () => {
  const record = useRecordContext();
  return record ? <AvailabilityEditor templateId={String(record.id)} /> : null;
};

/** A template: its status and life-cycle actions, lines, availability grid and subscriptions. */
export const TemplateShow = () => {
  const [locale] = useLocaleState();
  return (
    <Show actions={<Actions />}>
      <SimpleShowLayout>
        <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
          <TextField source="name" variant="h6" />
          <Status />
        </Box>
        <ReferenceField source="farmId" reference="farms" link={false} />
        <TextField source="season" />
        <SelectField source="kind" choices={contractKinds} />
        <SectionTitle label="champ.section.lines" />
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
        <SectionTitle label="champ.section.subscriptions" />
        <ReferenceManyField reference="subscriptions" target="templateId" perPage={100} sort={{ field: "createdAt", order: "ASC" }} empty="champ.empty.subscriptions">
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
            <DataTable.Col source="status" disableSort>
              <SelectField source="status" choices={subscriptionStatuses} />
            </DataTable.Col>
            <DataTable.Col source="totalCents" disableSort>
              <FunctionField source="totalCents" render={(r) => euros(r.totalCents, locale)} />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
};
