import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { CharterCommitment, CharterVersion } from "../entities/charter.entity";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm } from "../entities/farm.entity";
import { CharterCommitmentFilter, CommitToCharterInput } from "../inputs/charter.input";
import { CharterService } from "../services/charter.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of charter commitments." })
export class CharterCommitmentPage extends PageOf(CharterCommitment) {}

@Resolver(() => CharterCommitment)
export class CharterCommitmentResolver {
  @Query(() => CharterCommitment, { nullable: true, description: "One charter commitment, or null." })
  charterCommitment(
    @Arg("id", () => ID, { description: "Id of the charter commitment." }) id: string,
    @Ctx() ctx: NetworkContext,
  ) {
    return ctx.loaders.charterCommitment.load(id);
  }

  @Query(() => CharterCommitmentPage, { description: "Charter commitments, latest signed first." })
  charterCommitments(
    @Arg("filter", () => CharterCommitmentFilter, {
      nullable: true,
      description: "Which charter commitments to list (omit for all the caller may see).",
    })
    filter: CharterCommitmentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new CharterService(ctx.ds.manager).listCommitments(filter, page);
  }

  @Mutation(() => CharterCommitment, { description: "Records that an AMAP or a farm (exactly one) signed a charter." })
  commitToCharter(@Arg("input", () => CommitToCharterInput) input: CommitToCharterInput, @Ctx() ctx: NetworkContext) {
    return new CharterService(ctx.ds.manager).commit(input);
  }

  @FieldResolver(() => CharterVersion, { nullable: true, description: "The charter version signed." })
  charterVersion(@Root() c: CharterCommitment, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.charterVersion.load(c.charterVersionId);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The network that recorded the commitment." })
  network(@Root() c: CharterCommitment, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.network.load(c.networkId);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP that signed, if an AMAP did." })
  amap(@Root() c: CharterCommitment, @Ctx() ctx: NetworkContext) {
    return c.amapId ? ctx.loaders.amap.load(c.amapId) : null;
  }

  @FieldResolver(() => Farm, { nullable: true, description: "The farm that signed, if a farm did." })
  farm(@Root() c: CharterCommitment, @Ctx() ctx: NetworkContext) {
    return c.farmId ? ctx.loaders.farm.load(c.farmId) : null;
  }
}
