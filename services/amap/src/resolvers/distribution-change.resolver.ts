import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { DistributionChange } from "../entities/distribution-change.entity";
import { Distribution } from "../entities/distribution.entity";
import { Place } from "../entities/place.entity";
import { Amap } from "../entities/references";
import { DistributionChangeFilter } from "../inputs/distribution-change.input";
import { DistributionChangeService } from "../services/distribution-change.service";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of distribution changes." })
export class DistributionChangePage extends PageOf(DistributionChange) {}

@Resolver(() => DistributionChange)
export class DistributionChangeResolver {
  @Query(() => DistributionChangePage, {
    description:
      "Moves and cancellations of distributions, oldest first: the member subgraph polls them (`amapId` + `since`) and makes one amendment per subscription touched, keyed by the change's id.",
  })
  distributionChanges(
    @Arg("filter", () => DistributionChangeFilter, {
      nullable: true,
      description: "Which changes to list (omit for all the caller may see); give amapId and since to poll.",
    })
    filter: DistributionChangeFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionChangeService(ctx.ds.manager).list(filter, page);
  }

  @FieldResolver(() => Distribution, { nullable: true, description: "The distribution changed, as it stands now." })
  distribution(@Root() c: DistributionChange, @Ctx() ctx: AmapContext) {
    return ctx.loaders.distribution.load(c.distributionId);
  }

  @FieldResolver(() => Place, { nullable: true, description: "The place before the change." })
  originalPlace(@Root() c: DistributionChange, @Ctx() ctx: AmapContext) {
    return c.originalPlaceId ? ctx.loaders.place.load(c.originalPlaceId) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: "The place after the change." })
  newPlace(@Root() c: DistributionChange, @Ctx() ctx: AmapContext) {
    return c.newPlaceId ? ctx.loaders.place.load(c.newPlaceId) : null;
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() c: DistributionChange): Amap {
    return { id: c.amapId };
  }
}
