import { AutocompleteInput, ReferenceInput, required, SelectInput, TextInput } from "react-admin";
import { networkLevels } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";

/** The inputs of a network, shared by its create and edit forms (the API refuses a parent cycle on `parentId`). */
export const NetworkInputs = () => (
  <>
    <FormRow>
      <TextInput source="name" validate={required()} />
      <TextInput source="shortName" />
    </FormRow>
    <FormRow>
      <SelectInput source="level" choices={networkLevels} validate={required()} defaultValue="regional" />
      <ReferenceInput source="parentId" reference="networks" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput />
      </ReferenceInput>
    </FormRow>
    <FormRow>
      <TextInput source="email" slotProps={{ htmlInput: { inputMode: "email", autoComplete: "off" } }} />
      <TextInput source="website" slotProps={{ htmlInput: { inputMode: "url", autoComplete: "off" } }} />
    </FormRow>
  </>
);
