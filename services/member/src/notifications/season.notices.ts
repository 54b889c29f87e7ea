import { EntityManager, In } from "typeorm";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { Household } from "../entities/household.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Installment, InstallmentStatus } from "../entities/installment.entity";
import type { Amendment } from "../entities/amendment.entity";
import type { BasketHandover } from "../entities/basket-handover.entity";
import { Account } from "../accounts/account.entity";
import { RoleName } from "../accounts/role-grant.entity";
import { enqueue } from "./notify";
import { NotificationKind } from "./kinds";
import { amapMembers, householdPeople, roleHolders, uniqueRecipients } from "./recipients";

/*
 * The notices of the contracts' life, written into the outbox by the services in the same
 * transaction as the change (each function takes the transaction's EntityManager).
 */

async function householdName(em: EntityManager, id: string | null): Promise<string> {
  if (!id) return "";
  return (
    (await em.getRepository(Household).findOne({ select: { id: true, displayName: true }, where: { id } }))
      ?.displayName ?? ""
  );
}

/** A subscription just written or signed: confirmation (with its PDF) or a signature to give; its référents hear of it. */
export async function subscriptionNotices(em: EntityManager, sub: Subscription): Promise<void> {
  const people = await householdPeople(em, [sub.householdId]);
  if (sub.status === SubscriptionStatus.awaiting_member_signature) {
    const by = sub.enteredBy ? await em.getRepository(Account).findOne({ where: { id: sub.enteredBy } }) : null;
    await enqueue(
      em,
      {
        kind: NotificationKind.signature_awaited,
        about: sub.id,
        amapId: sub.amapId,
        data: {
          subscriptionId: sub.id,
          templateName: sub.templateName,
          totalCents: sub.totalCents,
          enteredByName: by ? [by.firstName, by.lastName].filter(Boolean).join(" ") : "",
        },
      },
      people,
    );
    return;
  }
  if (sub.status !== SubscriptionStatus.signed) return;
  const [dates, installments] = await Promise.all([
    em
      .getRepository(DeliveryLine)
      .createQueryBuilder("l")
      .select("DISTINCT l.date", "date")
      .where("l.subscriptionId = :id AND l.quantity > 0", { id: sub.id })
      .orderBy("l.date", "ASC")
      .getRawMany<{ date: string }>(),
    em
      .getRepository(Installment)
      .find({ where: { subscriptionId: sub.id, status: In([InstallmentStatus.to_provide]) }, order: { rank: "ASC" } }),
  ]);
  await enqueue(
    em,
    {
      kind: NotificationKind.subscription_confirmed,
      about: sub.id,
      amapId: sub.amapId,
      data: {
        subscriptionId: sub.id,
        templateName: sub.templateName,
        totalCents: sub.totalCents,
        deliveries: dates.length,
        firstDate: dates[0]?.date ?? null,
        payeeName: sub.terms.payeeName,
        installments: installments.map((i) => ({ dueOn: i.dueOn, amountCents: i.amountCents })),
      },
    },
    people,
  );
  const referents = await roleHolders(em, RoleName.referent, sub.templateId);
  await enqueue(
    em,
    {
      kind: NotificationKind.subscription_received,
      about: sub.id,
      amapId: sub.amapId,
      data: {
        templateName: sub.templateName,
        householdName: await householdName(em, sub.householdId),
        totalCents: sub.totalCents,
      },
    },
    referents,
  );
}

/** A waiting-list request became a subscription when a place freed. */
export async function waitingListNotice(em: EntityManager, sub: Subscription): Promise<void> {
  await enqueue(
    em,
    {
      kind: NotificationKind.waiting_list_place,
      about: sub.id,
      amapId: sub.amapId,
      data: { subscriptionId: sub.id, templateName: sub.templateName, totalCents: sub.totalCents },
    },
    await householdPeople(em, [sub.householdId]),
  );
}

/** New amendments: each household is asked for its consent. */
export async function amendmentNotices(em: EntityManager, amendments: Amendment[]): Promise<void> {
  if (!amendments.length) return;
  const subs = new Map(
    (
      await em.getRepository(Subscription).find({
        select: { id: true, templateName: true },
        where: { id: In([...new Set(amendments.map((a) => a.subscriptionId))]) },
      })
    ).map((s) => [s.id, s]),
  );
  for (const a of amendments) {
    await enqueue(
      em,
      {
        kind: NotificationKind.amendment_to_consent,
        about: a.id,
        amapId: a.amapId,
        data: {
          amendmentId: a.id,
          templateName: subs.get(a.subscriptionId)?.templateName ?? "",
          change: a.kind,
          reason: a.reason,
          originalDate: a.originalTerms.date,
          newDate: a.newTerms.date,
        },
      },
      await householdPeople(em, [a.householdId]),
    );
  }
}

/** A basket offered was taken: the giver and the taker hear of it. */
export async function basketNotices(em: EntityManager, h: BasketHandover): Promise<void> {
  const sub = await em
    .getRepository(Subscription)
    .findOne({ select: { id: true, templateName: true }, where: { id: h.subscriptionId } });
  const giver = await householdName(em, h.giverHouseholdId);
  const taker = h.takerHouseholdId ? await householdName(em, h.takerHouseholdId) : h.takerName;
  const base = { date: h.date, templateName: sub?.templateName ?? "" };
  await enqueue(
    em,
    {
      kind: NotificationKind.basket_handed_over,
      about: `${h.id}:giver`,
      amapId: h.amapId,
      data: { ...base, side: "giver", otherName: taker },
    },
    await householdPeople(em, [h.giverHouseholdId]),
  );
  if (h.takerHouseholdId)
    await enqueue(
      em,
      {
        kind: NotificationKind.basket_handed_over,
        about: `${h.id}:taker`,
        amapId: h.amapId,
        data: { ...base, side: "taker", otherName: giver },
      },
      await householdPeople(em, [h.takerHouseholdId]),
    );
}

/** A contract template opened (told by the amap subgraph): the AMAP's members, its référents and its farmers. */
export async function templateOpenedNotices(
  em: EntityManager,
  e: {
    templateId: string;
    amapId: string;
    farmId: string;
    templateName: string;
    amapName: string;
    farmName: string;
    closesOn: string | null;
  },
): Promise<number> {
  const recipients = uniqueRecipients(
    await roleHolders(em, RoleName.referent, e.templateId),
    await roleHolders(em, RoleName.farmer, e.farmId),
    await amapMembers(em, e.amapId),
  );
  return enqueue(
    em,
    {
      kind: NotificationKind.template_opened,
      about: e.templateId,
      amapId: e.amapId,
      data: {
        templateId: e.templateId,
        templateName: e.templateName,
        amapName: e.amapName,
        farmName: e.farmName,
        closesOn: e.closesOn,
      },
    },
    recipients,
  );
}
