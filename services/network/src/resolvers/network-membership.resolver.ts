import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { NetworkMembership } from "../entities/network-membership.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import { CreateNetworkMembershipInput, NetworkMembershipFilter, UpdateNetworkMembershipInput } from "../inputs/network-membership.input";
import { NetworkMembershipService } from "../services/network-membership.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of network memberships." })
export class NetworkMembershipPage extends PageOf(NetworkMembership) {}

@Resolver(() => NetworkMembership)
export class NetworkMembershipResolver {
  @Query(() => NetworkMembership, { nullable: true })
  networkMembership(@Arg("id", () => ID) id: string, @Ctx() ctx: NetworkContext) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).get(id).catch(() => null);
  }

  @Query(() => NetworkMembershipPage)
  networkMemberships(
    @Arg("filter", () => NetworkMembershipFilter, { nullable: true }) filter: NetworkMembershipFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).list(filter, page);
  }

  @Mutation(() => NetworkMembership)
  createNetworkMembership(@Arg("input", () => CreateNetworkMembershipInput) input: CreateNetworkMembershipInput, @Ctx() ctx: NetworkContext) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).create(input);
  }

  @Mutation(() => NetworkMembership)
  updateNetworkMembership(@Arg("input", () => UpdateNetworkMembershipInput, { description: "The membership and the fields to change." }) input: UpdateNetworkMembershipInput, @Ctx() ctx: NetworkContext) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).update(input.id, input);
  }

  @FieldResolver(() => Network, { nullable: true })
  network(@Root() m: NetworkMembership, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.network.load(m.networkId);
  }

  @FieldResolver(() => Amap, { nullable: true })
  amap(@Root() m: NetworkMembership, @Ctx() ctx: NetworkContext) {
    return m.amapId ? ctx.loaders.amap.load(m.amapId) : null;
  }

  @FieldResolver(() => Farm, { nullable: true })
  farm(@Root() m: NetworkMembership, @Ctx() ctx: NetworkContext) {
    return m.farmId ? ctx.loaders.farm.load(m.farmId) : null;
  }
}
