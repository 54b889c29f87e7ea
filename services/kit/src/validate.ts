import { MAX_CENTS, tooLarge } from "./money";
import { FieldErrors, type Msg } from "./errors";
import { isUuid } from "./ids";
import { isCalendarDate } from "./scalars";
import { DEFAULT_TIME_ZONE, isTimeZone } from "./calendar/dates";
import { t } from "./i18n";

/**
 * Field checks shared by every subgraph. Each adds a message a volunteer understands to `errors`
 * and returns the cleaned value, so a service validates a whole input and reports all faults at once.
 */
export class Check {
  readonly errors = new FieldErrors();

  text(
    field: string,
    value: string | undefined | null,
    opts: { required?: boolean; max?: number } = {},
  ): string | undefined {
    if (value === undefined || value === null) {
      if (opts.required) this.errors.add(field, t("validate.fieldRequired"));
      return value ?? undefined;
    }
    const v = value.trim();
    if (opts.required && !v) this.errors.add(field, t("validate.fieldRequired"));
    const max = opts.max ?? 200;
    if (v.length > max) this.errors.add(field, t("validate.atMostCharacters", { max }));
    return v;
  }

  email(field: string, value: string | undefined | null): string | undefined {
    const v = this.text(field, value, { max: 200 });
    if (v && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) this.errors.add(field, t("validate.invalidEMailAddress"));
    return v?.toLowerCase();
  }

  /** SIRET: 14 digits with a valid Luhn key (La Poste's SIRETs are the documented exception). */
  siret(field: string, value: string | undefined | null): string | undefined {
    if (value === undefined || value === null) return undefined;
    const v = value.replace(/\s/g, "");
    if (!v) return "";
    if (!/^\d{14}$/.test(v) || (!luhn(v) && !v.startsWith("356000000"))) {
      this.errors.add(field, t("validate.siret14ValidDigits"));
    }
    return v;
  }

  /** RNA: W followed by 9 characters (digits, or the old-style department prefix). */
  rna(field: string, value: string | undefined | null): string | undefined {
    if (value === undefined || value === null) return undefined;
    const v = value.replace(/\s/g, "").toUpperCase();
    if (v && !/^W[0-9A-Z]\d{8}$/.test(v)) this.errors.add(field, t("validate.rnaNumberWFollowed"));
    return v;
  }

  latitude(field: string, value: number | undefined | null): number | null | undefined {
    if (value !== undefined && value !== null && !(value >= -90 && value <= 90))
      this.errors.add(field, t("validate.latitudeBetween9090"));
    return value;
  }

  longitude(field: string, value: number | undefined | null): number | null | undefined {
    if (value !== undefined && value !== null && !(value >= -180 && value <= 180))
      this.errors.add(field, t("validate.longitudeBetween180180"));
    return value;
  }

  id(field: string, value: string | undefined | null, opts: { required?: boolean } = {}): string | undefined | null {
    if (value === undefined || value === null) {
      if (opts.required) this.errors.add(field, t("validate.fieldRequired"));
      return value;
    }
    if (!isUuid(value)) this.errors.add(field, t("validate.invalidId"));
    return value;
  }

  date(field: string, value: string | undefined | null, opts: { required?: boolean } = {}): string | undefined | null {
    if (value === undefined || value === null) {
      if (opts.required) this.errors.add(field, t("validate.dateRequired"));
      return value;
    }
    if (!isCalendarDate(value)) this.errors.add(field, t("validate.invalidDateYyyyMm"));
    return value;
  }

  /** An IANA time zone (the calendar of an AMAP or an event): a zone the software cannot count in is refused. */
  timeZone(field: string, value: string | undefined | null): string | undefined | null {
    if (value !== undefined && value !== null && !isTimeZone(value)) {
      this.errors.add(field, t("validate.unknownTimeZone", { example: DEFAULT_TIME_ZONE }));
    }
    return value;
  }

  /** An amount in cents: whole, at least `min` (0), at most MAX_CENTS (999 999,99 €, money.ts). */
  cents(
    field: string,
    value: number | undefined | null,
    opts: { required?: boolean; min?: number } = {},
  ): number | undefined | null {
    if (value === undefined || value === null) {
      if (opts.required) this.errors.add(field, t("validate.amountRequired"));
      return value;
    }
    const min = opts.min ?? 0;
    if (Number.isInteger(value) && Math.abs(value) > MAX_CENTS) this.errors.add(field, tooLarge());
    else if (!Number.isInteger(value) || value < min) {
      this.errors.add(field, t("validate.amountWholeNonNegative"));
    }
    return value;
  }

  int(
    field: string,
    value: number | undefined | null,
    opts: { min?: number; max?: number; required?: boolean } = {},
  ): number | undefined | null {
    if (value === undefined || value === null) {
      if (opts.required) this.errors.add(field, t("validate.fieldRequired"));
      return value;
    }
    const { min = 0, max = Number.MAX_SAFE_INTEGER } = opts;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.errors.add(field, t("validate.wholeNumberBetweenExpected", { min, max }));
    }
    return value;
  }

  /** Adds a rule's own message on a field: `check.fail("hours", t("absence.tooLate", { hours }))`. */
  fail(field: string, msg: Msg): void {
    this.errors.add(field, msg);
  }

  done(): void {
    this.errors.throwIfAny();
  }
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
