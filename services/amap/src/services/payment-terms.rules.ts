import { Check, Msg } from "@champ-commun/kit";
import { ContractTemplate } from "../entities/contract-template.entity";
import { Distribution } from "../entities/distribution.entity";
import { paymentSeason } from "./deliveries";

// Payment terms of a contract template: who cheques are made out to, which means the farmer
// accepts, how many installments a member may choose and when the farmer cashes them. The tool
// never handles the money; it makes sure the schedule it will propose holds together.

type Season = { from: string; to: string } | null;

function outside(date: string, season: NonNullable<Season>): Msg {
  return {
    fr: `La date d'encaissement du ${date} tombe hors de la saison (du ${season.from} au ${season.to}).`,
    en: `The cashing date ${date} falls outside the season (${season.from} to ${season.to}).`,
  };
}

/** Each cashing date within the season (from the opening of subscriptions to the last delivery). */
export function checkCashingDatesInSeason(check: Check, cashingDates: string[], season: Season): void {
  if (!season) return;
  cashingDates.forEach((d, i) => {
    if (d < season.from || d > season.to) check.errors.add(`cashingDates.${i}`, outside(d, season));
  });
}

/**
 * What keeps a template's payment terms from being offered to members, by field (empty when
 * valid): a payee, at least one means and one installment count, cashing dates within the season
 * and, when the farmer gives cashing dates, one for each installment of the longest schedule.
 */
export function paymentTermsProblems(template: ContractTemplate, distributions: Distribution[]): Record<string, Msg> {
  const problems: Record<string, Msg> = {};
  if (!template.payeeName.trim()) problems.payeeName = { fr: "Indiquez l'ordre des chèques.", en: "Give the payee name for cheques." };
  if (!template.acceptedMeans.length) problems.acceptedMeans = { fr: "Indiquez au moins un moyen de paiement.", en: "Give at least one payment means." };
  if (!template.allowedInstallmentCounts.length) {
    problems.allowedInstallmentCounts = { fr: "Indiquez au moins un nombre d'échéances.", en: "Give at least one installment count." };
  }
  const season = paymentSeason(distributions, template.subscriptionOpensOn);
  const dates = template.cashingDates;
  const bad = season ? dates.find((d) => d < season.from || d > season.to) : undefined;
  if (bad && season) problems.cashingDates = outside(bad, season);
  const most = Math.max(0, ...template.allowedInstallmentCounts);
  if (!problems.cashingDates && dates.length && dates.length < most) {
    problems.cashingDates = {
      fr: `${dates.length} date(s) d'encaissement pour un paiement en ${most} fois : donnez-en une par échéance, ou aucune (encaissement mensuel).`,
      en: `${dates.length} cashing date(s) for payment in ${most} installments: give one per installment, or none (monthly cashing).`,
    };
  }
  return problems;
}
