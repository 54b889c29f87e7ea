import {
  AutocompleteInput,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
} from "react-admin";
import { memberKinds, networkMembershipStatuses } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";
import { CentsInput } from "../../shared/money";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { useNetworkId } from "../useNetworkScope";

const AmountAndStatus = () => (
  <FormRow>
    <CentsInput source="amountCents" validate={required()} />
    <SelectInput source="status" choices={networkMembershipStatuses} validate={required()} />
    <DateInput source="charterSignedOn" />
  </FormRow>
);

export const NetworkMembershipCreate = () => {
  const networkId = useNetworkId();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ networkId, year: new Date().getFullYear(), memberKind: "amap", status: "pending" }}>
        <FormRow>
          <ReferenceInput source="networkId" reference="networks">
            <AutocompleteInput validate={required()} />
          </ReferenceInput>
          <NumberInput source="year" validate={required()} />
          <SelectInput source="memberKind" choices={memberKinds} validate={required()} />
        </FormRow>
        <FormDataConsumer>
          {({ formData }) =>
            formData.memberKind === "farm" ? (
              <ReferenceInput source="farmId" reference="farms" filter={networkId ? { networkId } : {}}>
                <AutocompleteInput validate={required()} />
              </ReferenceInput>
            ) : (
              <ReferenceInput source="amapId" reference="amaps" filter={networkId ? { networkId } : {}}>
                <AutocompleteInput validate={required()} />
              </ReferenceInput>
            )
          }
        </FormDataConsumer>
        <AmountAndStatus />
      </SimpleForm>
    </Create>
  );
};

export const NetworkMembershipEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <AmountAndStatus />
    </SimpleForm>
  </Edit>
);
