import { NumberInput, required, SelectInput, TextInput, useRecordContext } from "react-admin";
import { useWatch } from "react-hook-form";
import { FormRow } from "../../shared/FormRow";
import { SectionTitle } from "../../shared/SectionTitle";
import { TIME_ZONES } from "../time";
import { EVENT_KINDS } from "./scope";
import { ZonedDateTimeInput } from "./ZonedDateTimeInput";

/** The inputs of an event, shared by its create and edit forms (its kind and time zone are chosen once). */
export const EventInputs = ({ creating }: { creating?: boolean }) => {
  const record = useRecordContext();
  const zone = useWatch({ name: "timeZone" }) as string | undefined;
  // A zone outside the list (an AMAP abroad) is offered as it is.
  const zones = zone && !TIME_ZONES.some((z) => z.id === zone) ? [...TIME_ZONES, { id: zone, name: zone }] : TIME_ZONES;
  return (
    <>
      <FormRow>
        <SelectInput source="kind" choices={EVENT_KINDS} validate={required()} disabled={!creating} />
        <TextInput source="title" validate={required()} />
      </FormRow>
      <TextInput source="description" multiline minRows={3} helperText="living.events.descriptionHelp" />
      <SectionTitle label="living.events.when" />
      <FormRow>
        <SelectInput source="timeZone" choices={zones} disabled={!creating} helperText={false} />
      </FormRow>
      <FormRow>
        <ZonedDateTimeInput source="startsAt" validate={required()} zone={record?.timeZone} />
        <ZonedDateTimeInput source="endsAt" zone={record?.timeZone} />
      </FormRow>
      <SectionTitle label="living.events.where" />
      <FormRow>
        <TextInput source="location" helperText="living.events.locationHelp" />
        <TextInput
          source="videoUrl"
          helperText="living.events.videoHelp"
          slotProps={{ htmlInput: { inputMode: "url", autoComplete: "off" } }}
        />
      </FormRow>
      <FormRow>
        <NumberInput source="seats" min={1} step={1} helperText="living.events.seatsHelp" />
      </FormRow>
    </>
  );
};
