import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Farm } from "../entities/farm.entity";
import { Network } from "../entities/network.entity";
import { Product } from "../entities/product.entity";
import { NetworkMembership } from "../entities/network-membership.entity";
import { CharterCommitment } from "../entities/charter.entity";
import { FarmVisit } from "../entities/farm-visit.entity";
import { CreateFarmInput, FarmFilter, UpdateFarmInput } from "../inputs/farm.input";
import { FarmService } from "../services/farm.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of farms." })
export class FarmPage extends PageOf(Farm) {}

@Resolver(() => Farm)
export class FarmResolver {
  @Query(() => Farm, { nullable: true, description: "One farm, or null." })
  farm(@Arg("id", () => ID, { description: "Id of the farm." }) id: string, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.farm.load(id);
  }

  @Query(() => FarmPage, { description: "Farms of the territorial database, filtered and paginated." })
  farms(
    @Arg("filter", () => FarmFilter, {
      nullable: true,
      description: "Which farms to list (omit for all the caller may see).",
    })
    filter: FarmFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Farm, { description: "Adds a farm to the shared directory." })
  createFarm(@Arg("input", () => CreateFarmInput) input: CreateFarmInput, @Ctx() ctx: NetworkContext) {
    return new FarmService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Farm, { description: "Changes a farm's record (one record shared by every AMAP it supplies)." })
  updateFarm(
    @Arg("input", () => UpdateFarmInput, { description: "The farm and the fields to change." }) input: UpdateFarmInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmService(ctx.ds.manager).update(input.id, input);
  }

  @FieldResolver(() => [Product], { description: "Products the farm sells." })
  products(@Root() f: Farm, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.productsByFarm.load(f.id);
  }

  @FieldResolver(() => [Network], { description: "Networks whose directory lists the farm." })
  async networks(@Root() f: Farm, @Ctx() ctx: NetworkContext) {
    const links = await ctx.loaders.farmLinksByFarm.load(f.id);
    const networks = await ctx.loaders.network.loadMany(links.map((l) => l.networkId));
    return networks.filter((n): n is Network => n instanceof Network);
  }

  @FieldResolver(() => [NetworkMembership], { description: "The farm's yearly memberships to networks." })
  networkMemberships(@Root() f: Farm, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.membershipsByFarm.load(f.id);
  }

  @FieldResolver(() => [CharterCommitment], { description: "The farm's charter commitments, latest signed first." })
  charterCommitments(@Root() f: Farm, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.charterCommitmentsByFarm.load(f.id);
  }

  @FieldResolver(() => [FarmVisit], { description: "History of the farm's SPG visits, latest first." })
  visits(@Root() f: Farm, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.visitsByFarm.load(f.id);
  }
}
