import { EntityManager, In } from "typeorm";
import { Check, conflict, getOrThrow, notFound, uuidv7 } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Membership, MembershipStatus } from "../entities/membership.entity";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { CoSubscriber } from "../entities/co-subscriber.entity";
import { recordAudit } from "../audit/audit";
import type { TemplateTerms, TemplateTermsSource } from "./template-terms";
import { t as msg } from "../i18n";

const WHAT = msg("subscriptionSharing.subscription");

/** A household of the template's AMAP holding a pending or paid membership for the template's period. */
export async function checkMember(
  em: EntityManager,
  check: Check,
  terms: TemplateTerms,
  householdId: string,
  field: string,
): Promise<void> {
  const household = await em.getRepository(Household).findOne({ where: { id: householdId } });
  if (!household || household.amapId !== terms.amapId) {
    return check.fail(field, msg("subscriptionSharing.householdDoesNotBelong"));
  }
  const member = await em.getRepository(Membership).exists({
    where: {
      amapId: terms.amapId,
      householdId,
      status: In([MembershipStatus.pending, MembershipStatus.paid]),
      ...(terms.membershipPeriodId ? { periodId: terms.membershipPeriodId } : {}),
    },
  });
  if (!member) {
    check.fail(field, msg("subscriptionSharing.householdHasNoMembership"));
  }
}

export interface Sharing {
  partnerHouseholdId?: string | null;
  coSubscriberHouseholdIds?: string[] | null;
}

/**
 * An alternating partner (one basket, dates shared in turn) and co-subscribers (several households
 * on one subscription) must be other member households of the AMAP, each named once.
 */
export async function checkSharing(
  em: EntityManager,
  check: Check,
  terms: TemplateTerms,
  holderId: string,
  sharing: Sharing,
): Promise<void> {
  const seen = new Set([holderId]);
  const { partnerHouseholdId: partner, coSubscriberHouseholdIds: cos } = sharing;
  if (partner) {
    check.id("partnerHouseholdId", partner);
    if (seen.has(partner))
      check.fail("partnerHouseholdId", msg("subscriptionSharing.alternatingPartnerAnotherHousehold"));
    else await checkMember(em, check, terms, partner, "partnerHouseholdId");
    seen.add(partner);
  }
  for (const [i, id] of (cos ?? []).entries()) {
    const field = `coSubscriberHouseholdIds.${i}`;
    check.id(field, id, { required: true });
    if (seen.has(id)) check.fail(field, msg("subscriptionSharing.householdAlreadySubscription"));
    else await checkMember(em, check, terms, id, field);
    seen.add(id);
  }
}

/** Writes the co-subscribers of a new or changed subscription (replacing the previous ones). */
export async function writeCoSubscribers(
  em: EntityManager,
  sub: Subscription,
  householdIds: string[],
  replacing = true,
): Promise<void> {
  // A new subscription has none to replace: no DELETE, whose gap locks would make concurrent sign-ups deadlock.
  if (replacing) await em.getRepository(CoSubscriber).delete({ subscriptionId: sub.id });
  if (householdIds.length) {
    await em
      .getRepository(CoSubscriber)
      .insert(
        householdIds.map((householdId) => ({ id: uuidv7(), amapId: sub.amapId, subscriptionId: sub.id, householdId })),
      );
  }
}

/** Changes who shares a subscription, while it is not ended. */
export async function updateSharing(
  em: EntityManager,
  terms: TemplateTermsSource,
  id: string,
  sharing: Sharing,
  actorId: string | null,
): Promise<Subscription> {
  return em.transaction(async (tx) => {
    const sub = await getOrThrow(tx.getRepository(Subscription), id, WHAT);
    if (sub.status === SubscriptionStatus.terminated || sub.status === SubscriptionStatus.finished) {
      throw conflict(msg("subscriptionSharing.subscriptionHasEnded"), "id");
    }
    const t = await terms.get(sub.templateId);
    if (!t) throw notFound(msg("subscriptionSharing.contractTemplate"), sub.templateId);
    const check = new Check();
    await checkSharing(tx, check, t, sub.householdId, sharing);
    check.done();
    const before = {
      ...sub,
      coSubscriberHouseholdIds: (await tx.getRepository(CoSubscriber).find({ where: { subscriptionId: id } })).map(
        (c) => c.householdId,
      ),
    };
    if (sharing.partnerHouseholdId !== undefined) sub.partnerHouseholdId = sharing.partnerHouseholdId ?? null;
    await tx.getRepository(Subscription).save(sub);
    if (sharing.coSubscriberHouseholdIds) await writeCoSubscribers(tx, sub, sharing.coSubscriberHouseholdIds);
    await recordAudit(tx, {
      amapId: sub.amapId,
      actorId,
      entity: "Subscription",
      entityId: sub.id,
      action: "share",
      before,
      after: { ...sub, coSubscriberHouseholdIds: sharing.coSubscriberHouseholdIds ?? before.coSubscriberHouseholdIds },
    });
    return sub;
  });
}
