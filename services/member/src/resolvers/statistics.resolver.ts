import DataLoader from "dataloader";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { askSubgraph, loaderFrom } from "@champ-commun/kit";
import { Subscription } from "../entities/subscription.entity";
import { AmapRef } from "../entities/federation.types";
import {
  FarmRecapRow,
  SeasonTemplates,
  SubscriptionAggregate,
  SubscriptionStatisticsService,
} from "../services/statistics.service";
import type { MemberContext } from "../context";

/*
 * Aggregates of subscriptions for the network's statistics (internal), and a farm's single view:
 * `Farm.subscriptions` and `Farm.recap` across every AMAP it supplies.
 */

const INTERNAL =
  "Internal: asked by the network subgraph for its statistics, not part of the public API. Aggregates only, no personal data.";

@InputType({ description: `${INTERNAL} The contract templates of one season.` })
@Directive("@inaccessible")
export class SeasonTemplatesInput implements SeasonTemplates {
  @Field(() => String, { description: "Season (2026)." }) season: string;
  @Field(() => [ID], { description: "Ids of that season's contract templates." }) templateIds: string[];
}

/**
 * Columns rather than one object per row: thousands of rows as objects cost a resolver call per
 * field (about a second for a regional network); lists of scalars are serialized in one pass.
 */
@ObjectType({
  description: `${INTERNAL} Counted subscriptions (signed ones: drafts and terminated ones left out) per AMAP × season, for one template or all of them, as columns: row i is the i-th item of every list.`,
})
@Directive("@inaccessible")
export class SubscriptionStatistics {
  @Field(() => [ID], { description: "Each row's AMAP." }) amapIds: string[];
  @Field(() => [String], { description: "Each row's season." }) seasons: string[];
  @Field(() => [ID], {
    nullable: "items",
    description:
      "Each row's contract template; null for the AMAP's total over the season's templates (households counted once).",
  })
  templateIds: Array<string | null>;
  @Field(() => [Int], { description: "Each row's distinct households holding at least one of its subscriptions." })
  householdCounts: number[];
  @Field(() => [Int], { description: "Each row's number of subscriptions." }) subscriptionCounts: number[];
  @Field(() => [Float], {
    description: "Each row's Σ totalCents (whole cents; Float because a sum may exceed 32 bits).",
  })
  totalCents: number[];
}

export function subscriptionColumns(rows: SubscriptionAggregate[]): SubscriptionStatistics {
  return {
    amapIds: rows.map((r) => r.amapId),
    seasons: rows.map((r) => r.season),
    templateIds: rows.map((r) => r.templateId),
    householdCounts: rows.map((r) => r.householdCount),
    subscriptionCounts: rows.map((r) => r.subscriptionCount),
    totalCents: rows.map((r) => r.totalCents),
  };
}

@Resolver()
export class SubscriptionStatisticsResolver {
  @Query(() => SubscriptionStatistics, {
    description: `${INTERNAL} Per AMAP × season, and per AMAP × template: households (distinct), subscriptions, Σ totalCents.`,
  })
  @Directive("@inaccessible")
  async subscriptionStatistics(
    @Arg("seasons", () => [SeasonTemplatesInput], { description: "The seasons, each with its templates." })
    seasons: SeasonTemplatesInput[],
    @Arg("amapIds", () => [ID], { description: "The AMAPs." }) amapIds: string[],
    @Ctx() ctx: MemberContext,
  ): Promise<SubscriptionStatistics> {
    return subscriptionColumns(await new SubscriptionStatisticsService(ctx.ds.manager).aggregates(amapIds, seasons));
  }
}

// Types of the network subgraph this subgraph extends or points to: their key only, with the
// owner's descriptions word for word (see entities/federation.types.ts).
@ObjectType("Farm", { description: "A farm (ferme), one record shared by every AMAP it supplies." })
@Directive('@key(fields: "id")')
export class FarmRef {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType("Product", { description: "A product a farm sells." })
@Directive('@key(fields: "id")')
export class ProductRef {
  @Field(() => ID, { description: "Unique id." })
  id: string;
}

@ObjectType({
  description:
    "One line of a farm's season summary (Farm.recap): how much of one product the households of one AMAP subscribed.",
})
export class FarmRecapLine implements Omit<FarmRecapRow, "farmId"> {
  amapId: string;
  productId: string;

  @Field(() => String, { description: "Name of the product, as frozen in the subscriptions." }) productName: string;
  @Field(() => String, { description: "Unit of the product." }) unit: string;
  @Field(() => Int, {
    description:
      "Total quantity in the signed grids over the season's deliveries (drafts and terminated subscriptions left out; absences not deducted).",
  })
  quantity: number;
  @Field(() => Int, { description: "Σ quantity × frozen unit price, in cents." }) amountCents: number;
  @Field(() => Int, { description: "Number of subscriptions ordering the product." }) subscriptionCount: number;
}

@Resolver(() => FarmRecapLine)
export class FarmRecapLineResolver {
  @FieldResolver(() => AmapRef, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() l: FarmRecapLine): AmapRef {
    return { id: l.amapId };
  }

  @FieldResolver(() => ProductRef, { nullable: true, description: "The product (network subgraph)." })
  product(@Root() l: FarmRecapLine): ProductRef {
    return { id: l.productId };
  }
}

const TEMPLATES_OF_FARMS = /* GraphQL */ `
  query ($farmIds: [ID!], $seasons: [String!]) {
    templateStatistics(farmIds: $farmIds, seasons: $seasons) {
      farmIds
      templateIds
    }
  }
`;

/** Per-request loaders, kept beside the request's context (the context's own loaders belong to the subgraph's core). */
const requestLoaders = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

function perRequest<V>(ctx: MemberContext, key: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
  let loaders = requestLoaders.get(ctx);
  if (!loaders) requestLoaders.set(ctx, (loaders = new Map<string, DataLoader<string, unknown>>()));
  let loader = loaders.get(key);
  if (!loader) loaders.set(key, (loader = make() as DataLoader<string, unknown>));
  return loader as DataLoader<string, V>;
}

/**
 * The templates of a season for many farms: seasons belong to templates (amap subgraph), so it is
 * asked there, once per request and season. Null when no season is given: every template.
 */
function seasonTemplates(ctx: MemberContext, season: string | null | undefined): DataLoader<string, string[]> | null {
  if (!season) return null;
  return perRequest(ctx, `templates|${season}`, () =>
    loaderFrom(
      async (farmIds) => {
        const res = await askSubgraph<{ templateStatistics: { farmIds: string[]; templateIds: string[][] } }>(
          "amap",
          TEMPLATES_OF_FARMS,
          { farmIds, seasons: [season] },
          ctx.forwardHeaders,
        );
        const out = new Map<string, string[]>();
        res.templateStatistics.farmIds.forEach((farmId, i) =>
          out.set(farmId, [...(out.get(farmId) ?? []), ...res.templateStatistics.templateIds[i]]),
        );
        return out;
      },
      () => [],
    ),
  );
}

/** Loads, for many farms at once, what `fetch` computes from their (season's) templates. */
function byFarm<V>(
  ctx: MemberContext,
  what: string,
  season: string | null | undefined,
  fetch: (
    service: SubscriptionStatisticsService,
    farmIds: string[],
    templateIds: string[] | null,
  ) => Promise<Map<string, V[]>>,
) {
  return perRequest(ctx, `${what}|${season ?? ""}`, () =>
    loaderFrom<V[]>(
      async (farmIds) => {
        const service = new SubscriptionStatisticsService(ctx.ds.manager);
        const templates = seasonTemplates(ctx, season);
        if (!templates) return fetch(service, farmIds, null);
        const lists = await templates.loadMany(farmIds);
        const templateIds = lists.flatMap((l) => (Array.isArray(l) ? l : []));
        return fetch(service, farmIds, templateIds);
      },
      () => [],
    ),
  );
}

/** What the member subgraph adds to the network's Farm: a farmer's single view across every AMAP. */
@Resolver(() => FarmRef)
export class FarmViewResolver {
  @FieldResolver(() => [Subscription], {
    description:
      "Every subscription to the farm's contract templates in every AMAP (in the season given, else all), oldest first.",
  })
  subscriptions(
    @Root() f: FarmRef,
    @Arg("season", () => String, { nullable: true, description: "Only this season (2026)." })
    season: string | undefined,
    @Ctx() ctx: MemberContext,
  ) {
    return byFarm<Subscription>(ctx, "subscriptions", season, (s, farmIds, templateIds) =>
      s.subscriptionsOfFarms(farmIds, templateIds),
    ).load(f.id);
  }

  @FieldResolver(() => [FarmRecapLine], {
    description:
      "The farm's season summary of what was subscribed (else over all seasons): quantity and amount of each product per AMAP, summed over the signed grids, by AMAP then product. What to prepare for a distribution, after absences, postponements and handovers, is `farmerRecap`.",
  })
  recap(
    @Root() f: FarmRef,
    @Arg("season", () => String, { nullable: true, description: "Only this season (2026)." })
    season: string | undefined,
    @Ctx() ctx: MemberContext,
  ) {
    return byFarm<FarmRecapRow>(ctx, "recap", season, (s, farmIds, templateIds) =>
      s.recapOfFarms(farmIds, templateIds),
    ).load(f.id);
  }
}

/** Registered in schema.ts with one spread each. */
export const statisticsResolvers = [SubscriptionStatisticsResolver, FarmRecapLineResolver, FarmViewResolver] as const;
export const statisticsOrphanedTypes = [FarmRef] as const;
