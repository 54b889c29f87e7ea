import {
  AutocompleteArrayInput,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  TextArrayInput,
  TextInput,
} from "react-admin";
import { farmStatuses } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";
import { SectionTitle } from "../../shared/SectionTitle";
import { MapPlacement } from "../map/MapPlacement";

// Suggestions only: a farm may list any production or label.
const PRODUCTIONS = [
  "Légumes",
  "Fruits",
  "Œufs",
  "Volailles",
  "Viande",
  "Produits laitiers",
  "Pain",
  "Miel",
  "Poisson",
  "Champignons",
];
const LABELS = ["AB", "Nature & Progrès", "Demeter", "Bio Cohérence", "HVE"];

/** The inputs of a farm, shared by its create and edit forms. */
export const FarmInputs = () => (
  <>
    <SectionTitle label="champ.section.identity" />
    <FormRow>
      <TextInput source="name" validate={required()} />
      <TextInput source="payeeName" />
    </FormRow>
    <FormRow>
      <TextInput source="siret" helperText="champ.help.siret" />
      <SelectInput source="status" choices={farmStatuses} validate={required()} defaultValue="active" />
    </FormRow>
    <TextArrayInput source="productions" options={PRODUCTIONS} helperText="champ.help.list" />
    <TextArrayInput source="labels" options={LABELS} helperText="champ.help.list" />

    <SectionTitle label="champ.section.networks" />
    <ReferenceArrayInput source="networkIds" reference="networks" sort={{ field: "name", order: "ASC" }}>
      <AutocompleteArrayInput />
    </ReferenceArrayInput>

    <SectionTitle label="champ.section.contact" />
    <FormRow>
      <TextInput source="email" slotProps={{ htmlInput: { inputMode: "email", autoComplete: "off" } }} />
      <TextInput source="phone" slotProps={{ htmlInput: { inputMode: "tel", autoComplete: "off" } }} />
    </FormRow>

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
    <MapPlacement kind="farm" />
  </>
);
