import { Check } from "@champ-commun/kit";
import { t } from "../i18n";

// Checks this subgraph adds to the kit's Check, written the same way: record the fault, return the value.

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day written HH:MM (24 h). */
export function checkTime(
  check: Check,
  field: string,
  value: string | undefined | null,
  required = false,
): string | undefined {
  if (value === undefined || value === null) {
    if (required) check.fail(field, t("checks.timeRequired"));
    return undefined;
  }
  const v = value.trim();
  if (!TIME_RE.test(v)) check.fail(field, t("checks.invalidTimeHhMm"));
  return v;
}

/** The time window of a distribution ends after it starts (both valid HH:MM, so strings compare). */
export function checkTimeWindow(check: Check, start: string | undefined, end: string | undefined): void {
  if (start && end && TIME_RE.test(start) && TIME_RE.test(end) && end <= start) {
    check.fail("endTime", t("checks.endTimeMustCome"));
  }
}

/** A French postal code: 5 digits (empty is allowed). */
export function checkPostalCode(check: Check, value: string | undefined): string | undefined {
  const v = check.text("postalCode", value, { max: 10 });
  if (v && !/^\d{5}$/.test(v)) check.fail("postalCode", t("checks.frenchPostalCode5"));
  return v;
}

/** Two dates in order (both optional). */
export function checkDateOrder(
  check: Check,
  field: string,
  first: string | null | undefined,
  last: string | null | undefined,
): void {
  if (first && last && last < first) check.fail(field, t("checks.dateMustComeAfter"));
}

/**
 * In an update input, `null` on a field that cannot be empty means "unchanged" (like absent); only
 * the `clearable` fields may be set to null.
 */
export function nullMeansUnchanged<T extends object>(input: T, clearable: readonly string[] = []): T {
  for (const [k, v] of Object.entries(input)) {
    if (v === null && !clearable.includes(k)) (input as Record<string, unknown>)[k] = undefined;
  }
  return input;
}

/** The defined entries of an input, to lay over defaults or a current record. */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
