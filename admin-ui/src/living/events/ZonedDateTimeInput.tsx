import { TextField } from "@mui/material";
import { FieldTitle, useInput, useTranslate, type InputProps } from "react-admin";
import { useWatch } from "react-hook-form";
import { fromLocalInput, toLocalInput } from "../time";

/**
 * A date and time typed in the event's own time zone (the form's `timeZone`, else the record's),
 * kept as an instant: 19:00 for an AMAP in La Réunion is 15:00Z, whatever the browser's zone.
 */
export const ZonedDateTimeInput = (props: InputProps & { zone?: string }) => {
  const translate = useTranslate();
  const watched = useWatch({ name: "timeZone" }) as string | undefined;
  const zone = watched || props.zone || "Europe/Paris";
  const { field, fieldState, id, isRequired } = useInput(props);
  const message = fieldState.error?.message;
  return (
    <TextField
      id={id}
      name={field.name}
      type="datetime-local"
      size="small"
      value={toLocalInput(field.value, zone)}
      onChange={(e) => field.onChange(fromLocalInput(e.target.value, zone) ?? (e.target.value || null))}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!message}
      helperText={message ? translate(message, { _: message }) : " "}
      label={
        <FieldTitle
          label={props.label as string | undefined}
          source={props.source}
          resource={props.resource}
          isRequired={isRequired}
        />
      }
      slotProps={{ inputLabel: { shrink: true } }}
      sx={{ minWidth: 0 }}
    />
  );
};
