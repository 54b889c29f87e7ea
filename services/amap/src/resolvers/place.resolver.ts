import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Place } from "../entities/place.entity";
import { Amap } from "../entities/references";
import { CreatePlaceInput, DeletePlaceInput, PlaceFilter, UpdatePlaceInput } from "../inputs/place.input";
import { PlaceService } from "../services/place.service";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of distribution places." })
export class PlacePage extends PageOf(Place) {}

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => Place, { nullable: true, description: "One distribution place, or null." })
  place(@Arg("id", () => ID, { description: "Id of the place." }) id: string, @Ctx() ctx: AmapContext) {
    return ctx.loaders.place.load(id);
  }

  @Query(() => PlacePage, { description: "Distribution places, filtered and paginated." })
  places(
    @Arg("filter", () => PlaceFilter, {
      nullable: true,
      description: "Which places to list (omit for all the caller may see).",
    })
    filter: PlaceFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return new PlaceService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Place, { description: "Adds a distribution place to an AMAP." })
  createPlace(@Arg("input", () => CreatePlaceInput) input: CreatePlaceInput, @Ctx() ctx: AmapContext) {
    return new PlaceService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Place, { description: "Changes a distribution place." })
  updatePlace(
    @Arg("input", () => UpdatePlaceInput, { description: "The place and the fields to change." })
    input: UpdatePlaceInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new PlaceService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => Boolean, { description: "Deletes a place that no distribution uses." })
  deletePlace(
    @Arg("input", () => DeletePlaceInput, { description: "The place to delete." }) { id }: DeletePlaceInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new PlaceService(ctx.ds.manager).delete(id);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() p: Place): Amap {
    return { id: p.amapId };
  }
}
