import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { NetworkMembership } from "../entities/network-membership.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import {
  CreateNetworkMembershipInput,
  NetworkMembershipFilter,
  UpdateNetworkMembershipInput,
} from "../inputs/network-membership.input";
import { NetworkMembershipService } from "../services/network-membership.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of network memberships." })
export class NetworkMembershipPage extends PageOf(NetworkMembership) {}

@Resolver(() => NetworkMembership)
export class NetworkMembershipResolver {
  @Query(() => NetworkMembership, {
    nullable: true,
    description: "One network membership, or null if it does not exist or the caller may not see it.",
  })
  networkMembership(
    @Arg("id", () => ID, { description: "Id of the network membership." }) id: string,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).get(id).catch(() => null);
  }

  @Query(() => NetworkMembershipPage, {
    description: "Network memberships (adhésions to a network), filtered and paginated; latest year first.",
  })
  networkMemberships(
    @Arg("filter", () => NetworkMembershipFilter, {
      nullable: true,
      description: "Which network memberships to list (omit for all the caller may see).",
    })
    filter: NetworkMembershipFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).list(filter, page);
  }

  @Mutation(() => NetworkMembership, {
    description: "Records the yearly membership of an AMAP or a farm in a network (network admins).",
  })
  createNetworkMembership(
    @Arg("input", () => CreateNetworkMembershipInput) input: CreateNetworkMembershipInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).create(input);
  }

  @Mutation(() => NetworkMembership, {
    description: "Changes a network membership: fee, payment status, charter signature date.",
  })
  updateNetworkMembership(
    @Arg("input", () => UpdateNetworkMembershipInput, { description: "The membership and the fields to change." })
    input: UpdateNetworkMembershipInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkMembershipService(ctx.ds.manager, ctx.identity?.subject ?? null).update(input.id, input);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network joined." })
  network(@Root() m: NetworkMembership, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.network.load(m.networkId);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP member (when memberKind is amap)." })
  amap(@Root() m: NetworkMembership, @Ctx() ctx: NetworkContext) {
    return m.amapId ? ctx.loaders.amap.load(m.amapId) : null;
  }

  @FieldResolver(() => Farm, { nullable: true, description: "The farm member (when memberKind is farm)." })
  farm(@Root() m: NetworkMembership, @Ctx() ctx: NetworkContext) {
    return m.farmId ? ctx.loaders.farm.load(m.farmId) : null;
  }
}
