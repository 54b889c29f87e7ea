import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { FarmVisit, FarmVisitMember } from "../entities/farm-visit.entity";
import { VisitAction, VisitAnswer, VisitQuestion } from "../entities/visit-grid.entity";
import { Network } from "../entities/network.entity";
import { Farm } from "../entities/farm.entity";
import {
  AddVisitMemberInput,
  AnswerVisitQuestionsInput,
  CompleteVisitInput,
  FarmVisitFilter,
  PlanVisitInput,
  RemoveVisitMemberInput,
  UpdateVisitInput,
} from "../inputs/farm-visit.input";
import { FarmVisitService } from "../services/farm-visit.service";
import { VisitGridService } from "../services/visit-grid.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of farm visits." })
export class FarmVisitPage extends PageOf(FarmVisit) {}

@Resolver(() => FarmVisit)
export class FarmVisitResolver {
  @Query(() => FarmVisit, { nullable: true, description: "One farm visit, or null." })
  farmVisit(@Arg("id", () => ID, { description: "Id of the farm visit." }) id: string, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.farmVisit.load(id);
  }

  @Query(() => FarmVisitPage, { description: "Farm visits (SPG), latest first." })
  farmVisits(
    @Arg("filter", () => FarmVisitFilter, {
      nullable: true,
      description: "Which farm visits to list (omit for all the caller may see).",
    })
    filter: FarmVisitFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmVisitService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => FarmVisit, { description: "Plans a participatory-guarantee visit of a farm." })
  planVisit(@Arg("input", () => PlanVisitInput) input: PlanVisitInput, @Ctx() ctx: NetworkContext) {
    return new FarmVisitService(ctx.ds.manager).plan(input);
  }

  @Mutation(() => FarmVisit, { description: "Moves, cancels or re-plans a visit, or writes its report." })
  updateVisit(
    @Arg("input", () => UpdateVisitInput, { description: "The visit and the fields to change." })
    input: UpdateVisitInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmVisitService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => FarmVisitMember, { description: "Adds a person to a visit's team." })
  addVisitMember(
    @Arg("input", () => AddVisitMemberInput, { description: "The visit and the person joining its team." })
    input: AddVisitMemberInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmVisitService(ctx.ds.manager).addMember(input.visitId, input);
  }

  @Mutation(() => Boolean, { description: "Removes a person from the team of a visit not yet done." })
  removeVisitMember(
    @Arg("input", () => RemoveVisitMemberInput, { description: "The team member to remove." })
    { id }: RemoveVisitMemberInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmVisitService(ctx.ds.manager).removeMember(id);
  }

  @Mutation(() => FarmVisit, {
    description: "Creates or replaces answers to questions of the network's grid for a visit.",
  })
  answerVisitQuestions(
    @Arg("input", () => AnswerVisitQuestionsInput, { description: "The visit and the answers." })
    { visitId, answers }: AnswerVisitQuestionsInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitGridService(ctx.ds.manager).answer(visitId, answers);
  }

  @Mutation(() => FarmVisit, {
    description:
      "Marks a visit done; needs a mixed team (a farmer and an AMAP member) and an answer to every question of the grid.",
  })
  completeVisit(
    @Arg("input", () => CompleteVisitInput, { description: "The visit to mark done." }) { id }: CompleteVisitInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new FarmVisitService(ctx.ds.manager).complete(id);
  }

  @FieldResolver(() => Network, { nullable: true, description: "The organising network." })
  network(@Root() v: FarmVisit, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.network.load(v.networkId);
  }

  @FieldResolver(() => Farm, { nullable: true, description: "The visited farm." })
  farm(@Root() v: FarmVisit, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.farm.load(v.farmId);
  }

  @FieldResolver(() => [FarmVisitMember], {
    description: "The visit team: farmers, then AMAP members, then network staff.",
  })
  team(@Root() v: FarmVisit, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.teamByVisit.load(v.id);
  }

  @FieldResolver(() => [VisitAnswer], { description: "Answers given to the evaluation grid." })
  answers(@Root() v: FarmVisit, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.answersByVisit.load(v.id);
  }

  @FieldResolver(() => [VisitAction], { description: "Follow-up actions, by due date." })
  actions(@Root() v: FarmVisit, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.actionsByVisit.load(v.id);
  }

  @FieldResolver(() => [VisitQuestion], {
    description: "Active questions of the network's grid not yet answered for this visit.",
  })
  async unansweredQuestions(@Root() v: FarmVisit, @Ctx() ctx: NetworkContext) {
    const [grid, answers] = await Promise.all([
      ctx.loaders.gridByNetwork.load(v.networkId),
      ctx.loaders.answersByVisit.load(v.id),
    ]);
    const answered = new Set(answers.map((a) => a.questionId));
    return grid.filter((q) => !answered.has(q.id));
  }
}
