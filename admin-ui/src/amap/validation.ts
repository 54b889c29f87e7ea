/**
 * Field checks of the AMAP forms, pure (jest runs them): each returns an i18n key of
 * `champ.amap.errors.*` (react-admin translates it under the input) or undefined when the value is
 * fine. The API checks again and its field messages land under the same inputs.
 */

/** Euros typed the French way ("12,50", "12.5", "12") to cents; null when it is not an amount. */
export function toCents(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? Math.round(value) : null;
  if (typeof value !== "string") return null;
  const v = value.replace(/\s|€/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d{0,2})?$/.test(v)) return null;
  return Math.round(Number(v) * 100);
}

/** Cents as a French amount to edit ("4,90"). */
export function centsText(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return "";
  return (cents / 100).toFixed(2).replace(".", ",");
}

/** What react-admin passes a validator about its input: `finalSource` is the full path inside arrays (lines.0.maxQuantity). */
type InputProps = { source?: string; finalSource?: string };

const empty = (v: unknown) => v === null || v === undefined || v === "";

/** An amount in euros, positive (a price: strictly). */
export const positivePrice = (v: unknown) => {
  if (empty(v)) return undefined;
  const c = toCents(v);
  return c === null || c <= 0 ? "champ.amap.errors.price" : undefined;
};

export const positiveAmount = (v: unknown) => {
  if (empty(v)) return undefined;
  const c = toCents(v);
  return c === null || c < 0 ? "champ.amap.errors.amount" : undefined;
};

/** A whole number, 0 or more (quantities, hours, counts). */
export const wholeNumber = (v: unknown) => {
  if (empty(v)) return undefined;
  const n = typeof v === "number" ? v : Number(String(v).replace(",", "."));
  return Number.isInteger(n) && n >= 0 ? undefined : "champ.amap.errors.whole";
};

/** A French postal code: 5 digits. */
export const postalCode = (v: unknown) =>
  empty(v) || /^\d{5}$/.test(String(v).trim()) ? undefined : "champ.amap.errors.postalCode";

/** Coordinates typed by hand: within the Earth's ranges. */
export const latitude = (v: unknown) =>
  empty(v) || (Number(v) >= -90 && Number(v) <= 90) ? undefined : "champ.amap.errors.latitude";
export const longitude = (v: unknown) =>
  empty(v) || (Number(v) >= -180 && Number(v) <= 180) ? undefined : "champ.amap.errors.longitude";

/** An e-mail address (the API checks it again). */
export const emailAddress = (v: unknown) =>
  empty(v) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(v).trim()) ? undefined : "champ.amap.errors.email";

/** At least one: seats of a duty role, installments… */
export const atLeastOne = (v: unknown) =>
  empty(v) || (Number.isInteger(Number(v)) && Number(v) >= 1) ? undefined : "champ.amap.errors.atLeastOne";

/** A price change in percent, as the API takes it (more than -100, at most 100). */
export const percent = (v: unknown) => {
  if (empty(v)) return undefined;
  const n = Number(String(v).replace(",", "."));
  return Number.isFinite(n) && n > -100 && n <= 100 ? undefined : "champ.amap.errors.percent";
};

/** A cheque number: digits only (no sign, no letters). */
export const chequeNumber = (v: unknown) =>
  empty(v) || /^\d{1,20}$/.test(String(v).trim()) ? undefined : "champ.amap.errors.chequeNumber";

/** "18:30". */
export const timeOfDay = (v: unknown) =>
  empty(v) || /^([01]\d|2[0-3]):[0-5]\d$/.test(String(v).trim()) ? undefined : "champ.amap.errors.time";

/** A non-empty list (checkbox groups, lines). */
export const nonEmpty = (key: string) => (v: unknown) =>
  Array.isArray(v) && v.length > 0 ? undefined : `champ.amap.errors.${key}`;

/** A date that must come after another field's date (YYYY-MM-DD strings compare as dates). */
export const notBefore = (otherField: string, key: string) => (v: unknown, all: Record<string, unknown>) => {
  const other = all?.[otherField];
  return empty(v) || empty(other) || String(v) >= String(other) ? undefined : `champ.amap.errors.${key}`;
};

/** The line's maximum, at least its minimum. */
export const maxNotBelowMin = (v: unknown, all: Record<string, unknown>, props?: InputProps) => {
  if (empty(v)) return undefined;
  const source = props?.finalSource ?? props?.source ?? "";
  const min = lookup(all, source.replace(/maxQuantity$/, "minQuantity"));
  return !empty(min) && Number(v) < Number(min) ? "champ.amap.errors.maxBelowMin" : undefined;
};

/** A product chosen once per contract. */
export const productOnce = (v: unknown, all: Record<string, unknown>, props?: InputProps) => {
  if (empty(v)) return undefined;
  const lines = (all?.lines as Array<{ productId?: string }> | undefined) ?? [];
  const index = Number(/lines\.(\d+)\./.exec(props?.finalSource ?? props?.source ?? "")?.[1] ?? -1);
  return lines.some((l, i) => i < index && l?.productId === v) ? "champ.amap.errors.sameProduct" : undefined;
};

function lookup(obj: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), obj);
}
