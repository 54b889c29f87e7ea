import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf, frenchCollator } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import { VisitQuestion } from "../entities/visit-grid.entity";
import { CreateNetworkInput, DeleteNetworkInput, NetworkFilter, UpdateNetworkInput } from "../inputs/network.input";
import { NetworkService } from "../services/network.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of networks." })
export class NetworkPage extends PageOf(Network) {}

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { nullable: true, description: "One network, or null." })
  network(
    @Arg("id", () => ID, { description: "Id of the network." }) id: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<Network | null> {
    return ctx.loaders.network.load(id);
  }

  @Query(() => NetworkPage, { description: "Networks, filtered and paginated." })
  networks(
    @Arg("filter", () => NetworkFilter, {
      nullable: true,
      description: "Which networks to list (omit for all the caller may see).",
    })
    filter: NetworkFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Network, {
    description: "Creates a network of AMAPs (super admins, or admins of the parent network).",
  })
  createNetwork(@Arg("input", () => CreateNetworkInput) input: CreateNetworkInput, @Ctx() ctx: NetworkContext) {
    return new NetworkService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Network, { description: "Changes a network's identity or its place in the tree of networks." })
  updateNetwork(
    @Arg("input", () => UpdateNetworkInput, { description: "The network and the fields to change." })
    input: UpdateNetworkInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => Boolean, { description: "Deletes an empty network (no AMAP, no sub-network)." })
  deleteNetwork(
    @Arg("input", () => DeleteNetworkInput, { description: "The network to delete." }) { id }: DeleteNetworkInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkService(ctx.ds.manager).delete(id);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The parent network." })
  parent(@Root() n: Network, @Ctx() ctx: NetworkContext) {
    return n.parentId ? ctx.loaders.network.load(n.parentId) : null;
  }

  @FieldResolver(() => [Network], { description: "Direct sub-networks." })
  children(@Root() n: Network, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.networkChildren.load(n.id);
  }

  @FieldResolver(() => [Amap], { description: "AMAPs directly attached to this network." })
  amaps(@Root() n: Network, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.amapsByNetwork.load(n.id);
  }

  @FieldResolver(() => [Farm], { description: "Farms listed in this network's directory." })
  async farms(@Root() n: Network, @Ctx() ctx: NetworkContext) {
    const links = await ctx.loaders.farmLinksByNetwork.load(n.id);
    const farms = await ctx.loaders.farm.loadMany(links.map((l) => l.farmId));
    return farms.filter((f): f is Farm => f instanceof Farm).sort((a, b) => frenchCollator.compare(a.name, b.name));
  }

  @FieldResolver(() => [VisitQuestion], {
    description: "The network's evaluation grid for farm visits: active questions, in order.",
  })
  visitGrid(@Root() n: Network, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.gridByNetwork.load(n.id);
  }
}
