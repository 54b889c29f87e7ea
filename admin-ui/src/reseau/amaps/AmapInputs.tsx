import { AutocompleteInput, NumberInput, ReferenceInput, required, SelectInput, TextInput } from "react-admin";
import { amapStatuses, registrationModes } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";
import { SectionTitle } from "../../shared/SectionTitle";
import { MapPlacement } from "../map/MapPlacement";

/** The inputs of an AMAP, shared by its create and edit forms. */
export const AmapInputs = () => (
  <>
    <SectionTitle label="champ.section.identity" />
    <TextInput source="name" validate={required()} />
    <FormRow>
      <ReferenceInput source="networkId" reference="networks" sort={{ field: "name", order: "ASC" }}>
        <AutocompleteInput />
      </ReferenceInput>
      <SelectInput source="status" choices={amapStatuses} validate={required()} defaultValue="active" />
    </FormRow>
    <FormRow>
      <TextInput source="rna" helperText="champ.help.rna" />
      <TextInput source="siret" helperText="champ.help.siret" />
    </FormRow>
    <SelectInput source="registrationMode" choices={registrationModes} validate={required()} defaultValue="open" />

    <SectionTitle label="champ.section.contact" />
    <FormRow>
      <TextInput source="email" slotProps={{ htmlInput: { inputMode: "email", autoComplete: "off" } }} />
      <TextInput source="phone" slotProps={{ htmlInput: { inputMode: "tel", autoComplete: "off" } }} />
    </FormRow>
    <TextInput source="website" slotProps={{ htmlInput: { inputMode: "url", autoComplete: "off" } }} />

    <SectionTitle label="champ.section.place" />
    <TextInput source="address" />
    <FormRow>
      <TextInput source="postalCode" slotProps={{ htmlInput: { inputMode: "numeric", autoComplete: "off" } }} />
      <TextInput source="city" />
    </FormRow>
    <FormRow>
      <NumberInput source="latitude" step="any" />
      <NumberInput source="longitude" step="any" />
    </FormRow>
    <MapPlacement kind="amap" />
  </>
);
