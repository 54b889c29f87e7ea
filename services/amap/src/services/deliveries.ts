import { EntityManager, In } from "typeorm";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { Distribution, DistributionStatus } from "../entities/distribution.entity";
import { ContractKind, ContractTemplate } from "../entities/contract-template.entity";
import type { TermsDelivery } from "../entities/contract-template-terms.type";
import { hoursBefore, zonedInstant } from "@champ-commun/kit";

// A delivery as it stands once moves and cancellations are applied: what subscriptions, recaps
// and the season's dates are computed from.

/** The date a distribution happens on: its substitute date when moved. */
export function effectiveDate(d: Distribution): string {
  return d.status === DistributionStatus.moved && d.movedToDate ? d.movedToDate : d.date;
}

/** The place a distribution happens at: its substitute place when moved there. */
export function effectivePlaceId(d: Distribution): string | null {
  return d.status === DistributionStatus.moved && d.movedToPlaceId ? d.movedToPlaceId : d.placeId;
}

/** When a distribution starts, as an instant: its effective date and start time in the AMAP's time zone. */
export function distributionStartsAt(d: Distribution, timeZone: string): Date {
  return zonedInstant(effectiveDate(d), d.startTime, timeZone);
}

/** When a distribution ends, as an instant. */
export function distributionEndsAt(d: Distribution, timeZone: string): Date {
  return zonedInstant(effectiveDate(d), d.endTime, timeZone);
}

/** When sign-ups for a distribution's duty shifts close: its start minus the roster's notice. */
export function signupClosesAt(d: Distribution, signupDeadlineHours: number, timeZone: string): Date {
  return hoursBefore(distributionStartsAt(d, timeZone), signupDeadlineHours);
}

type DeadlineTerms = Pick<ContractTemplate, "kind" | "absenceNoticeHours" | "flexibleDeadlineHours">;

/**
 * One delivery of a template, with the instants its deadlines fall on, counted from the
 * distribution's start in the AMAP's time zone: the one place the member subgraph reads them from.
 */
export function toDelivery(d: Distribution, template: DeadlineTerms, timeZone: string): TermsDelivery {
  const date = effectiveDate(d);
  const start = distributionStartsAt(d, timeZone);
  return {
    distributionId: d.id,
    date,
    originalDate: d.date,
    status: d.status,
    placeId: effectivePlaceId(d),
    startTime: d.startTime,
    endTime: d.endTime,
    startsAt: start,
    absenceDeadline: hoursBefore(start, template.absenceNoticeHours),
    editableUntil: template.kind === ContractKind.flexible ? hoursBefore(start, template.flexibleDeadlineHours) : null,
  };
}

/** Deliveries sorted by effective date (then start time). */
export function toDeliveries(
  distributions: Distribution[],
  template: DeadlineTerms,
  timeZone: string,
): TermsDelivery[] {
  return distributions
    .map((d) => toDelivery(d, template, timeZone))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
}

/** First and last effective dates of the deliveries that still happen; null when none does. */
export function deliverySpan(distributions: Distribution[]): { first: string; last: string } | null {
  const dates = distributions
    .filter((d) => d.status !== DistributionStatus.cancelled)
    .map(effectiveDate)
    .sort();
  return dates.length ? { first: dates[0], last: dates[dates.length - 1] } : null;
}

/**
 * The season payments may fall in: from the opening of subscriptions (or the first delivery,
 * whichever comes first) to the last delivery. Null while the template has no delivery.
 */
export function paymentSeason(
  distributions: Distribution[],
  subscriptionOpensOn: string | null,
): { from: string; to: string } | null {
  const span = deliverySpan(distributions);
  if (!span) return null;
  const from = subscriptionOpensOn && subscriptionOpensOn < span.first ? subscriptionOpensOn : span.first;
  return { from, to: span.last };
}

/** The distributions a template delivers at (two statements), in no particular order. */
export async function distributionsOfTemplate(em: EntityManager, templateId: string): Promise<Distribution[]> {
  const links = await em.getRepository(TemplateDistribution).find({ where: { templateId } });
  return links.length
    ? em.getRepository(Distribution).find({ where: { id: In(links.map((l) => l.distributionId)) } })
    : [];
}
