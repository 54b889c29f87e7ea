import { EntityManager, In } from "typeorm";
import { Check, notFound, frenchCollator } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import { Product, ProductionType } from "../entities/product.entity";
import type { StatisticsSources, SubscriptionAggregate, TemplateAggregate } from "./statistics.sources";
import { NetworkConsentService } from "./network-consent.service";
import { t } from "../i18n";

/**
 * A network's statistics, season by season, without personal data: the network resolves its
 * subtree to AMAP ids, the amap subgraph answers per AMAP × farm × season (templates), the member
 * subgraph per AMAP × template and per AMAP × season (households, subscriptions, Σ totals); this
 * joins them with the farms and their production types, which the network owns.
 */

export interface FarmFigures {
  farm: Farm;
  productionType: ProductionType;
  amapCount: number;
  templateCount: number;
  subscriptionCount: number;
  prefinancedCents: number;
}

export interface ProductionTypeFigures {
  productionType: ProductionType;
  farmCount: number;
  subscriptionCount: number;
  prefinancedCents: number;
}

export interface SeasonFigures {
  networkId: string;
  includesSubNetworks: boolean;
  /** AMAPs of the subtree that keep their figures from the network (counted, nothing else). */
  withheldAmapCount: number;
  season: string;
  amapCount: number;
  farmCount: number;
  householdCount: number;
  subscriptionCount: number;
  prefinancedCents: number;
  byFarm: FarmFigures[];
  byProductionType: ProductionTypeFigures[];
}

const NETWORK = t("directory.network");
const TYPE_ORDER = Object.values(ProductionType);

/**
 * A farm's production type for statistics: the type of most of its active products (of all its
 * products if none is active), ties going to the first in the enum's order; `other` without
 * products. Amounts come from subscription totals, not from delivery lines, so one farm counts
 * under one type.
 */
export function mainProductionType(
  types: Array<{ productionType: ProductionType; count: number; active: boolean }>,
): ProductionType {
  const pool = types.some((t) => t.active) ? types.filter((t) => t.active) : types;
  const counts = new Map<ProductionType, number>();
  for (const t of pool) counts.set(t.productionType, (counts.get(t.productionType) ?? 0) + t.count);
  let best: ProductionType = ProductionType.other;
  let bestCount = 0;
  for (const type of TYPE_ORDER) {
    const n = counts.get(type) ?? 0;
    if (n > bestCount) [best, bestCount] = [type, n];
  }
  return best;
}

export class NetworkStatisticsService {
  constructor(
    private readonly em: EntityManager,
    private readonly sources: StatisticsSources,
  ) {}

  /** The network and its sub-networks (any depth) in one statement; NOT_FOUND for an unknown network. */
  async subtree(networkId: string, includeSubNetworks: boolean): Promise<string[]> {
    const check = new Check();
    check.id("networkId", networkId, { required: true });
    check.done();
    const all = await this.em.getRepository(Network).find({ select: { id: true, parentId: true } });
    if (!all.some((n) => n.id === networkId)) throw notFound(NETWORK, networkId);
    if (!includeSubNetworks) return [networkId];
    const children = new Map<string, string[]>();
    for (const n of all) if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
    const out: string[] = [];
    for (const stack = [networkId]; stack.length;) {
      const cur = stack.pop()!;
      if (out.includes(cur)) continue;
      out.push(cur);
      stack.push(...(children.get(cur) ?? []));
    }
    return out;
  }

  /** Every AMAP attached to these networks (closed ones too: past seasons still count them). */
  async amapIds(networkIds: string[]): Promise<string[]> {
    const rows = await this.em.getRepository(Amap).find({ select: { id: true }, where: { networkId: In(networkIds) } });
    return rows.map((a) => a.id);
  }

  /** Figures per season, oldest season first; without `seasons`, every season the network's AMAPs have templates in. */
  async forNetwork(
    networkId: string,
    seasons: string[] | null = null,
    includeSubNetworks = true,
  ): Promise<SeasonFigures[]> {
    const check = new Check();
    const wanted = seasons
      ? [...new Set(seasons.map((s) => check.text("seasons", s, { required: true, max: 20 })!))]
      : null;
    check.done();
    const subtreeAmaps = await this.amapIds(await this.subtree(networkId, includeSubNetworks));
    // Only the AMAPs that agreed count (domain.md: data flows up only as the AMAP agreed); per farm, only those that also show their partnerships.
    const consents = await new NetworkConsentService(this.em).current(subtreeAmaps);
    const counted = new Set(subtreeAmaps.filter((id) => consents.get(id)!.statistics));
    const named = new Set([...counted].filter((id) => consents.get(id)!.partnerships));
    const amapIds = subtreeAmaps.filter((id) => counted.has(id));
    const withheldAmapCount = subtreeAmaps.length - amapIds.length;
    if (wanted?.length === 0) return [];

    const templates = await this.sources.templates(amapIds, wanted);
    const seasonList = (wanted ?? [...new Set(templates.map((t) => t.season))]).sort();
    const bySeason = new Map<string, TemplateAggregate[]>(seasonList.map((s) => [s, []]));
    for (const t of templates) bySeason.get(t.season)?.push(t);

    const active = [...bySeason.values()].flat();
    const subscriptions = await this.sources.subscriptions(
      [...new Set(active.map((t) => t.amapId))],
      seasonList
        .map((season) => ({ season, templateIds: bySeason.get(season)!.flatMap((t) => t.templateIds) }))
        .filter((s) => s.templateIds.length),
    );
    const farms = await this.farmsWithTypes([...new Set(active.map((t) => t.farmId))]);

    return seasonList.map((season) =>
      seasonFigures(
        { networkId, includesSubNetworks: includeSubNetworks, season, withheldAmapCount },
        bySeason.get(season)!,
        subscriptions.filter((s) => s.season === season),
        farms,
        named,
      ),
    );
  }

  /** The farms and their production type: two statements whatever the number of farms. */
  private async farmsWithTypes(
    farmIds: string[],
  ): Promise<Map<string, { farm: Farm; productionType: ProductionType }>> {
    const out = new Map<string, { farm: Farm; productionType: ProductionType }>();
    if (!farmIds.length) return out;
    const farms = await this.em.getRepository(Farm).find({ where: { id: In(farmIds) } });
    const types = await this.em
      .getRepository(Product)
      .createQueryBuilder("p")
      .select("p.farmId", "farmId")
      .addSelect("p.productionType", "productionType")
      .addSelect("p.active", "active")
      .addSelect("COUNT(*)", "count")
      .where("p.farmId IN (:...farmIds)", { farmIds })
      .groupBy("p.farmId")
      .addGroupBy("p.productionType")
      .addGroupBy("p.active")
      .getRawMany<{
        farmId: string;
        productionType: ProductionType;
        active: number | boolean | string;
        count: number | string;
      }>();
    const typesByFarm = new Map<string, Array<{ productionType: ProductionType; count: number; active: boolean }>>();
    for (const t of types) {
      typesByFarm.set(t.farmId, [
        ...(typesByFarm.get(t.farmId) ?? []),
        {
          productionType: t.productionType,
          count: Number(t.count),
          active: t.active === true || Number(t.active) === 1,
        },
      ]);
    }
    for (const farm of farms)
      out.set(farm.id, { farm, productionType: mainProductionType(typesByFarm.get(farm.id) ?? []) });
    return out;
  }
}

/** Joins one season's template and subscription aggregates with the farms. Pure: tested alone. */
export function seasonFigures(
  head: Pick<SeasonFigures, "networkId" | "includesSubNetworks" | "season"> & { withheldAmapCount?: number },
  templates: TemplateAggregate[],
  subscriptions: SubscriptionAggregate[],
  farms: Map<string, { farm: Farm; productionType: ProductionType }>,
  /** AMAPs whose partnerships may be shown: only they count per farm (all of them by default). */
  named: Set<string> | null = null,
): SeasonFigures {
  const farmOfTemplate = new Map<string, string>();
  const perFarm = new Map<
    string,
    { amaps: Set<string>; templateCount: number; subscriptionCount: number; prefinancedCents: number }
  >();
  for (const t of templates) {
    if (named && !named.has(t.amapId)) continue;
    const f = perFarm.get(t.farmId) ?? {
      amaps: new Set<string>(),
      templateCount: 0,
      subscriptionCount: 0,
      prefinancedCents: 0,
    };
    f.amaps.add(t.amapId);
    f.templateCount += t.templateCount;
    perFarm.set(t.farmId, f);
    for (const id of t.templateIds) farmOfTemplate.set(id, t.farmId);
  }
  let householdCount = 0;
  let subscriptionCount = 0;
  let prefinancedCents = 0;
  for (const s of subscriptions) {
    if (s.templateId === null) {
      householdCount += s.householdCount;
      subscriptionCount += s.subscriptionCount;
      prefinancedCents += s.totalCents;
      continue;
    }
    const farm = perFarm.get(farmOfTemplate.get(s.templateId) ?? "");
    if (!farm) continue;
    farm.subscriptionCount += s.subscriptionCount;
    farm.prefinancedCents += s.totalCents;
  }

  const byFarm: FarmFigures[] = [];
  for (const [farmId, f] of perFarm) {
    const known = farms.get(farmId);
    if (!known) continue; // a template naming a farm the directory no longer has
    byFarm.push({
      farm: known.farm,
      productionType: known.productionType,
      amapCount: f.amaps.size,
      templateCount: f.templateCount,
      subscriptionCount: f.subscriptionCount,
      prefinancedCents: f.prefinancedCents,
    });
  }
  byFarm.sort(
    (a, b) =>
      b.prefinancedCents - a.prefinancedCents ||
      frenchCollator.compare(a.farm.name, b.farm.name) ||
      a.farm.id.localeCompare(b.farm.id),
  );

  const perType = new Map<ProductionType, ProductionTypeFigures>();
  for (const f of byFarm) {
    const t = perType.get(f.productionType) ?? {
      productionType: f.productionType,
      farmCount: 0,
      subscriptionCount: 0,
      prefinancedCents: 0,
    };
    t.farmCount += 1;
    t.subscriptionCount += f.subscriptionCount;
    t.prefinancedCents += f.prefinancedCents;
    perType.set(f.productionType, t);
  }
  const byProductionType = [...perType.values()].sort(
    (a, b) =>
      b.prefinancedCents - a.prefinancedCents ||
      TYPE_ORDER.indexOf(a.productionType) - TYPE_ORDER.indexOf(b.productionType),
  );

  return {
    ...head,
    withheldAmapCount: head.withheldAmapCount ?? 0,
    amapCount: new Set(templates.map((t) => t.amapId)).size,
    farmCount: new Set(templates.map((t) => t.farmId)).size,
    householdCount,
    subscriptionCount,
    prefinancedCents,
    byFarm,
    byProductionType,
  };
}
