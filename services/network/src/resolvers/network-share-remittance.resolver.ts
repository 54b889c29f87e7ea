import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { NetworkShareRemittance } from "../entities/network-share-remittance.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import {
  NetworkShareRemittanceFilter,
  RecordNetworkShareRemittanceInput,
} from "../inputs/network-share-remittance.input";
import { NetworkShareRemittanceService } from "../services/network-share-remittance.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of network share remittances." })
export class NetworkShareRemittancePage extends PageOf(NetworkShareRemittance) {}

@Resolver(() => NetworkShareRemittance)
export class NetworkShareRemittanceResolver {
  @Query(() => NetworkShareRemittance, { nullable: true, description: "One remittance record, or null." })
  networkShareRemittance(
    @Arg("id", () => ID, { description: "Id of the network share remittance." }) id: string,
    @Ctx() ctx: NetworkContext,
  ) {
    return ctx.loaders.remittance.load(id);
  }

  @Query(() => NetworkShareRemittancePage, {
    description: "Remittances of the network's share by AMAPs (corrections included), latest first.",
  })
  networkShareRemittances(
    @Arg("filter", () => NetworkShareRemittanceFilter, {
      nullable: true,
      description: "Which network share remittances to list (omit for all the caller may see).",
    })
    filter: NetworkShareRemittanceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkShareRemittanceService(ctx.ds.manager, ctx.identity?.subject ?? null).list(filter, page);
  }

  @Mutation(() => NetworkShareRemittance, {
    description: "Records a remittance by an AMAP, or a correction of one (negative, with a reason).",
  })
  recordNetworkShareRemittance(
    @Arg("input", () => RecordNetworkShareRemittanceInput) input: RecordNetworkShareRemittanceInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new NetworkShareRemittanceService(ctx.ds.manager, ctx.identity?.subject ?? null).record(input);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The receiving network." })
  network(@Root() r: NetworkShareRemittance, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.network.load(r.networkId);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The remitting AMAP." })
  amap(@Root() r: NetworkShareRemittance, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.amap.load(r.amapId);
  }

  @FieldResolver(() => NetworkShareRemittance, {
    nullable: true,
    description: "The remittance this record corrects, if any.",
  })
  corrects(@Root() r: NetworkShareRemittance, @Ctx() ctx: NetworkContext) {
    return r.correctsId ? ctx.loaders.remittance.load(r.correctsId) : null;
  }
}
