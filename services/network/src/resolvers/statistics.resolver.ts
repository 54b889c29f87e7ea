import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { exportView } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { NetworkStatistics } from "../types/statistics.type";
import { NetworkStatisticsService, SeasonFigures } from "../services/statistics.service";
import { remoteStatisticsSources } from "../services/statistics.sources";
import { statisticsCsv } from "../services/statistics-export";
import { NetworkPartnershipsResolver, PartnershipResolver } from "./partnership.resolver";
import type { NetworkContext } from "../context";

const statistics = (ctx: NetworkContext) =>
  new NetworkStatisticsService(ctx.ds.manager, remoteStatisticsSources(ctx.forwardHeaders));

@Resolver(() => NetworkStatistics)
export class NetworkStatisticsResolver {
  @Query(() => [NetworkStatistics], {
    description:
      "A network's statistics season by season, oldest first (the evolution): AMAPs, farms, households, subscriptions, amounts pre-financed per farm and per production type. Aggregates only: no member's identity ever reaches the network.",
  })
  networkStatistics(
    // type-graphql lists arguments last parameter first.
    @Arg("includeSubNetworks", () => Boolean, { defaultValue: true, description: "Count the sub-networks' AMAPs too." })
    includeSubNetworks: boolean,
    @Arg("seasons", () => [String], {
      nullable: true,
      description: "These seasons (2025, 2026); every season with contract templates when absent.",
    })
    seasons: string[] | undefined,
    @Arg("networkId", () => ID, { description: "The network." }) networkId: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<SeasonFigures[]> {
    return statistics(ctx).forNetwork(networkId, seasons ?? null, includeSubNetworks);
  }

  @Query(() => String, {
    description:
      "The same statistics as CSV for spreadsheets: one figure per row (season; indicator; detail; value), `;`-separated, UTF-8 with BOM, French labels.",
  })
  async networkStatisticsCsv(
    @Arg("includeSubNetworks", () => Boolean, { defaultValue: true, description: "Count the sub-networks' AMAPs too." })
    includeSubNetworks: boolean,
    @Arg("seasons", () => [String], {
      nullable: true,
      description: "These seasons; every season with contract templates when absent.",
    })
    seasons: string[] | undefined,
    @Arg("networkId", () => ID, { description: "The network." }) networkId: string,
    @Ctx() ctx: NetworkContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string> {
    return statisticsCsv(
      await exportView(
        info,
        ctx,
        undefined,
        await statistics(ctx).forNetwork(networkId, seasons ?? null, includeSubNetworks),
      ),
    );
  }

  @FieldResolver(() => Network, { description: "The network." })
  async network(@Root() s: NetworkStatistics, @Ctx() ctx: NetworkContext): Promise<Network> {
    return (await ctx.loaders.network.load(s.networkId))!;
  }

  @FieldResolver(() => String, {
    description: "This season's figures as CSV (same columns as `networkStatisticsCsv`).",
  })
  async csv(
    @Root() s: NetworkStatistics,
    @Ctx() ctx: NetworkContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string> {
    return statisticsCsv([await exportView(info, ctx, undefined, s)]);
  }
}

/** Registered in schema.ts with one spread: statistics, and the partnerships they rest on. */
export const statisticsResolvers = [
  NetworkStatisticsResolver,
  NetworkPartnershipsResolver,
  PartnershipResolver,
] as const;
