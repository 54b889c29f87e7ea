import { EntityManager, In } from "typeorm";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { Absence } from "../entities/absence.entity";
import { Postponement, PostponementStatus } from "../entities/postponement.entity";
import { BasketHandover, BasketHandoverStatus } from "../entities/basket-handover.entity";
import { Amendment } from "../entities/amendment.entity";
import { CoSubscriber } from "../entities/co-subscriber.entity";
import type { Facts, LineFact, SubFact } from "./deliveries";

const NOT_DELIVERED = [
  SubscriptionStatus.draft,
  SubscriptionStatus.awaiting_member_signature,
  SubscriptionStatus.terminated,
];

type Row = LineFact & Omit<SubFact, "id"> & { quantity: number | string; unitPriceCents: number | string };

/**
 * Loads what the deliveries of some distributions depend on, in a fixed number of queries
 * whatever the number of distributions and households (optionally for one farm only).
 */
export async function loadSheetFacts(em: EntityManager, distributionIds: string[], farmId?: string): Promise<Facts> {
  const facts: Facts = {
    subs: new Map(),
    lines: [],
    datesBySub: new Map(),
    absences: new Set(),
    postponements: [],
    baskets: [],
    amendments: [],
    coSubscribers: new Map(),
  };
  if (!distributionIds.length) return facts;
  const postponements = await em
    .getRepository(Postponement)
    .createQueryBuilder("p")
    .where("p.status = :approved", { approved: PostponementStatus.approved })
    .andWhere("(p.fromDistributionId IN (:...ids) OR p.toDistributionId IN (:...ids))", { ids: distributionIds })
    .getMany();
  facts.postponements = postponements;

  const lines = (where: (qb: ReturnType<typeof base>) => void) => {
    const qb = base();
    where(qb);
    return qb.getRawMany<Row>();
  };
  const base = () => {
    const qb = em
      .getRepository(DeliveryLine)
      .createQueryBuilder("dl")
      .innerJoin(Subscription, "s", "s.id = dl.subscriptionId")
      .select("dl.subscriptionId", "subscriptionId");
    for (const c of [
      "distributionId",
      "date",
      "templateLineId",
      "productId",
      "productName",
      "unit",
      "quantity",
      "unitPriceCents",
    ])
      qb.addSelect(`dl.${c}`, c);
    for (const c of ["amapId", "householdId", "partnerHouseholdId", "templateId", "templateName", "farmId"])
      qb.addSelect(`s.${c}`, c);
    qb.where("dl.quantity > 0").andWhere("s.status NOT IN (:...excluded)", { excluded: NOT_DELIVERED });
    if (farmId) qb.andWhere("s.farmId = :farmId", { farmId });
    return qb;
  };
  const rows = await lines((qb) => qb.andWhere("dl.distributionId IN (:...ids)", { ids: distributionIds }));
  const incoming = postponements.filter(
    (p) => distributionIds.includes(p.toDistributionId) && !distributionIds.includes(p.fromDistributionId),
  );
  if (incoming.length) {
    const wanted = new Set(incoming.map((p) => `${p.subscriptionId}|${p.fromDistributionId}`));
    const more = await lines((qb) =>
      qb.andWhere("dl.subscriptionId IN (:...subs) AND dl.distributionId IN (:...froms)", {
        subs: incoming.map((p) => p.subscriptionId),
        froms: incoming.map((p) => p.fromDistributionId),
      }),
    );
    rows.push(...more.filter((r) => wanted.has(`${r.subscriptionId}|${r.distributionId}`)));
  }
  for (const r of rows) {
    facts.lines.push({ ...r, quantity: Number(r.quantity), unitPriceCents: Number(r.unitPriceCents) });
    if (!facts.subs.has(r.subscriptionId)) {
      facts.subs.set(r.subscriptionId, {
        id: r.subscriptionId,
        amapId: r.amapId,
        householdId: r.householdId,
        partnerHouseholdId: r.partnerHouseholdId,
        templateId: r.templateId,
        templateName: r.templateName,
        farmId: r.farmId,
      });
    }
  }
  const subIds = [...facts.subs.keys()];
  if (!subIds.length) return facts;
  const involved = [
    ...new Set([
      ...distributionIds,
      ...postponements.map((p) => p.fromDistributionId),
      ...postponements.map((p) => p.toDistributionId),
    ]),
  ];

  for (const a of await em
    .getRepository(Absence)
    .find({ select: { subscriptionId: true, distributionId: true }, where: { distributionId: In(distributionIds) } })) {
    facts.absences.add(`${a.subscriptionId}|${a.distributionId}`);
  }
  facts.baskets = await em
    .getRepository(BasketHandover)
    .find({ where: { distributionId: In(distributionIds), status: BasketHandoverStatus.taken } });
  facts.amendments = (
    await em.getRepository(Amendment).find({ where: { distributionId: In(involved) }, order: { id: "ASC" } })
  ).map((a) => ({
    subscriptionId: a.subscriptionId,
    distributionId: a.distributionId,
    kind: a.kind,
    status: a.status,
    newDate: a.newTerms.date,
  }));
  for (const c of await em
    .getRepository(CoSubscriber)
    .find({ where: { subscriptionId: In(subIds) }, order: { id: "ASC" } })) {
    facts.coSubscribers.set(c.subscriptionId, [...(facts.coSubscribers.get(c.subscriptionId) ?? []), c.householdId]);
  }
  const partnered = [...facts.subs.values()].filter((s) => s.partnerHouseholdId).map((s) => s.id);
  if (partnered.length) facts.datesBySub = await gridDates(em, partnered);
  return facts;
}

/** Sorted distinct grid dates of subscriptions (for alternating baskets). */
export async function gridDates(em: EntityManager, subscriptionIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!subscriptionIds.length) return out;
  const rows = await em
    .getRepository(DeliveryLine)
    .createQueryBuilder("dl")
    .select("dl.subscriptionId", "subscriptionId")
    .addSelect("dl.date", "date")
    .where("dl.subscriptionId IN (:...ids)", { ids: subscriptionIds })
    .groupBy("dl.subscriptionId")
    .addGroupBy("dl.date")
    .getRawMany<{ subscriptionId: string; date: string }>();
  for (const r of rows) out.set(r.subscriptionId, [...(out.get(r.subscriptionId) ?? []), r.date]);
  for (const list of out.values()) list.sort();
  return out;
}
