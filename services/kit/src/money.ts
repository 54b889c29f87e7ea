import { badInput, type Msg } from "./errors";
import { t } from "./i18n";

/**
 * The largest amount the software records, per price and per total: 999 999,99 €. Far above any
 * AMAP's contract, and far below what a 32-bit GraphQL Int holds, so that no sum of a few of them
 * overflows on its way out (issue 11: a price of 2³¹−1 cents made the AMAP's subscription list null).
 */
export const MAX_CENTS = 99_999_999;

export const tooLarge = (): Msg => t("money.amountExceeds999999");

/** Splits a total in cents into `count` installments that sum exactly to it; the remainder goes on the first. */
export function splitCents(totalCents: number, count: number): number[] {
  if (!Number.isInteger(totalCents) || totalCents < 0)
    throw new RangeError("total must be a non-negative integer of cents");
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a positive integer");
  const base = Math.floor(totalCents / count);
  const parts = Array.from({ length: count }, () => base);
  parts[0] += totalCents - base * count;
  return parts;
}

/** Checks an amount given by a user is whole cents, not negative. */
export function assertCents(field: string, value: number): void {
  if (Number.isInteger(value) && value > MAX_CENTS) throw badInput(field, tooLarge());
  if (!Number.isInteger(value) || value < 0) {
    throw badInput(field, t("money.amountMustWholeNon"));
  }
}

const euroFormats = new Map<string, Intl.NumberFormat>();

/**
 * The server's one euro formatter, from cents: "1 234,56 €" / "€1,234.56" for people (messages,
 * documents); `plain`: "1234,56" / "1234.56", a bare number a spreadsheet reads (CSV, tables
 * whose header says "(€)"). The browser has its own (admin-ui shared/format.ts).
 */
export function formatEuros(cents: number, lang: "fr" | "en" = "fr", style: "currency" | "plain" = "currency"): string {
  const key = `${lang}|${style}`;
  let f = euroFormats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      style === "currency"
        ? { style: "currency", currency: "EUR" }
        : { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false };
    euroFormats.set(key, (f = new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", options)));
  }
  return f.format(Math.round(cents) / 100);
}

/**
 * The GraphQL documentation of `PaymentMeans`, an enum both the amap and the member subgraphs
 * declare (federation merges them): written once here so that the two never tell partners two
 * different things (composition keeps only one description when they differ).
 */
export const PAYMENT_MEANS_DOC = {
  name: "PaymentMeans",
  description: "How a member pays the farmer; the tool records payments, it never handles the money.",
  valuesConfig: {
    cheque: { description: "Cheque made out to the farm's payee name (ordre des chèques), handed over by the AMAP." },
    transfer: { description: "Bank transfer to the farm." },
    cash: { description: "Cash." },
    direct_debit: { description: "Direct debit set up by the farmer." },
    local_currency: { description: "Local currency (monnaie locale complémentaire)." },
  },
};
