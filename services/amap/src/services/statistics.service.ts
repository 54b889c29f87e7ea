import { EntityManager } from "typeorm";
import { Check, type TemplateAggregate } from "@champ-commun/kit";
import { ContractTemplate } from "../entities/contract-template.entity";
import { t } from "../i18n";

/**
 * What the contract templates say about who works with whom: the AMAP × farm partnerships of each
 * season, derived from the templates (never typed twice), and the template ids other subgraphs
 * group their own figures by. Aggregates only: no contract text, no price, no person.
 */
export type { TemplateAggregate };

export interface TemplateAggregateFilter {
  amapIds?: string[] | null;
  farmIds?: string[] | null;
  seasons?: string[] | null;
}

/**
 * Ids per statement: a regional network (300 AMAPs, 600 farms) is one statement, and no list comes
 * near SQLite's 32,766 or MySQL's 65,535 placeholders.
 */
export const IDS_PER_STATEMENT = 5_000;

function chunks<T>(items: T[], size = IDS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function checkIds(check: Check, field: string, ids: string[] | null | undefined): string[] | null {
  if (ids === undefined || ids === null) return null;
  const unique = [...new Set(ids)];
  for (const id of unique) check.id(field, id);
  return unique;
}

export class TemplateStatisticsService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(ContractTemplate);
  }

  /**
   * Per AMAP × farm × season: the number of templates and their ids, in one GROUP BY statement per
   * 5,000 AMAPs (or farms). AMAPs or farms must be named: never the whole database at once.
   */
  async aggregates(filter: TemplateAggregateFilter): Promise<TemplateAggregate[]> {
    const check = new Check();
    const amapIds = checkIds(check, "amapIds", filter.amapIds);
    const farmIds = checkIds(check, "farmIds", filter.farmIds);
    const seasons = filter.seasons
      ? [...new Set(filter.seasons.map((s) => check.text("seasons", s, { required: true, max: 20 })!))]
      : null;
    if (!amapIds && !farmIds) check.fail("amapIds", t("statistics.nameAmapsFarms"));
    if (amapIds && farmIds && farmIds.length > IDS_PER_STATEMENT)
      check.fail("farmIds", t("statistics.atMostFarmsAlong", { IDS_PER_STATEMENT }));
    check.done();
    if (amapIds?.length === 0 || farmIds?.length === 0 || seasons?.length === 0) return [];

    // Chunk on the AMAPs when given (the network's question), else on the farms (a farmer's).
    const [column, keys] = amapIds ? (["amapId", amapIds] as const) : (["farmId", farmIds!] as const);
    const out: TemplateAggregate[] = [];
    for (const part of chunks(keys)) {
      const qb = this.repo
        .createQueryBuilder("t")
        .select("t.amapId", "amapId")
        .addSelect("t.farmId", "farmId")
        .addSelect("t.season", "season")
        .addSelect("COUNT(*)", "templateCount")
        // GROUP_CONCAT joins with "," by default on both SQLite and MariaDB; UUIDs hold no comma.
        .addSelect("GROUP_CONCAT(t.id)", "templateIds")
        .where(`t.${column} IN (:...part)`, { part })
        .groupBy("t.amapId")
        .addGroupBy("t.farmId")
        .addGroupBy("t.season");
      if (amapIds && farmIds) qb.andWhere("t.farmId IN (:...farmIds)", { farmIds });
      if (seasons) qb.andWhere("t.season IN (:...seasons)", { seasons });
      const rows = await qb.getRawMany<{
        amapId: string;
        farmId: string;
        season: string;
        templateCount: number | string;
        templateIds: string;
      }>();
      for (const r of rows) {
        out.push({
          amapId: r.amapId,
          farmId: r.farmId,
          season: r.season,
          templateCount: Number(r.templateCount),
          templateIds: r.templateIds.split(",").sort(),
        });
      }
    }
    return out.sort(
      (a, b) =>
        a.season.localeCompare(b.season) || a.amapId.localeCompare(b.amapId) || a.farmId.localeCompare(b.farmId),
    );
  }

  /** The farms each AMAP has (had) a contract template with, optionally in one season. */
  partnerFarms(amapIds: string[], season?: string | null): Promise<Map<string, string[]>> {
    return this.pairs("amapId", "farmId", amapIds, season);
  }

  /** The AMAPs each farm supplies (supplied) under a contract template, optionally in one season. */
  partnerAmaps(farmIds: string[], season?: string | null): Promise<Map<string, string[]>> {
    return this.pairs("farmId", "amapId", farmIds, season);
  }

  private async pairs(
    key: "amapId" | "farmId",
    other: "amapId" | "farmId",
    ids: string[],
    season?: string | null,
  ): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const part of chunks([...new Set(ids)])) {
      const qb = this.repo
        .createQueryBuilder("t")
        .select(`t.${key}`, "k")
        .addSelect(`t.${other}`, "v")
        .distinct(true)
        .where(`t.${key} IN (:...part)`, { part });
      if (season) qb.andWhere("t.season = :season", { season });
      for (const r of await qb.getRawMany<{ k: string; v: string }>()) out.set(r.k, [...(out.get(r.k) ?? []), r.v]);
    }
    // Time-ordered ids: oldest record first, a stable order for clients.
    for (const list of out.values()) list.sort();
    return out;
  }
}
