import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { Field, Int, ObjectType } from "type-graphql";
import { Farm } from "../entities/farm.entity";
import { ProductionType } from "../entities/product.entity";
import type { FarmFigures, ProductionTypeFigures, SeasonFigures } from "../services/statistics.service";

function safeInt(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new GraphQLError(`Entier attendu / expected an integer up to 2^53 − 1, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

/**
 * A network's totals of cents outgrow GraphQL's 32-bit Int (21 million euros): 90,000
 * subscriptions of a few hundred euros reach billions of cents. Whole numbers, as JSON numbers.
 */
export const SafeIntScalar = new GraphQLScalarType({
  name: "SafeInt",
  description:
    "A whole number between −(2^53 − 1) and 2^53 − 1, sent as a JSON number: totals in cents that may exceed a 32-bit Int.",
  serialize: safeInt,
  parseValue: safeInt,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT)
      throw new GraphQLError("SafeInt must be an integer", { extensions: { code: "BAD_USER_INPUT" } });
    return safeInt(Number(ast.value));
  },
});

@ObjectType({
  description:
    "One farm's figures in a network's season: subscriptions to its contract templates and the amounts pre-financed (no personal data).",
})
export class FarmStatistics implements FarmFigures {
  @Field(() => Farm, { description: "The farm." }) farm: Farm;
  @Field(() => ProductionType, {
    description: "The farm's production type for statistics: the type of most of its products.",
  })
  productionType: ProductionType;
  @Field(() => Int, { description: "AMAPs of the network the farm has a contract template with this season." })
  amapCount: number;
  @Field(() => Int, { description: "Contract templates of the farm in the network's AMAPs this season." })
  templateCount: number;
  @Field(() => Int, {
    description: "Subscriptions to those templates (signed ones: drafts and terminated ones left out).",
  })
  subscriptionCount: number;
  @Field(() => SafeIntScalar, {
    description: "Σ of those subscriptions' totals, in cents: what the members pre-finance.",
  })
  prefinancedCents: number;
}

@ObjectType({
  description:
    "The figures of one production type in a network's season (each farm counted under its main production type).",
})
export class ProductionTypeStatistics implements ProductionTypeFigures {
  @Field(() => ProductionType, { description: "The production type." }) productionType: ProductionType;
  @Field(() => Int, { description: "Farms of this type with a contract template this season." }) farmCount: number;
  @Field(() => Int, { description: "Subscriptions to their templates." }) subscriptionCount: number;
  @Field(() => SafeIntScalar, { description: "Σ of those subscriptions' totals, in cents." }) prefinancedCents: number;
}

@ObjectType({
  description:
    "A network's statistics for one season (AMAPs of the network and, unless told otherwise, of its sub-networks): aggregates only, never a member's identity.",
})
export class NetworkStatistics implements SeasonFigures {
  networkId: string;

  @Field(() => Boolean, { description: "Whether the sub-networks' AMAPs are counted." }) includesSubNetworks: boolean;
  @Field(() => Int, {
    description:
      "AMAPs of the network (and sub-networks) that keep their figures from the network: left out of every other figure.",
  })
  withheldAmapCount: number;
  @Field(() => String, {
    description:
      "The season (a contract template's season, e.g. 2026): a subscription counts in its template's season.",
  })
  season: string;
  @Field(() => Int, { description: "AMAPs with at least one contract template this season." }) amapCount: number;
  @Field(() => Int, { description: "Farms with at least one contract template in those AMAPs this season." })
  farmCount: number;
  @Field(() => Int, {
    description: "Households holding at least one signed subscription this season (each counted once).",
  })
  householdCount: number;
  @Field(() => Int, { description: "Signed subscriptions this season (drafts and terminated ones left out)." })
  subscriptionCount: number;
  @Field(() => SafeIntScalar, {
    description: "Σ of those subscriptions' totals, in cents: what the members pre-finance to the farms.",
  })
  prefinancedCents: number;
  @Field(() => [FarmStatistics], { description: "Per farm, largest amount first." }) byFarm: FarmStatistics[];
  @Field(() => [ProductionTypeStatistics], { description: "Per production type, largest amount first." })
  byProductionType: ProductionTypeStatistics[];
}
