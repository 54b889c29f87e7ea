/** The farm's own profile (the record every AMAP it supplies shares). */
import { Edit, NumberInput, required, SimpleForm, TextArrayInput, TextInput } from "react-admin";
import { FormRow } from "../shared/FormRow";
import { NoDeleteToolbar } from "../shared/NoDeleteToolbar";
import { SectionTitle } from "../shared/SectionTitle";
import { MapPlacement } from "../reseau/map/MapPlacement";
import { useFarmId } from "./useFarmId";

export const FarmProfile = () => (
  <Edit resource="farms" id={useFarmId()} mutationMode="pessimistic" redirect={false}>
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <FormRow>
        <TextInput source="name" validate={required()} />
        <TextInput source="payeeName" />
      </FormRow>
      <TextInput source="siret" helperText="champ.help.siret" />
      <TextArrayInput source="productions" helperText="champ.help.list" />
      <TextArrayInput source="labels" helperText="champ.help.list" />
      <SectionTitle label="champ.section.contact" />
      <FormRow>
        <TextInput source="email" slotProps={{ htmlInput: { inputMode: "email" } }} />
        <TextInput source="phone" slotProps={{ htmlInput: { inputMode: "tel" } }} />
      </FormRow>
      <SectionTitle label="champ.section.place" />
      <TextInput source="address" />
      <FormRow>
        <TextInput source="postalCode" />
        <TextInput source="city" />
      </FormRow>
      <FormRow>
        <NumberInput source="latitude" step="any" />
        <NumberInput source="longitude" step="any" />
      </FormRow>
      <MapPlacement kind="farm" />
    </SimpleForm>
  </Edit>
);
