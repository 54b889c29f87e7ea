import { TextInput, type TextInputProps } from "react-admin";
import { centsText, positiveAmount } from "./validation";

/**
 * An amount typed in euros the French way ("4,90"), kept as typed while the person types (a number
 * input would rewrite "4," as "4,00" under the cursor, and refuses a comma in some browsers). The
 * record's cents show as euros; the form's transform turns the text back into cents (`toCents`).
 */
export const EurosInput = ({ validate, ...props }: TextInputProps) => (
  <TextInput
    format={(v: unknown) => (typeof v === "number" ? centsText(v) : ((v as string | null | undefined) ?? ""))}
    parse={(v: string) => v}
    validate={validate ?? positiveAmount}
    slotProps={{ htmlInput: { inputMode: "decimal" } }}
    {...props}
  />
);
