import { formatEuros, spokenDate, spokenInstant, spokenTime, type Lang } from "@champ-commun/kit";

/*
 * Words and numbers as a French reader expects them in mails, feeds and documents: dates
 * ("mardi 1er avril 2026"), times ("18 h 30"), amounts ("18,50 €") and units that agree with their
 * quantity ("2 paniers", "1,5 kg"). English is available for people who chose it.
 */

const ABBREVIATIONS = /^(k?g|mg|c?l|ml|dl|cl|l|L|kg|g|m|cm|€)\.?$/;
const INVARIABLE_ENDINGS = /[sxz]$/i;

/** One French word in the plural: panier → paniers, bocal → bocaux, pot → pots, colis → colis. */
function pluralWord(word: string): string {
  if (!word || ABBREVIATIONS.test(word) || INVARIABLE_ENDINGS.test(word)) return word;
  if (/(eau|au|eu)$/i.test(word) && !/^(bleu|pneu)$/i.test(word)) return `${word}x`;
  if (/al$/i.test(word) && !/^(bal|festival|carnaval|régal)$/i.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

/** A unit agreeing with its quantity: only its first word varies ("panier de légumes" → "paniers de légumes"). */
export function unitFor(quantity: number, unit: string, lang: Lang = "fr"): string {
  const u = (unit ?? "").trim();
  if (!u) return "";
  const plural = lang === "fr" ? Math.abs(quantity) >= 2 : Math.abs(quantity) !== 1;
  if (!plural) return u;
  const [first, ...rest] = u.split(" ");
  if (lang === "en") return [ABBREVIATIONS.test(first) || /s$/.test(first) ? first : `${first}s`, ...rest].join(" ");
  return [pluralWord(first), ...rest].join(" ");
}

export function number(n: number, lang: Lang = "fr"): string {
  return new Intl.NumberFormat(lang === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 3 }).format(n);
}

/** "2 paniers", "1 douzaine", "1,5 kg". */
export function quantity(n: number, unit: string, lang: Lang = "fr"): string {
  const u = unitFor(n, unit, lang);
  return u ? `${number(n, lang)} ${u}` : number(n, lang);
}

/** "3 distributions", "1 place": a count and its noun (given in both forms). */
export function count(n: number, singular: string, plural: string, lang: Lang = "fr"): string {
  const isPlural = lang === "fr" ? Math.abs(n) >= 2 : Math.abs(n) !== 1;
  return `${number(n, lang)} ${isPlural ? plural : singular}`;
}

/** "18,50 €" / "€18.50": the kit's one euro formatter. */
export const money = (cents: number, lang: Lang = "fr"): string => formatEuros(cents, lang);

/** "mardi 1er avril 2026" / "Tuesday, 1 April 2026" (a calendar date, no time zone: the kit's calendar words). */
export const longDate = (date: string, lang: Lang = "fr"): string => spokenDate(date, lang, "long");

/** "1er avril 2026" / "1 April 2026". */
export const shortDate = (date: string, lang: Lang = "fr"): string => spokenDate(date, lang, "medium");

/** "18 h 30", "9 h" / "18:30". */
export const time = spokenTime;

/** "de 18 h 30 à 20 h" / "from 18:30 to 20:00". */
export function timeRange(start: string, end: string | null | undefined, lang: Lang = "fr"): string {
  if (!end) return lang === "fr" ? `à ${time(start, lang)}` : `at ${time(start, lang)}`;
  return lang === "fr"
    ? `de ${time(start, lang)} à ${time(end, lang)}`
    : `from ${time(start, lang)} to ${time(end, lang)}`;
}

/** An instant as a calendar date and time in a zone: "6 janvier 2026 à 18 h 30". */
export const instant = (at: Date, timeZone: string, lang: Lang = "fr"): string => spokenInstant(at, timeZone, lang);
