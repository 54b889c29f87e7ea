import { EntityManager, In } from "typeorm";
import { Check, frenchCollator, type SeasonTemplates, type SubscriptionAggregate } from "@champ-commun/kit";

export type { SeasonTemplates, SubscriptionAggregate };
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { t } from "../i18n";

/**
 * Figures the member subgraph gives about subscriptions without giving any person: counts and sums
 * computed by the database (GROUP BY), never rows loaded here. Used by the network's statistics
 * (through `subscriptionStatistics`) and by a farm's own view (its subscriptions and recap).
 */

/** Subscriptions that commit the household: signed by the member, countersigned, running or done. */
export const COUNTED_STATUSES: string[] = [
  SubscriptionStatus.signed,
  SubscriptionStatus.countersigned,
  SubscriptionStatus.active,
  SubscriptionStatus.finished,
];
/**
 * The others (a draft, one awaiting the member's signature, a subscription terminated early) are no
 * pre-financing. Written as NOT IN: the status then filters the covering index's entries instead of
 * multiplying its seeks.
 */
export const UNCOUNTED_STATUSES = Object.values(SubscriptionStatus).filter((s) => !COUNTED_STATUSES.includes(s));

/** What a farm delivers to one AMAP over a season: quantities of one product. */
export interface FarmRecapRow {
  farmId: string;
  amapId: string;
  productId: string;
  productName: string;
  unit: string;
  quantity: number;
  amountCents: number;
  subscriptionCount: number;
}

/**
 * A season's templates go in one statement (its distinct households must be counted in one
 * GROUP BY): 30,000 stays under SQLite's 32,766 placeholders (2,000 AMAPs × 15 templates).
 */
export const MAX_TEMPLATES_PER_SEASON = 30_000;

type AggregateRow = {
  amapId: string;
  templateId?: string;
  householdCount: number | string;
  subscriptionCount: number | string;
  totalCents: number | string | null;
};

export class SubscriptionStatisticsService {
  constructor(private readonly em: EntityManager) {}

  private get subscriptions() {
    return this.em.getRepository(Subscription);
  }

  /**
   * Per season: one GROUP BY AMAP × template and one GROUP BY AMAP (distinct households), so the
   * number of statements depends on the seasons asked, not on the AMAPs. Both read only the
   * covering index subscription(templateId, amapId, householdId, status, totalCents), and only the
   * season's subscriptions. The AMAPs are not in the SQL: a second IN list beside the templates'
   * makes SQLite's planner seek every AMAP × template pair (8× slower at 300 AMAPs); the
   * templates name their AMAPs already, and rows of AMAPs not asked for are left out here.
   */
  async aggregates(amapIdsIn: string[], seasonsIn: SeasonTemplates[]): Promise<SubscriptionAggregate[]> {
    const check = new Check();
    const amapIds = new Set(amapIdsIn);
    for (const id of amapIds) check.id("amapIds", id);
    const seasons = new Map<string, string[]>();
    for (const s of seasonsIn) {
      const season = check.text("seasons", s.season, { required: true, max: 20 })!;
      const ids = [...new Set([...(seasons.get(season) ?? []), ...s.templateIds])];
      for (const id of s.templateIds) check.id("seasons", id);
      if (ids.length > MAX_TEMPLATES_PER_SEASON)
        check.fail("seasons", t("statistics.atMostTemplatesPer", { MAX_TEMPLATES_PER_SEASON }));
      seasons.set(season, ids);
    }
    check.done();

    const out: SubscriptionAggregate[] = [];
    for (const [season, templateIds] of seasons) {
      if (!templateIds.length || !amapIds.size) continue;
      const base = () =>
        this.subscriptions
          .createQueryBuilder("s")
          .select("s.amapId", "amapId")
          .addSelect("COUNT(DISTINCT s.householdId)", "householdCount")
          .addSelect("COUNT(*)", "subscriptionCount")
          .addSelect("SUM(s.totalCents)", "totalCents")
          .where("s.templateId IN (:...templateIds)", { templateIds })
          .andWhere("s.status NOT IN (:...uncounted)", { uncounted: UNCOUNTED_STATUSES })
          .groupBy("s.amapId");
      const byTemplate = await base()
        .addSelect("s.templateId", "templateId")
        .addGroupBy("s.templateId")
        .getRawMany<AggregateRow>();
      const byAmap = await base().getRawMany<AggregateRow>();
      for (const r of [...byTemplate, ...byAmap]) if (amapIds.has(r.amapId)) out.push(aggregate(r, season));
    }
    return out.sort(
      (a, b) =>
        a.season.localeCompare(b.season) ||
        a.amapId.localeCompare(b.amapId) ||
        (a.templateId ?? "").localeCompare(b.templateId ?? ""),
    );
  }

  /** Every subscription to the farms' templates (in the templates given, else all), oldest first. */
  async subscriptionsOfFarms(farmIds: string[], templateIds: string[] | null): Promise<Map<string, Subscription[]>> {
    const out = new Map<string, Subscription[]>();
    if (!farmIds.length || templateIds?.length === 0) return out;
    const rows = await this.subscriptions.find({
      where: { farmId: In([...new Set(farmIds)]), ...(templateIds ? { templateId: In(templateIds) } : {}) },
      order: { id: "ASC" },
    });
    for (const s of rows) out.set(s.farmId, [...(out.get(s.farmId) ?? []), s]);
    return out;
  }

  /**
   * The farm recap (récapitulatif paysan) of a season: quantity and amount of each product for each
   * AMAP, summed by the database over the delivery lines of counted subscriptions.
   */
  async recapOfFarms(farmIds: string[], templateIds: string[] | null): Promise<Map<string, FarmRecapRow[]>> {
    const out = new Map<string, FarmRecapRow[]>();
    if (!farmIds.length || templateIds?.length === 0) return out;
    const qb = this.em
      .getRepository(DeliveryLine)
      .createQueryBuilder("dl")
      .innerJoin(Subscription, "s", "s.id = dl.subscriptionId")
      .select("s.farmId", "farmId")
      .addSelect("s.amapId", "amapId")
      .addSelect("dl.productId", "productId")
      .addSelect("dl.productName", "productName")
      .addSelect("dl.unit", "unit")
      .addSelect("SUM(dl.quantity)", "quantity")
      .addSelect("SUM(dl.quantity * dl.unitPriceCents)", "amountCents")
      .addSelect("COUNT(DISTINCT s.id)", "subscriptionCount")
      .where("s.farmId IN (:...farmIds)", { farmIds: [...new Set(farmIds)] })
      .andWhere("s.status NOT IN (:...uncounted)", { uncounted: UNCOUNTED_STATUSES })
      .andWhere("dl.quantity > 0")
      .groupBy("s.farmId")
      .addGroupBy("s.amapId")
      .addGroupBy("dl.productId")
      .addGroupBy("dl.productName")
      .addGroupBy("dl.unit");
    if (templateIds) qb.andWhere("s.templateId IN (:...templateIds)", { templateIds });
    const rows = await qb.getRawMany<Record<keyof FarmRecapRow, string | number>>();
    for (const r of rows) {
      const row: FarmRecapRow = {
        farmId: String(r.farmId),
        amapId: String(r.amapId),
        productId: String(r.productId),
        productName: String(r.productName),
        unit: String(r.unit),
        quantity: Number(r.quantity),
        amountCents: Number(r.amountCents),
        subscriptionCount: Number(r.subscriptionCount),
      };
      out.set(row.farmId, [...(out.get(row.farmId) ?? []), row]);
    }
    for (const list of out.values())
      list.sort(
        (a, b) =>
          a.amapId.localeCompare(b.amapId) ||
          frenchCollator.compare(a.productName, b.productName) ||
          a.productId.localeCompare(b.productId),
      );
    return out;
  }
}

function aggregate(r: AggregateRow, season: string): SubscriptionAggregate {
  return {
    amapId: r.amapId,
    season,
    templateId: r.templateId ?? null,
    householdCount: Number(r.householdCount),
    subscriptionCount: Number(r.subscriptionCount),
    // MariaDB returns SUM() as a DECIMAL string.
    totalCents: Number(r.totalCents ?? 0),
  };
}
