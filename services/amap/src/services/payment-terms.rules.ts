import { Check, Msg } from "@champ-commun/kit";
import { ContractTemplate } from "../entities/contract-template.entity";
import { Distribution } from "../entities/distribution.entity";
import { paymentSeason } from "./deliveries";
import { t } from "../i18n";

// Payment terms of a contract template: who cheques are made out to, which means the farmer
// accepts, how many installments a member may choose and when the farmer cashes them. The tool
// never handles the money; it makes sure the schedule it will propose holds together.

type Season = { from: string; to: string } | null;

function outside(date: string, season: NonNullable<Season>): Msg {
  return t("paymentTerms.cashingDateFallsOutside", { date, from: season.from, to: season.to });
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
  if (!template.payeeName.trim()) problems.payeeName = t("paymentTerms.givePayeeNameCheques");
  if (!template.acceptedMeans.length) problems.acceptedMeans = t("contractTemplate.giveAtLeastOne2");
  if (!template.allowedInstallmentCounts.length) {
    problems.allowedInstallmentCounts = t("paymentTerms.giveAtLeastOne");
  }
  const season = paymentSeason(distributions, template.subscriptionOpensOn);
  const dates = template.cashingDates;
  const bad = season ? dates.find((d) => d < season.from || d > season.to) : undefined;
  if (bad && season) problems.cashingDates = outside(bad, season);
  const most = Math.max(0, ...template.allowedInstallmentCounts);
  if (!problems.cashingDates && dates.length && dates.length < most) {
    problems.cashingDates = t("paymentTerms.cashingDatesCount", { datesCount: dates.length, most });
  }
  return problems;
}
