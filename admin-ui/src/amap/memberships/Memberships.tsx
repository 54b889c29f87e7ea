import {
  AutocompleteInput,
  Create,
  DataTable,
  DateField,
  DateInput,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleList,
  TextInput,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { membershipStatuses, paymentMeans } from "../../shared/choices";
import { euros } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { CentsField } from "../../shared/money";
import { EurosInput } from "../EurosInput";
import { chequeNumber, positiveAmount, toCents } from "../validation";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { useIsSmall } from "../../shared/useIsSmall";
import { useAmapScope } from "../useAmapScope";

export const MembershipList = () => {
  const { amapId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [
    <ReferenceInput key="periodId" source="periodId" reference="membershipPeriods" filter={{ amapId }} alwaysOn>
      <SelectInput optionText="name" />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={membershipStatuses} />,
  ];
  return (
    <List filters={filters} filter={{ amapId }} sort={{ field: "createdAt", order: "DESC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => <ReferenceField record={r} source="householdId" reference="households" link={false} />}
          secondaryText={(r) =>
            `${euros(r.amountCents, locale)} · ${translate(`champ.enums.membershipStatus.${r.status}`)}`
          }
          rowClick="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="householdId" disableSort>
            <ReferenceField source="householdId" reference="households" link={false} />
          </DataTable.Col>
          <DataTable.Col source="periodId" disableSort>
            <ReferenceField source="periodId" reference="membershipPeriods" link={false} />
          </DataTable.Col>
          <DataTable.Col source="amountCents" disableSort>
            <CentsField source="amountCents" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={membershipStatuses} />
          </DataTable.Col>
          <DataTable.Col source="paidOn" disableSort>
            <DateField source="paidOn" emptyText="—" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

/** The amount typed in euros goes to the API in cents; a cheque number without its spaces. */
const toMembershipInput = (d: Record<string, unknown>) => ({
  ...d,
  ...("amountCents" in d ? { amountCents: toCents(d.amountCents) ?? d.amountCents } : {}),
  ...(typeof d.chequeNumber === "string" ? { chequeNumber: d.chequeNumber.replace(/\s+/g, "") } : {}),
});

export const MembershipCreate = () => {
  const { amapId } = useAmapScope();
  return (
    <Create redirect="list" transform={toMembershipInput}>
      <SimpleForm defaultValues={{ status: "pending", means: "cheque" }}>
        <FormRow>
          <ReferenceInput source="householdId" reference="households" filter={{ amapId }}>
            <AutocompleteInput validate={required()} />
          </ReferenceInput>
          <ReferenceInput source="periodId" reference="membershipPeriods" filter={{ amapId }}>
            <SelectInput optionText="name" validate={required()} />
          </ReferenceInput>
        </FormRow>
        <FormRow>
          <EurosInput source="amountCents" validate={[required(), positiveAmount]} />
          <SelectInput source="status" choices={membershipStatuses} validate={required()} />
          <DateInput source="paidOn" />
        </FormRow>
        <FormRow>
          <SelectInput source="means" choices={paymentMeans} />
          <TextInput
            source="chequeNumber"
            validate={chequeNumber}
            slotProps={{ htmlInput: { inputMode: "numeric" } }}
          />
          <TextInput source="bank" />
          <TextInput source="issuer" />
        </FormRow>
      </SimpleForm>
    </Create>
  );
};

export const MembershipEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={toMembershipInput}>
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <FormRow>
        <EurosInput source="amountCents" validate={[required(), positiveAmount]} />
        <SelectInput source="status" choices={membershipStatuses} validate={required()} />
        <DateInput source="paidOn" />
      </FormRow>
    </SimpleForm>
  </Edit>
);
