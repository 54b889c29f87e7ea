import { EntityManager } from "typeorm";
import { Check, frenchCollator } from "@champ-commun/kit";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Subscription } from "../entities/subscription.entity";
import { DELIVERED, resolveDeliveries, ResolvedItem } from "./deliveries";
import { loadSheetFacts } from "./sheet-facts";
import { householdNames } from "./sign-off.service";
import type { AmapSource } from "./amap-source";
import { t } from "../i18n";

export interface RecapQuantity {
  productId: string;
  productName: string;
  unit: string;
  quantity: number;
  amountCents: number;
}

export interface RecapData {
  farmId: string;
  distributionId: string | null;
  from: string | null;
  to: string | null;
  products: RecapQuantity[];
  dates: Array<{ date: string; distributionId: string; amapId: string; products: RecapQuantity[] }>;
  amaps: Array<{
    amapId: string;
    products: RecapQuantity[];
    households: Array<{ householdId: string | null; name: string; products: RecapQuantity[] }>;
  }>;
}

/** Sums items per product, sorted by product name. */
function sum(items: ResolvedItem[]): RecapQuantity[] {
  const out = new Map<string, RecapQuantity>();
  for (const i of items) {
    const k = `${i.productId}|${i.unit}`;
    const q =
      out.get(k) ??
      out
        .set(k, { productId: i.productId, productName: i.productName, unit: i.unit, quantity: 0, amountCents: 0 })
        .get(k)!;
    q.quantity += i.quantity;
    q.amountCents += i.quantity * i.unitPriceCents;
  }
  return [...out.values()].sort((a, b) => frenchCollator.compare(a.productName, b.productName));
}

function groupBy<T>(items: T[], key: (i: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const i of items) out.set(key(i), [...(out.get(key(i)) ?? []), i]);
  return out;
}

/**
 * The farmer's recap (récapitulatif paysan) for one distribution or a season (a date range), over
 * every AMAP the farm supplies: what to prepare, per product, per AMAP and per household, after
 * absences, postponements, handovers and amendments.
 */
export class FarmerRecapService {
  /**
   * `amap`: the AMAPs' calendars as they are now. A distribution moved or cancelled there counts on
   * its new day (or not at all) even before the household amendments are made (syncDistributionChanges).
   */
  constructor(
    private readonly em: EntityManager,
    private readonly amap?: AmapSource,
  ) {}

  async recap(
    farmId: string,
    distributionId?: string | null,
    from?: string | null,
    to?: string | null,
  ): Promise<RecapData> {
    const check = new Check();
    check.id("farmId", farmId, { required: true });
    check.id("distributionId", distributionId);
    check.date("from", from);
    check.date("to", to);
    if (!distributionId && !(from && to)) check.fail("distributionId", t("farmerRecap.giveDistributionSeasonFrom"));
    if (distributionId && (from || to)) check.fail("distributionId", t("farmerRecap.distributionSeasonNotBoth"));
    if (from && to && from > to) check.fail("to", t("farmerRecap.seasonEndsBeforeStarts"));
    check.done();
    const calendar = await this.calendar(farmId);
    const ids = distributionId ? [distributionId] : await this.distributionsOf(farmId, from!, to!);
    // Distributions moved into the season from a day outside it (their lines keep the day first planned).
    if (!distributionId)
      for (const [id, c] of calendar) if (c.date && c.date >= from! && c.date <= to! && !ids.includes(id)) ids.push(id);
    let items = resolveDeliveries(ids, await loadSheetFacts(this.em, ids, farmId)).filter((i) =>
      DELIVERED.has(i.status),
    );
    items = items
      .filter((i) => calendar.get(i.distributionId)?.date !== null)
      .map((i) => ({ ...i, date: calendar.get(i.distributionId)?.date ?? i.date }));
    if (!distributionId) items = items.filter((i) => i.date >= from! && i.date <= to!);
    const names = await householdNames(
      this.em,
      items.map((i) => i.householdId),
    );
    const dates = [...groupBy(items, (i) => `${i.date}|${i.distributionId}`).values()].map((list) => ({
      date: list[0].date,
      distributionId: list[0].distributionId,
      amapId: list[0].amapId,
      products: sum(list),
    }));
    dates.sort((a, b) => a.date.localeCompare(b.date) || a.distributionId.localeCompare(b.distributionId));
    const amaps = [...groupBy(items, (i) => i.amapId).entries()].map(([amapId, list]) => ({
      amapId,
      products: sum(list),
      households: [...groupBy(list, (i) => i.householdId ?? `~${i.takerName}`).values()]
        .map((hl) => ({
          householdId: hl[0].householdId,
          name: hl[0].householdId ? (names.get(hl[0].householdId) ?? "?") : hl[0].takerName!,
          products: sum(hl),
        }))
        .sort((a, b) => frenchCollator.compare(a.name, b.name)),
    }));
    amaps.sort((a, b) => a.amapId.localeCompare(b.amapId));
    return {
      farmId,
      distributionId: distributionId ?? null,
      from: from ?? null,
      to: to ?? null,
      products: sum(items),
      dates,
      amaps,
    };
  }

  /**
   * The latest change of each distribution of the farm's AMAPs, from their calendars: its day now
   * (null once cancelled). Empty without an amap source (rule tests).
   */
  private async calendar(farmId: string): Promise<Map<string, { date: string | null }>> {
    const out = new Map<string, { date: string | null }>();
    if (!this.amap) return out;
    const amapIds = (
      await this.em
        .getRepository(Subscription)
        .createQueryBuilder("s")
        .select("DISTINCT s.amapId", "amapId")
        .where("s.farmId = :farmId", { farmId })
        .getRawMany<{ amapId: string }>()
    ).map((r) => r.amapId);
    for (const amapId of amapIds) {
      for (const c of await this.amap.distributionChanges(amapId))
        out.set(c.distributionId, { date: c.kind === "cancelled" ? null : c.newDate });
    }
    return out;
  }

  /** The distributions where the farm delivers within a season, over every AMAP. */
  private async distributionsOf(farmId: string, from: string, to: string): Promise<string[]> {
    const rows = await this.em
      .getRepository(DeliveryLine)
      .createQueryBuilder("dl")
      .innerJoin(Subscription, "s", "s.id = dl.subscriptionId")
      .select("DISTINCT dl.distributionId", "distributionId")
      .where("s.farmId = :farmId AND dl.date >= :from AND dl.date <= :to", { farmId, from, to })
      .getRawMany<{ distributionId: string }>();
    return rows.map((r) => r.distributionId);
  }
}
