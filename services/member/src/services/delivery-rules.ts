import { EntityManager, In, MoreThan } from "typeorm";
import { Check, conflict, getOrThrow, notFound, spokenDate, spokenInstant, type Msg } from "@champ-commun/kit";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Absence } from "../entities/absence.entity";
import { Postponement, PostponementStatus } from "../entities/postponement.entity";
import { BasketHandover, BasketHandoverStatus } from "../entities/basket-handover.entity";
import { Amendment, AmendmentKind, AmendmentStatus } from "../entities/amendment.entity";
import type { AmapSource, DistributionInfo } from "./amap-source";
import type { TemplateTerms, TemplateTermsDelivery, TemplateTermsSource } from "./template-terms";
import { t } from "../i18n";

const RUNNING = new Set<string>([
  SubscriptionStatus.signed,
  SubscriptionStatus.countersigned,
  SubscriptionStatus.active,
]);

/** One delivery of a subscription (its lines at one distribution), with what the rules need to decide on it. */
export interface SubscriptionDelivery {
  sub: Subscription;
  terms: TemplateTerms;
  delivery: TemplateTermsDelivery;
  distribution: DistributionInfo;
  lines: DeliveryLine[];
}

/**
 * Loads a delivery a household wants to skip, move or hand over: a running subscription, a
 * delivery of its template with something to collect, not cancelled, and not already skipped,
 * moved or offered.
 */
export async function loadDelivery(
  em: EntityManager,
  termsSource: TemplateTermsSource,
  amap: AmapSource,
  subscriptionId: string,
  distributionId: string,
  field = "distributionId",
): Promise<SubscriptionDelivery> {
  const check = new Check();
  check.id("subscriptionId", subscriptionId, { required: true });
  check.id(field, distributionId, { required: true });
  check.done();
  const sub = await getOrThrow(em.getRepository(Subscription), subscriptionId, t("subscriptionSharing.subscription"));
  if (!RUNNING.has(sub.status)) throw conflict(t("deliveryRules.subscriptionNotRunning"), "subscriptionId");
  const terms = await termsSource.get(sub.templateId);
  if (!terms) throw notFound(t("subscriptionSharing.contractTemplate"), sub.templateId);
  const delivery = terms.deliveries.find((d) => d.distributionId === distributionId);
  const lines = await em
    .getRepository(DeliveryLine)
    .find({ where: { subscriptionId, distributionId, quantity: MoreThan(0) } });
  if (!delivery || !lines.length) check.fail(field, t("deliveryRules.subscriptionHasNothingDeliver"));
  else if (delivery.status === "cancelled")
    check.fail(field, t("deliveryRules.deliveryCancelled", { date: (l) => spokenDate(delivery.date, l) }));
  check.done();
  const amendments = await em
    .getRepository(Amendment)
    .find({ where: { subscriptionId, distributionId }, order: { id: "ASC" } });
  const latest = amendments[amendments.length - 1];
  if (latest && (latest.kind === AmendmentKind.cancelled || latest.status === AmendmentStatus.refused)) {
    check.fail(field, t("deliveryRules.deliveryDoesNotTake", { date: (l) => spokenDate(delivery!.date, l) }));
  }
  check.done();
  const distribution = await amap.distribution(distributionId);
  if (!distribution) throw notFound(t("duty.distribution"), distributionId);
  return { sub, terms, delivery: delivery!, distribution, lines };
}

/**
 * An instant the amap subgraph computes (a delivery's deadlines, in the AMAP's time zone): read,
 * never counted again here. Missing means an amap subgraph that does not serve it: no guess.
 */
export function instantGiven(value: string | null | undefined, what: string): Date {
  if (!value) throw new Error(`the amap subgraph gave no ${what}`);
  return new Date(value);
}

/** The last instant to skip or move a delivery, as the amap subgraph computed it (`absenceNoticeHours` before the distribution starts, in the AMAP's zone). */
export function absenceDeadline(delivery: TemplateTermsDelivery): Date {
  return instantGiven(delivery.absenceDeadline, "absence deadline");
}

/** Absences and postponements are asked at least `absenceNoticeHours` before the distribution starts. */
export function checkNotice(d: SubscriptionDelivery, now: Date, field = "distributionId"): void {
  const deadline = absenceDeadline(d.delivery);
  if (now > deadline) {
    const h = d.terms.absenceNoticeHours ?? 0;
    const check = new Check();
    check.fail(
      field,
      t("deliveryRules.tooLateDeclaredAt", { h, deadline: (l) => spokenInstant(deadline, d.terms.timeZone, l) }),
    );
    check.done();
  }
}

/** A delivery is skipped, moved or offered once. */
export async function checkNotTaken(
  em: EntityManager,
  subscriptionId: string,
  distributionId: string,
  field = "distributionId",
): Promise<void> {
  const msg = (m: Msg) => conflict(m, field);
  if (await em.getRepository(Absence).exists({ where: { subscriptionId, distributionId } }))
    throw msg(t("deliveryRules.absenceAlreadyDeclaredDelivery"));
  const moved = await em.getRepository(Postponement).exists({
    where: {
      subscriptionId,
      fromDistributionId: distributionId,
      status: In([PostponementStatus.requested, PostponementStatus.approved]),
    },
  });
  if (moved) throw msg(t("deliveryRules.deliveryAlreadyPostponedAsked"));
  const offered = await em.getRepository(BasketHandover).exists({
    where: { subscriptionId, distributionId, status: In([BasketHandoverStatus.offered, BasketHandoverStatus.taken]) },
  });
  if (offered) throw msg(t("deliveryRules.basketAlreadyOfferedAnother"));
}

/** Absences and postponements share the template's count (jokers). */
export async function checkAbsenceCount(em: EntityManager, d: SubscriptionDelivery): Promise<void> {
  if (d.terms.maxAbsences === null || d.terms.maxAbsences === undefined) return;
  const absences = await em.getRepository(Absence).count({ where: { subscriptionId: d.sub.id } });
  const moves = await em.getRepository(Postponement).count({
    where: { subscriptionId: d.sub.id, status: In([PostponementStatus.requested, PostponementStatus.approved]) },
  });
  if (absences + moves >= d.terms.maxAbsences) {
    throw conflict(
      t("deliveryRules.contractAllowsAtMost", { maxAbsences: d.terms.maxAbsences, absences: absences + moves }),
      "subscriptionId",
    );
  }
}
