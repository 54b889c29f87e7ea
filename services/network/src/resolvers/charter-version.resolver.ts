import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { CharterVersion } from "../entities/charter.entity";
import { Network } from "../entities/network.entity";
import { CharterVersionFilter, CreateCharterVersionInput } from "../inputs/charter.input";
import { CharterService } from "../services/charter.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of charter versions." })
export class CharterVersionPage extends PageOf(CharterVersion) {}

@Resolver(() => CharterVersion)
export class CharterVersionResolver {
  @Query(() => CharterVersion, { nullable: true, description: "One charter version, or null." })
  charterVersion(
    @Arg("id", () => ID, { description: "Id of the charter version." }) id: string,
    @Ctx() ctx: NetworkContext,
  ) {
    return ctx.loaders.charterVersion.load(id);
  }

  @Query(() => CharterVersionPage, {
    description: "Charter versions (movement-wide and networks' own), latest adopted first.",
  })
  charterVersions(
    @Arg("filter", () => CharterVersionFilter, {
      nullable: true,
      description: "Which charter versions to list (omit for all the caller may see).",
    })
    filter: CharterVersionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new CharterService(ctx.ds.manager).listVersions(filter, page);
  }

  @Mutation(() => CharterVersion, { description: "Records a charter version adopted by a network (or movement-wide)." })
  createCharterVersion(
    @Arg("input", () => CreateCharterVersionInput) input: CreateCharterVersionInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new CharterService(ctx.ds.manager).createVersion(input);
  }

  @FieldResolver(() => Network, {
    nullable: true,
    description: "The adopting network; null for a movement-wide charter.",
  })
  network(@Root() v: CharterVersion, @Ctx() ctx: NetworkContext) {
    return v.networkId ? ctx.loaders.network.load(v.networkId) : null;
  }
}
