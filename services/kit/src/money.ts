import { badInput } from "./errors";

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
