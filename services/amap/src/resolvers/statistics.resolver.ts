import DataLoader from "dataloader";
import { Arg, Ctx, Directive, Field, ID, Int, ObjectType, Query, FieldResolver, Resolver, Root } from "type-graphql";
import { loaderFrom, scopeOf } from "@champ-commun/kit";
import { Amap, Farm } from "../entities/references";
import { TemplateAggregate, TemplateStatisticsService } from "../services/statistics.service";
import type { AmapContext } from "../context";

const INTERNAL =
  "Internal: asked by the other subgraphs (network statistics and partnerships, a farm's view), not part of the public API. Aggregates only, no personal data.";

/**
 * Columns rather than one object per row: thousands of rows as objects cost a resolver call per
 * field (about a second for a regional network); lists of scalars are serialized in one pass.
 */
@ObjectType({
  description: `${INTERNAL} The contract templates tying an AMAP to a farm in a season, as columns: row i is the i-th item of every list.`,
})
@Directive("@inaccessible")
export class TemplateStatistics {
  @Field(() => [ID], { description: "Each row's AMAP." }) amapIds: string[];
  @Field(() => [ID], { description: "Each row's farm." }) farmIds: string[];
  @Field(() => [String], { description: "Each row's season." }) seasons: string[];
  @Field(() => [Int], { description: "Each row's number of contract templates." }) templateCounts: number[];
  @Field(() => [[ID]], { description: "Each row's template ids." }) templateIds: string[][];
}

export function templateColumns(rows: TemplateAggregate[]): TemplateStatistics {
  return {
    amapIds: rows.map((r) => r.amapId),
    farmIds: rows.map((r) => r.farmId),
    seasons: rows.map((r) => r.season),
    templateCounts: rows.map((r) => r.templateCount),
    templateIds: rows.map((r) => r.templateIds),
  };
}

@Resolver()
export class TemplateStatisticsResolver {
  @Query(() => TemplateStatistics, {
    description: `${INTERNAL} Per AMAP × farm × season: the number of contract templates and their ids. Give the AMAPs or the farms (or both); seasons optional.`,
  })
  @Directive("@inaccessible")
  async templateStatistics(
    @Arg("seasons", () => [String], { nullable: true, description: "Only these seasons." })
    seasons: string[] | undefined,
    @Arg("farmIds", () => [ID], { nullable: true, description: "Only templates with these farms." })
    farmIds: string[] | undefined,
    @Arg("amapIds", () => [ID], { nullable: true, description: "Only templates of these AMAPs." })
    amapIds: string[] | undefined,
    @Ctx() ctx: AmapContext,
  ): Promise<TemplateStatistics> {
    return templateColumns(
      await new TemplateStatisticsService(ctx.ds.manager).aggregates({ amapIds, farmIds, seasons }),
    );
  }
}

/**
 * Per-request loaders of partners, one per season asked, kept beside the request's context (the
 * context's own loaders belong to the subgraph's core).
 */
const partnerLoaders = new WeakMap<object, Map<string, DataLoader<string, string[]>>>();

function partnerLoader(
  ctx: AmapContext,
  side: "farms" | "amaps",
  season: string | null | undefined,
): DataLoader<string, string[]> {
  let perKey = partnerLoaders.get(ctx);
  if (!perKey) partnerLoaders.set(ctx, (perKey = new Map<string, DataLoader<string, string[]>>()));
  const key = `${side}|${season ?? ""}`;
  let loader = perKey.get(key);
  if (!loader) {
    const service = new TemplateStatisticsService(ctx.ds.manager);
    loader = loaderFrom(
      (ids) => (side === "farms" ? service.partnerFarms(ids, season) : service.partnerAmaps(ids, season)),
      () => [],
    );
    perKey.set(key, loader);
  }
  return loader;
}

/** Amap.partnerFarms: the farms an AMAP works with, derived from its contract templates. */
@Resolver(() => Amap)
export class AmapPartnersResolver {
  @FieldResolver(() => [Farm], {
    description:
      "The farms the AMAP has a contract template with (in the season given, else in any season), derived from its templates.",
  })
  async partnerFarms(
    @Root() a: Amap,
    @Arg("season", () => String, { nullable: true, description: "Only this season (2026)." })
    season: string | undefined,
    @Ctx() ctx: AmapContext,
  ): Promise<Farm[]> {
    return (await partnerLoader(ctx, "farms", season).load(a.id)).map((id) => ({ id }));
  }
}

/** Farm.partnerAmaps: the AMAPs a farm supplies, derived from the contract templates. */
@Resolver(() => Farm)
export class FarmPartnersResolver {
  @FieldResolver(() => [Amap], {
    description:
      "The AMAPs the farm has a contract template with (in the season given, else in any season), derived from the templates.",
  })
  async partnerAmaps(
    @Root() f: Farm,
    @Arg("season", () => String, { nullable: true, description: "Only this season (2026)." })
    season: string | undefined,
    @Ctx() ctx: AmapContext,
  ): Promise<Amap[]> {
    // The network subgraph answers null for an AMAP the caller may not see, which in this
    // non-null list wiped the whole answer: the list holds the AMAPs the caller sees.
    const scope = scopeOf(ctx);
    const ids = await partnerLoader(ctx, "amaps", season).load(f.id);
    const seen = await Promise.all(ids.map((id) => scope.seesAmap(id)));
    return ids.filter((_, i) => seen[i]).map((id) => ({ id }));
  }
}

/** Registered in schema.ts with one spread. */
export const statisticsResolvers = [TemplateStatisticsResolver, AmapPartnersResolver, FarmPartnersResolver] as const;
