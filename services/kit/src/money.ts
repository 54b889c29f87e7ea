import { badInput, type Msg } from "./errors";

/**
 * The largest amount the software records, per price and per total: 999 999,99 €. Far above any
 * AMAP's contract, and far below what a 32-bit GraphQL Int holds, so that no sum of a few of them
 * overflows on its way out (issue 11: a price of 2³¹−1 cents made the AMAP's subscription list null).
 */
export const MAX_CENTS = 99_999_999;

export const tooLarge = (): Msg => ({ fr: "Le montant dépasse 999 999,99 € : vérifiez la saisie.", en: "The amount exceeds €999,999.99: check what was typed." });

/** Splits a total in cents into `count` installments that sum exactly to it; the remainder goes on the first. */
export function splitCents(totalCents: number, count: number): number[] {
  if (!Number.isInteger(totalCents) || totalCents < 0) throw new RangeError("total must be a non-negative integer of cents");
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
    throw badInput(field, {
      fr: "Le montant doit être un nombre entier de centimes, positif ou nul.",
      en: "The amount must be a whole, non-negative number of cents.",
    });
  }
}

export function formatEuros(cents: number, lang: "fr" | "en" = "fr"): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}
