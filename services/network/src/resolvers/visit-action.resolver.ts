import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { VisitAction } from "../entities/visit-grid.entity";
import { FarmVisit } from "../entities/farm-visit.entity";
import { Farm } from "../entities/farm.entity";
import { AddVisitActionInput, UpdateVisitActionInput, VisitActionFilter } from "../inputs/farm-visit.input";
import { VisitActionService } from "../services/visit-action.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of follow-up actions." })
export class VisitActionPage extends PageOf(VisitAction) {}

@Resolver(() => VisitAction)
export class VisitActionResolver {
  @Query(() => VisitActionPage, { description: "Follow-up actions of farm visits, soonest due first." })
  visitActions(
    @Arg("filter", () => VisitActionFilter, {
      nullable: true,
      description: "Which visit actions to list (omit for all the caller may see).",
    })
    filter: VisitActionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitActionService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => VisitAction, { description: "Records a follow-up action agreed during a visit." })
  addVisitAction(
    @Arg("input", () => AddVisitActionInput, { description: "The visit and the action agreed." })
    input: AddVisitActionInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitActionService(ctx.ds.manager).add(input.visitId, input);
  }

  @Mutation(() => VisitAction, { description: "Changes a follow-up action, or marks it done (or open again)." })
  updateVisitAction(
    @Arg("input", () => UpdateVisitActionInput, { description: "The action and the fields to change." })
    input: UpdateVisitActionInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitActionService(ctx.ds.manager).update(input.id, input);
  }

  @FieldResolver(() => FarmVisit, { nullable: true, description: "The visit the action comes from." })
  visit(@Root() a: VisitAction, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.farmVisit.load(a.visitId);
  }

  @FieldResolver(() => Farm, { nullable: true, description: "The visited farm." })
  farm(@Root() a: VisitAction, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.farm.load(a.farmId);
  }
}
