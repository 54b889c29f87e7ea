import { EntityManager, In, MoreThan } from "typeorm";
import { Check, conflict, getOrThrow, notFound, spokenDate, spokenInstant } from "@champ-commun/kit";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Absence } from "../entities/absence.entity";
import { Postponement, PostponementStatus } from "../entities/postponement.entity";
import { BasketHandover, BasketHandoverStatus } from "../entities/basket-handover.entity";
import { Amendment, AmendmentKind, AmendmentStatus } from "../entities/amendment.entity";
import type { AmapSource, DistributionInfo } from "./amap-source";
import type { TemplateTerms, TemplateTermsDelivery, TemplateTermsSource } from "./template-terms";

const RUNNING = new Set<string>([SubscriptionStatus.signed, SubscriptionStatus.countersigned, SubscriptionStatus.active]);

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
export async function loadDelivery(em: EntityManager, termsSource: TemplateTermsSource, amap: AmapSource, subscriptionId: string, distributionId: string, field = "distributionId"): Promise<SubscriptionDelivery> {
  const check = new Check();
  check.id("subscriptionId", subscriptionId, { required: true });
  check.id(field, distributionId, { required: true });
  check.done();
  const sub = await getOrThrow(em.getRepository(Subscription), subscriptionId, { fr: "Souscription", en: "Subscription" });
  if (!RUNNING.has(sub.status)) throw conflict({ fr: "Cette souscription n'est pas en cours.", en: "This subscription is not running." }, "subscriptionId");
  const terms = await termsSource.get(sub.templateId);
  if (!terms) throw notFound({ fr: "Contrat vierge", en: "Contract template" }, sub.templateId);
  const delivery = terms.deliveries.find((d) => d.distributionId === distributionId);
  const lines = await em.getRepository(DeliveryLine).find({ where: { subscriptionId, distributionId, quantity: MoreThan(0) } });
  if (!delivery || !lines.length) check.fail(field, "Cette souscription n'a rien à livrer à cette distribution.", "This subscription has nothing to deliver at this distribution.");
  else if (delivery.status === "cancelled") check.fail(field, `La livraison du ${spokenDate(delivery.date)} est annulée.`, `The delivery of ${spokenDate(delivery.date, "en")} is cancelled.`);
  check.done();
  const amendments = await em.getRepository(Amendment).find({ where: { subscriptionId, distributionId }, order: { id: "ASC" } });
  const latest = amendments[amendments.length - 1];
  if (latest && (latest.kind === AmendmentKind.cancelled || latest.status === AmendmentStatus.refused)) {
    check.fail(field, `La livraison du ${spokenDate(delivery!.date)} n'a pas lieu (avenant).`, `The delivery of ${spokenDate(delivery!.date, "en")} does not take place (amendment).`);
  }
  check.done();
  const distribution = await amap.distribution(distributionId);
  if (!distribution) throw notFound({ fr: "Distribution", en: "Distribution" }, distributionId);
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
      `Trop tard : à signaler au moins ${h} h avant la distribution, soit avant le ${spokenInstant(deadline, d.terms.timeZone, "fr")}.`,
      `Too late: to be declared at least ${h} hours before the distribution, i.e. before ${spokenInstant(deadline, d.terms.timeZone, "en")}.`,
    );
    check.done();
  }
}

/** A delivery is skipped, moved or offered once. */
export async function checkNotTaken(em: EntityManager, subscriptionId: string, distributionId: string, field = "distributionId"): Promise<void> {
  const msg = (fr: string, en: string) => conflict({ fr, en }, field);
  if (await em.getRepository(Absence).exists({ where: { subscriptionId, distributionId } })) throw msg("Une absence est déjà déclarée pour cette livraison.", "An absence is already declared for this delivery.");
  const moved = await em.getRepository(Postponement).exists({ where: { subscriptionId, fromDistributionId: distributionId, status: In([PostponementStatus.requested, PostponementStatus.approved]) } });
  if (moved) throw msg("Cette livraison est déjà reportée (ou en demande de report).", "This delivery is already postponed (or asked to be).");
  const offered = await em.getRepository(BasketHandover).exists({ where: { subscriptionId, distributionId, status: In([BasketHandoverStatus.offered, BasketHandoverStatus.taken]) } });
  if (offered) throw msg("Ce panier est déjà proposé à un autre foyer.", "This basket is already offered to another household.");
}

/** Absences and postponements share the template's count (jokers). */
export async function checkAbsenceCount(em: EntityManager, d: SubscriptionDelivery): Promise<void> {
  if (d.terms.maxAbsences === null || d.terms.maxAbsences === undefined) return;
  const absences = await em.getRepository(Absence).count({ where: { subscriptionId: d.sub.id } });
  const moves = await em.getRepository(Postponement).count({ where: { subscriptionId: d.sub.id, status: In([PostponementStatus.requested, PostponementStatus.approved]) } });
  if (absences + moves >= d.terms.maxAbsences) {
    throw conflict(
      { fr: `Ce contrat permet ${d.terms.maxAbsences} absence(s) ou report(s) au plus : déjà ${absences + moves}.`, en: `This contract allows at most ${d.terms.maxAbsences} absence(s) or postponement(s): ${absences + moves} already.` },
      "subscriptionId",
    );
  }
}
