/** A contract template's terms: product lines and season prices, delivery dates, policies, payment terms, text. */
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  useGetList,
  useLocaleState,
} from "react-admin";
import { contractKinds, paymentMeans } from "../../shared/choices";
import { day } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { CentsInput } from "../../shared/money";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { useAmapScope } from "../useAmapScope";

const COUNTS = [1, 2, 3, 4, 5, 6, 8, 10, 12].map((n) => ({ id: n, name: String(n) }));

/** The API's TemplateLineInput: only these keys (a record's line also carries its product's name). */
export function toTemplateInput(data: Record<string, unknown>): Record<string, unknown> {
  const lines = (data.lines as Array<Record<string, unknown>> | undefined)?.map((l) => ({
    ...(l.id ? { id: l.id } : {}),
    productId: l.productId,
    unitPriceCents: l.unitPriceCents,
    minQuantity: l.minQuantity ?? 0,
    maxQuantity: l.maxQuantity ?? null,
    quotaPerDelivery: l.quotaPerDelivery ?? null,
  }));
  return { ...data, ...(lines ? { lines } : {}) };
}

const DatesInput = () => {
  const { amapId } = useAmapScope();
  const [locale] = useLocaleState();
  const { data = [] } = useGetList("distributions", { filter: { amapId }, sort: { field: "date", order: "ASC" }, pagination: { page: 1, perPage: 100 } });
  const choices = data.map((d) => ({ id: d.id, name: day(d.date, locale) }));
  return <CheckboxGroupInput source="distributionIds" choices={choices} sx={{ "& .MuiFormGroup-root": { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(11rem, 1fr))" } }} />;
};

const TemplateTabs = ({ create }: { create?: boolean }) => {
  const { amapId } = useAmapScope();
  return (
    <>
      <TabbedForm.Tab label="champ.section.general">
        <TextInput source="name" validate={required()} />
        <FormRow>
          {create ? (
            <ReferenceInput source="farmId" reference="farms">
              <AutocompleteInput validate={required()} />
            </ReferenceInput>
          ) : null}
          <TextInput source="season" validate={required()} />
          <SelectInput source="kind" choices={contractKinds} validate={required()} />
        </FormRow>
        <FormRow>
          <ReferenceInput source="membershipPeriodId" reference="membershipPeriods" filter={{ amapId }}>
            <SelectInput optionText="name" />
          </ReferenceInput>
          <TextInput source="payeeName" />
        </FormRow>
        <FormRow>
          <DateInput source="subscriptionOpensOn" />
          <DateInput source="subscriptionClosesOn" />
        </FormRow>
        <TextInput source="text" multiline minRows={4} />
      </TabbedForm.Tab>
      <TabbedForm.Tab label="champ.section.lines" path="lignes">
        <FormDataConsumer>
          {({ formData }) => (
            <ArrayInput source="lines">
              <SimpleFormIterator inline disableReordering>
                <ReferenceInput source="productId" reference="products" filter={formData.farmId ? { farmId: formData.farmId } : {}}>
                  <SelectInput optionText="name" validate={required()} label="resources.contractTemplates.fields.productId" />
                </ReferenceInput>
                <CentsInput source="unitPriceCents" validate={required()} label="resources.contractTemplates.fields.unitPriceCents" />
                <NumberInput source="minQuantity" min={0} label="resources.contractTemplates.fields.minQuantity" />
                <NumberInput source="maxQuantity" min={0} label="resources.contractTemplates.fields.maxQuantity" />
                <NumberInput source="quotaPerDelivery" min={0} label="resources.contractTemplates.fields.quotaPerDelivery" />
              </SimpleFormIterator>
            </ArrayInput>
          )}
        </FormDataConsumer>
      </TabbedForm.Tab>
      <TabbedForm.Tab label="champ.section.dates" path="dates">
        <DatesInput />
      </TabbedForm.Tab>
      <TabbedForm.Tab label="champ.section.policies" path="regles">
        <FormRow>
          <NumberInput source="maxAbsences" min={0} />
          <NumberInput source="absenceNoticeHours" min={0} />
          <NumberInput source="flexibleDeadlineHours" min={0} />
        </FormRow>
        <BooleanInput source="postponementAllowed" />
        <BooleanInput source="requiresFarmerConsent" />
      </TabbedForm.Tab>
      <TabbedForm.Tab label="champ.section.payment" path="paiement">
        <CheckboxGroupInput source="allowedInstallmentCounts" choices={COUNTS} />
        <CheckboxGroupInput source="acceptedMeans" choices={paymentMeans} />
        <CentsInput source="minTotalCents" />
      </TabbedForm.Tab>
    </>
  );
};

export const TemplateCreate = () => {
  const { amapId } = useAmapScope();
  return (
    <Create redirect="show" transform={toTemplateInput}>
      <TabbedForm defaultValues={{ amapId, kind: "fixed", season: String(new Date().getFullYear() + 1), lines: [], distributionIds: [], allowedInstallmentCounts: [1], acceptedMeans: ["cheque"] }}>
        <TemplateTabs create />
      </TabbedForm>
    </Create>
  );
};

export const TemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toTemplateInput}>
    <TabbedForm toolbar={<NoDeleteToolbar />}>
      <TemplateTabs />
    </TabbedForm>
  </Edit>
);
