import {
  Create,
  DataTable,
  DateField,
  DateInput,
  Edit,
  FunctionField,
  List,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { euros } from "../../shared/format";
import { feeModes } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";
import { useWatch } from "react-hook-form";
import { CentsField } from "../../shared/money";
import { EurosInput } from "../EurosInput";
import { notBefore, positiveAmount, toCents } from "../validation";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { useAmapScope } from "../useAmapScope";

export const PeriodList = () => {
  const { amapId } = useAmapScope();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filter={{ amapId }} sort={{ field: "startsOn", order: "DESC" }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="startsOn">
          <DateField source="startsOn" />
        </DataTable.Col>
        <DataTable.Col source="endsOn" disableSort>
          <DateField source="endsOn" />
        </DataTable.Col>
        <DataTable.Col source="feeCents" disableSort>
          {/* A free fee says so, with its minimum and suggested amounts, rather than "0,00 €". */}
          <FunctionField
            render={(r) =>
              r.feeMode === "free"
                ? translate("champ.amap.periods.free", {
                    min: euros(r.minFeeCents, locale),
                    suggested: euros(r.suggestedFeeCents, locale),
                  })
                : euros(r.feeCents, locale)
            }
          />
        </DataTable.Col>
        <DataTable.Col source="networkShareCents" disableSort>
          <CentsField source="networkShareCents" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

/** A fixed fee needs its amount; a free one, a suggested amount not below its minimum. */
const feeFor = (v: unknown, all: Record<string, unknown>) =>
  all?.feeMode === "fixed" && (v === null || v === undefined || v === "") ? "champ.amap.errors.feeRequired" : undefined;
const suggestedNotBelowMin = (v: unknown, all: Record<string, unknown>) => {
  const [s, m] = [toCents(v), toCents(all?.minFeeCents)];
  return s !== null && m !== null && s < m ? "champ.amap.errors.suggestedBelowMin" : undefined;
};

const PeriodInputs = () => {
  const mode = useWatch({ name: "feeMode" });
  return (
    <>
      <TextInput source="name" validate={required()} />
      <FormRow>
        <DateInput source="startsOn" validate={required()} />
        <DateInput source="endsOn" validate={[required(), notBefore("startsOn", "toBeforeFrom")]} />
        <SelectInput source="feeMode" choices={feeModes} validate={required()} />
      </FormRow>
      <FormRow>
        {mode === "fixed" ? (
          <EurosInput source="feeCents" validate={[feeFor, positiveAmount]} />
        ) : (
          <>
            <EurosInput source="minFeeCents" />
            <EurosInput source="suggestedFeeCents" validate={[positiveAmount, suggestedNotBelowMin]} />
          </>
        )}
        <EurosInput source="networkShareCents" />
      </FormRow>
    </>
  );
};

/** Amounts typed in euros go to the API in cents. */
const toPeriodInput = (d: Record<string, unknown>) => {
  const out = { ...d };
  for (const k of ["feeCents", "minFeeCents", "suggestedFeeCents", "networkShareCents"])
    if (k in out) out[k] = toCents(out[k]) ?? (out[k] === "" ? null : out[k]);
  return out;
};

export const PeriodCreate = () => {
  const { amapId } = useAmapScope();
  return (
    <Create redirect="list" transform={toPeriodInput}>
      <SimpleForm defaultValues={{ amapId, feeMode: "fixed" }}>
        <PeriodInputs />
      </SimpleForm>
    </Create>
  );
};

export const PeriodEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toPeriodInput}>
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <PeriodInputs />
    </SimpleForm>
  </Edit>
);
