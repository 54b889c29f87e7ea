import { isCalendarDate } from "@champ-commun/kit";
import { HouseholdStatus } from "../entities/household.entity";
import { PaymentMeans } from "../entities/installment.entity";
import { normalizeHeader } from "./import-fields";
import { t as msg } from "../i18n";

/*
 * The values of a spreadsheet cell as treasurers type them: "20,00 €", "oui", "02/04/2026",
 * "chèque". Each parser returns the value, or null with the reason (French and English) when the
 * cell cannot be read; an empty cell is `undefined` (nothing given).
 */

export type Parsed<T> = { value: T } | { error: { fr: string; en: string } } | undefined;

const pad = (n: number) => String(n).padStart(2, "0");

/** `02/04/2026`, `2/4/26`, `2026-04-02` → `2026-04-02`; anything else null. */
export function calendarDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t);
  if (m) return valid(`${m[1]}-${pad(+m[2])}-${pad(+m[3])}`);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) return valid(`${m[3].length === 2 ? `20${m[3]}` : m[3]}-${pad(+m[2])}-${pad(+m[1])}`);
  return null;
}

function valid(date: string): string | null {
  if (!isCalendarDate(date)) return null;
  const [y, mo, d] = date.split("-").map(Number);
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? date : null;
}

/** A header that is a date (a delivery date of a grid by dates), possibly with words around it ("Livraison du 02/04/2026"). */
export function dateOfHeader(header: string): string | null {
  const whole = calendarDate(header);
  if (whole) return whole;
  const m = /(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2}))/.exec(header);
  return m ? calendarDate(m[1]) : null;
}

export function parseDate(text: string): Parsed<string> {
  if (!text.trim()) return undefined;
  const d = calendarDate(text);
  return d ? { value: d } : { error: msg("importValues.invalidDateDdMm") };
}

/** Euros as typed in France or in English, with or without the sign: "20", "20,5", "1 234,50 €", "20.50" → cents. */
export function parseEuros(text: string): Parsed<number> {
  const t = text.replace(/\s|\u00a0|\u202f|€|eur(os?)?/gi, "");
  if (!t) return undefined;
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(t);
  if (!m) return { error: msg("importValues.invalidAmountEurosE") };
  return { value: Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0")) };
}

export function parseCount(text: string): Parsed<number> {
  const t = text.trim().replace(/,0+$/, "").replace(/\.0+$/, "");
  if (!t) return undefined;
  if (!/^-?\d+$/.test(t)) return { error: msg("importValues.wholeNumberExpected") };
  return { value: Number(t) };
}

const YES = new Set(["oui", "o", "yes", "y", "x", "1", "vrai", "true", "paye", "payee", "regle", "reglee", "ok"]);
const NO = new Set(["non", "n", "no", "0", "faux", "false", "en attente", "a payer", "impaye", "impayee"]);

export function parseYesNo(text: string): Parsed<boolean> {
  const t = normalizeHeader(text);
  if (!t) return undefined;
  if (YES.has(t)) return { value: true };
  if (NO.has(t)) return { value: false };
  return { error: msg("importValues.yesNoExpected") };
}

const MEANS: Record<string, PaymentMeans> = {
  cheque: PaymentMeans.cheque,
  cheques: PaymentMeans.cheque,
  chq: PaymentMeans.cheque,
  check: PaymentMeans.cheque,
  virement: PaymentMeans.transfer,
  vir: PaymentMeans.transfer,
  transfer: PaymentMeans.transfer,
  "virement bancaire": PaymentMeans.transfer,
  especes: PaymentMeans.cash,
  liquide: PaymentMeans.cash,
  cash: PaymentMeans.cash,
  prelevement: PaymentMeans.direct_debit,
  "prelevement automatique": PaymentMeans.direct_debit,
  "direct debit": PaymentMeans.direct_debit,
  "monnaie locale": PaymentMeans.local_currency,
  "local currency": PaymentMeans.local_currency,
};

export function parseMeans(text: string): Parsed<PaymentMeans> {
  const t = normalizeHeader(text);
  if (!t) return undefined;
  const m = MEANS[t];
  return m ? { value: m } : { error: msg("importValues.unknownMeansPaymentCheque") };
}

const STATUSES: Record<string, HouseholdStatus> = {
  actif: HouseholdStatus.active,
  active: HouseholdStatus.active,
  adherent: HouseholdStatus.active,
  "liste d attente": HouseholdStatus.waiting_list,
  "en attente": HouseholdStatus.waiting_list,
  "waiting list": HouseholdStatus.waiting_list,
  intermittent: HouseholdStatus.intermittent,
  intermittente: HouseholdStatus.intermittent,
  ancien: HouseholdStatus.former,
  ancienne: HouseholdStatus.former,
  former: HouseholdStatus.former,
  inactif: HouseholdStatus.former,
};

export function parseStatus(text: string): Parsed<HouseholdStatus> {
  const t = normalizeHeader(text);
  if (!t) return undefined;
  const s = STATUSES[t];
  return s ? { value: s } : { error: msg("importValues.unknownStatusActiveWaiting") };
}
