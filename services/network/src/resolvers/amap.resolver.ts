import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Amap } from "../entities/amap.entity";
import { Network } from "../entities/network.entity";
import { NetworkMembership } from "../entities/network-membership.entity";
import { CharterCommitment } from "../entities/charter.entity";
import { AmapFilter, CloseAmapInput, CreateAmapInput, UpdateAmapInput } from "../inputs/amap.input";
import { AmapService } from "../services/amap.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of AMAPs." })
export class AmapPage extends PageOf(Amap) {}

@Directive("@inaccessible")
@ObjectType({ description: "An AMAP's time zone (internal: the subgraphs' calendars ask it)." })
export class AmapTimeZone {
  @Field(() => ID, { description: "Id of the AMAP." }) amapId: string;
  @Field(() => String, { description: "IANA time zone of its calendar dates and deadlines." }) timeZone: string;
}

@Resolver(() => Amap)
export class AmapResolver {
  @Query(() => [AmapTimeZone], {
    description:
      "Time zones of AMAPs, for the deadlines and the 'today' the other subgraphs count (internal; a zone is as public as the directory's town).",
  })
  @Directive("@inaccessible")
  amapTimeZones(
    @Arg("ids", () => [ID], { description: "Ids of the AMAPs (500 at most); unknown ids are left out." }) ids: string[],
    @Ctx() ctx: NetworkContext,
  ) {
    return new AmapService(ctx.ds.manager).timeZones(ids);
  }

  @Query(() => Amap, { nullable: true, description: "One AMAP, or null." })
  amap(@Arg("id", () => ID, { description: "Id of the AMAP." }) id: string, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.amap.load(id);
  }

  @Query(() => AmapPage, { description: "AMAPs of the territorial database, filtered and paginated." })
  amaps(
    @Arg("filter", () => AmapFilter, {
      nullable: true,
      description: "Which AMAPs to list (omit for all the caller may see).",
    })
    filter: AmapFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AmapService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Amap, { description: "Registers an AMAP in the territorial database." })
  createAmap(@Arg("input", () => CreateAmapInput) input: CreateAmapInput, @Ctx() ctx: NetworkContext) {
    return new AmapService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Amap, { description: "Changes an AMAP's identity, address, registration mode, status or time zone." })
  updateAmap(
    @Arg("input", () => UpdateAmapInput, { description: "The AMAP and the fields to change." }) input: UpdateAmapInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AmapService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => Amap, { description: "Marks an AMAP closed (its history is kept)." })
  closeAmap(
    @Arg("input", () => CloseAmapInput, { description: "The AMAP to close." }) { id }: CloseAmapInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new AmapService(ctx.ds.manager).close(id);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network the AMAP belongs to." })
  network(@Root() a: Amap, @Ctx() ctx: NetworkContext) {
    return a.networkId ? ctx.loaders.network.load(a.networkId) : null;
  }

  @FieldResolver(() => [NetworkMembership], { description: "The AMAP's yearly memberships to networks." })
  networkMemberships(@Root() a: Amap, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.membershipsByAmap.load(a.id);
  }

  @FieldResolver(() => [CharterCommitment], { description: "The AMAP's charter commitments, latest signed first." })
  charterCommitments(@Root() a: Amap, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.charterCommitmentsByAmap.load(a.id);
  }
}
