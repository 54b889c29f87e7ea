/**
 * A contract template's terms: product lines and season prices, delivery dates (chosen among the
 * AMAP's distributions), absence rules, payment terms, text. One form for creating and editing;
 * what the API only changes on a draft (kind, lines, dates) is locked once subscriptions are open.
 */
import AddIcon from "@mui/icons-material/AddCircleOutline";
import { Box, Typography } from "@mui/material";
import { useFormContext, useWatch } from "react-hook-form";
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  Button,
  CheckboxGroupInput,
  Create,
  DateInput,
  Edit,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  useGetList,
  useLocaleState,
  useRecordContext,
  useSimpleFormIterator,
  useTranslate,
} from "react-admin";
import { contractKinds, paymentMeans } from "../../shared/choices";
import { day, today } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { EurosInput } from "../EurosInput";
import { useAmapScope } from "../useAmapScope";
import { maxNotBelowMin, nonEmpty, notBefore, positivePrice, productOnce, wholeNumber } from "../validation";
import { toTemplateInput } from "./templateInput";

const COUNT_VALUES = [1, 2, 3, 4, 5, 6, 8, 10, 12];

/** A text button (react-admin's add button is an unnamed icon on a phone). */
const AddLineButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="champ.amap.template.addLine" onClick={() => add()} variant="outlined">
      <AddIcon />
    </Button>
  );
};

const isDraft = (record: Record<string, unknown> | undefined) => !record || record.status === "draft";

const LinesInput = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const farmId = useWatch({ name: "farmId" }) as string | undefined;
  const locked = !isDraft(record);
  return (
    <>
      {!farmId && <Typography color="text.secondary">{translate("champ.amap.template.chooseFarmFirst")}</Typography>}
      {locked && <Typography color="text.secondary">{translate("champ.amap.template.draftOnly")}</Typography>}
      <ArrayInput source="lines" label="resources.contractTemplates.fields.lines" validate={nonEmpty("lines")}>
        <SimpleFormIterator
          inline
          disableReordering
          disableClear
          addButton={<AddLineButton />}
          disableAdd={!farmId || locked}
          disableRemove={locked}
        >
          <ReferenceInput
            source="productId"
            reference="products"
            filter={farmId ? { farmId } : {}}
            sort={{ field: "name", order: "ASC" }}
          >
            <SelectInput
              optionText="name"
              validate={[required(), productOnce]}
              label="resources.contractTemplates.fields.productId"
              disabled={locked}
            />
          </ReferenceInput>
          <EurosInput
            source="unitPriceCents"
            validate={[required(), positivePrice]}
            label="champ.amap.template.unitPrice"
            disabled={locked}
          />
          <NumberInput
            source="minQuantity"
            min={0}
            validate={wholeNumber}
            label="resources.contractTemplates.fields.minQuantity"
            disabled={locked}
          />
          <NumberInput
            source="maxQuantity"
            min={0}
            validate={[wholeNumber, maxNotBelowMin]}
            label="resources.contractTemplates.fields.maxQuantity"
            disabled={locked}
          />
          <NumberInput
            source="quotaPerDelivery"
            min={0}
            validate={wholeNumber}
            label="resources.contractTemplates.fields.quotaPerDelivery"
            disabled={locked}
          />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};

/** The delivery dates: the AMAP's distributions to come (and those already chosen), as checkboxes. */
const DatesInput = () => {
  const { amapId } = useAmapScope();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const record = useRecordContext();
  const { setValue } = useFormContext();
  const chosen = (record?.distributionIds as string[] | undefined) ?? [];
  const { data = [], isPending } = useGetList("distributions", {
    filter: { amapId, from: today() },
    sort: { field: "date", order: "ASC" },
    pagination: { page: 1, perPage: 100 },
  });
  const { data: past = [] } = useGetList("distributions", { filter: { ids: chosen } }, { enabled: chosen.length > 0 });
  const all = [...past.filter((d) => !data.some((x) => x.id === d.id)), ...data].filter(
    (d) => d.status !== "cancelled" || chosen.includes(String(d.id)),
  );
  all.sort((a, b) => String(a.effectiveDate ?? a.date).localeCompare(String(b.effectiveDate ?? b.date)));
  const choices = all.map((d) => ({ id: d.id, name: day(d.effectiveDate ?? d.date, locale) }));
  const locked = !isDraft(record);
  if (!isPending && choices.length === 0)
    return <Typography role="status">{translate("champ.amap.template.noDistribution")}</Typography>;
  return (
    <Box sx={{ width: "100%" }}>
      <Typography color="text.secondary">
        {translate(locked ? "champ.amap.template.draftOnly" : "champ.amap.template.datesHelp")}
      </Typography>
      {!locked && (
        <Box sx={{ display: "flex", gap: 1, my: 1, flexWrap: "wrap" }}>
          <Button
            label="champ.amap.template.allDates"
            variant="outlined"
            onClick={() =>
              setValue(
                "distributionIds",
                choices.map((c) => c.id),
                { shouldDirty: true },
              )
            }
          />
          <Button
            label="champ.amap.template.noDates"
            variant="outlined"
            onClick={() => setValue("distributionIds", [], { shouldDirty: true })}
          />
        </Box>
      )}
      <CheckboxGroupInput
        source="distributionIds"
        choices={choices}
        validate={nonEmpty("dates")}
        disabled={locked}
        sx={{
          width: "100%",
          "& .MuiFormGroup-root": { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(11rem, 1fr))" },
        }}
      />
    </Box>
  );
};

const installmentChoices = (translate: ReturnType<typeof useTranslate>) =>
  COUNT_VALUES.map((n) => ({ id: n, name: translate("champ.amap.template.installments", { smart_count: n }) }));

/** The tabs, as direct children of TabbedForm (it reads each tab's props: no wrapping component). */
function tabs(create: boolean, amapId: string, translate: ReturnType<typeof useTranslate>, locked: boolean) {
  return [
    <TabbedForm.Tab key="general" label="champ.section.general">
      <TextInput source="name" validate={required()} />
      <FormRow>
        <ReferenceInput source="farmId" reference="farms" sort={{ field: "name", order: "ASC" }}>
          <AutocompleteInput
            validate={required()}
            disabled={!create}
            label="resources.contractTemplates.fields.farmId"
          />
        </ReferenceInput>
        <TextInput source="season" validate={required()} />
        <SelectInput source="kind" choices={contractKinds} validate={required()} disabled={locked} />
      </FormRow>
      <FormRow>
        <ReferenceInput source="membershipPeriodId" reference="membershipPeriods" filter={{ amapId }}>
          <SelectInput optionText="name" />
        </ReferenceInput>
        <TextInput source="payeeName" />
      </FormRow>
      <FormRow>
        <DateInput source="subscriptionOpensOn" />
        <DateInput source="subscriptionClosesOn" validate={notBefore("subscriptionOpensOn", "closesBeforeOpens")} />
      </FormRow>
      <TextInput source="text" multiline minRows={4} />
    </TabbedForm.Tab>,
    <TabbedForm.Tab key="lines" label="champ.section.lines" path="lignes">
      <LinesInput />
    </TabbedForm.Tab>,
    <TabbedForm.Tab key="dates" label="champ.section.dates" path="dates">
      <DatesInput />
    </TabbedForm.Tab>,
    <TabbedForm.Tab key="rules" label="champ.section.policies" path="regles">
      <FormRow>
        <NumberInput source="maxAbsences" min={0} validate={wholeNumber} />
        <NumberInput source="absenceNoticeHours" min={0} validate={wholeNumber} />
        <NumberInput source="flexibleDeadlineHours" min={0} validate={wholeNumber} />
      </FormRow>
      <BooleanInput source="postponementAllowed" />
      <BooleanInput source="requiresFarmerConsent" />
    </TabbedForm.Tab>,
    <TabbedForm.Tab key="payment" label="champ.section.payment" path="paiement">
      <CheckboxGroupInput
        source="allowedInstallmentCounts"
        choices={installmentChoices(translate)}
        validate={nonEmpty("installments")}
      />
      <CheckboxGroupInput source="acceptedMeans" choices={paymentMeans} validate={nonEmpty("means")} />
      <EurosInput source="minTotalCents" />
    </TabbedForm.Tab>,
  ];
}

export const TemplateCreate = () => {
  const { amapId } = useAmapScope();
  const translate = useTranslate();
  return (
    <Create redirect="show" transform={toTemplateInput}>
      <TabbedForm
        defaultValues={{
          amapId,
          kind: "fixed",
          season: String(new Date().getFullYear()),
          lines: [],
          distributionIds: [],
          allowedInstallmentCounts: [1],
          acceptedMeans: ["cheque"],
          maxAbsences: 0,
          postponementAllowed: false,
          requiresFarmerConsent: true,
        }}
      >
        {tabs(true, amapId, translate, false)}
      </TabbedForm>
    </Create>
  );
};

const EditForm = () => {
  const { amapId } = useAmapScope();
  const translate = useTranslate();
  const record = useRecordContext();
  return <TabbedForm toolbar={<NoDeleteToolbar />}>{tabs(false, amapId, translate, !isDraft(record))}</TabbedForm>;
};

export const TemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toTemplateInput}>
    <EditForm />
  </Edit>
);
