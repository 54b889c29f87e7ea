import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { loaderFrom, frenchCollator } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import { Partnership } from "../types/partnership.type";
import { PartnershipRow, PartnershipService } from "../services/partnership.service";
import { remoteStatisticsSources } from "../services/statistics.sources";
import type { NetworkContext } from "../context";

/** Per-request loaders, one per set of arguments, kept beside the request's context. */
const requestLoaders = new WeakMap<object, Map<string, DataLoader<string, PartnershipRow[]>>>();

function partnershipsLoader(
  ctx: NetworkContext,
  season: string | null,
  includeSubNetworks: boolean,
): DataLoader<string, PartnershipRow[]> {
  let loaders = requestLoaders.get(ctx);
  if (!loaders) requestLoaders.set(ctx, (loaders = new Map<string, DataLoader<string, PartnershipRow[]>>()));
  const key = `${season ?? ""}|${includeSubNetworks}`;
  let loader = loaders.get(key);
  if (!loader) {
    const service = new PartnershipService(ctx.ds.manager, remoteStatisticsSources(ctx.forwardHeaders));
    loaders.set(
      key,
      (loader = loaderFrom(
        (ids) => service.forNetworks(ids, season, includeSubNetworks),
        () => [],
      )),
    );
  }
  return loader;
}

@Resolver(() => Network)
export class NetworkPartnershipsResolver {
  @FieldResolver(() => [Partnership], {
    description:
      "AMAP × farm partnerships of the network's AMAPs (and its sub-networks' unless told otherwise), derived from their contract templates; by season, AMAP, then farm.",
  })
  async partnerships(
    @Root() n: Network,
    // type-graphql lists arguments last parameter first.
    @Arg("includeSubNetworks", () => Boolean, { defaultValue: true, description: "Include the sub-networks' AMAPs." })
    includeSubNetworks: boolean,
    @Arg("season", () => String, { nullable: true, description: "Only this season (2026); every season when absent." })
    season: string | undefined,
    @Ctx() ctx: NetworkContext,
  ): Promise<PartnershipRow[]> {
    const rows = await partnershipsLoader(ctx, season ?? null, includeSubNetworks).load(n.id);
    // Names for the order; the same loaders then answer `amap` and `farm` without another query.
    const [amaps, farms] = await Promise.all([
      ctx.loaders.amap.loadMany(rows.map((r) => r.amapId)),
      ctx.loaders.farm.loadMany(rows.map((r) => r.farmId)),
    ]);
    const name = (x: unknown) => (x instanceof Amap || x instanceof Farm ? x.name : null);
    // A farm unknown to the directory cannot be shown (Partnership.farm is not null): left out.
    const keyed: Array<{ r: PartnershipRow; amap: string; farm: string }> = [];
    rows.forEach((r, i) => {
      const [amap, farm] = [name(amaps[i]), name(farms[i])];
      if (amap !== null && farm !== null) keyed.push({ r, amap, farm });
    });
    keyed.sort(
      (a, b) =>
        a.r.season.localeCompare(b.r.season) ||
        frenchCollator.compare(a.amap, b.amap) ||
        frenchCollator.compare(a.farm, b.farm) ||
        a.r.farmId.localeCompare(b.r.farmId),
    );
    return keyed.map((k) => k.r);
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Amap, { description: "The AMAP." })
  async amap(@Root() p: Partnership, @Ctx() ctx: NetworkContext): Promise<Amap> {
    return (await ctx.loaders.amap.load(p.amapId))!;
  }

  @FieldResolver(() => Farm, { description: "The farm." })
  async farm(@Root() p: Partnership, @Ctx() ctx: NetworkContext): Promise<Farm> {
    return (await ctx.loaders.farm.load(p.farmId))!;
  }
}
