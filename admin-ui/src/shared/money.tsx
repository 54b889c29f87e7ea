import { FunctionField, NumberInput, useLocaleState, type NumberInputProps } from "react-admin";
import { euros } from "./format";

/** Amounts are cents in the API and euros on screen. */
export const CentsInput = (props: NumberInputProps) => (
  <NumberInput
    step={0.01}
    format={(v: number | null | undefined) =>
      (v === null || v === undefined || (v as unknown) === "" ? "" : v / 100) as number
    }
    parse={(v: string | number | null) =>
      v === "" || v === null ? null : Math.round(Number(String(v).replace(",", ".")) * 100)
    }
    {...props}
  />
);

export const CentsField = ({ source, label }: { source: string; label?: string }) => {
  const [locale] = useLocaleState();
  return (
    <FunctionField source={source} label={label} render={(r: Record<string, number>) => euros(r[source], locale)} />
  );
};
