import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { VisitAnswer, VisitQuestion } from "../entities/visit-grid.entity";
import { CreateVisitQuestionInput, UpdateVisitQuestionInput, VisitQuestionFilter } from "../inputs/farm-visit.input";
import { VisitGridService } from "../services/visit-grid.service";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of evaluation-grid questions." })
export class VisitQuestionPage extends PageOf(VisitQuestion) {}

@Resolver(() => VisitQuestion)
export class VisitQuestionResolver {
  @Query(() => VisitQuestion, { nullable: true, description: "One grid question, or null." })
  visitQuestion(
    @Arg("id", () => ID, { description: "Id of the visit question." }) id: string,
    @Ctx() ctx: NetworkContext,
  ) {
    return ctx.loaders.visitQuestion.load(id);
  }

  @Query(() => VisitQuestionPage, { description: "Questions of networks' evaluation grids, in grid order." })
  visitQuestions(
    @Arg("filter", () => VisitQuestionFilter, {
      nullable: true,
      description: "Which visit questions to list (omit for all the caller may see).",
    })
    filter: VisitQuestionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitGridService(ctx.ds.manager).listQuestions(filter, page);
  }

  @Mutation(() => VisitQuestion, {
    description: "Adds a question on a charter principle to a network's evaluation grid.",
  })
  createVisitQuestion(
    @Arg("input", () => CreateVisitQuestionInput) input: CreateVisitQuestionInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitGridService(ctx.ds.manager).createQuestion(input);
  }

  @Mutation(() => VisitQuestion, {
    description: "Rewords, moves or withdraws a grid question (answers already given are kept).",
  })
  updateVisitQuestion(
    @Arg("input", () => UpdateVisitQuestionInput, { description: "The question and the fields to change." })
    input: UpdateVisitQuestionInput,
    @Ctx() ctx: NetworkContext,
  ) {
    return new VisitGridService(ctx.ds.manager).updateQuestion(input.id, input);
  }
}

@Resolver(() => VisitAnswer)
export class VisitAnswerResolver {
  @FieldResolver(() => VisitQuestion, { nullable: true, description: "The question answered." })
  question(@Root() a: VisitAnswer, @Ctx() ctx: NetworkContext) {
    return ctx.loaders.visitQuestion.load(a.questionId);
  }
}
