import { Arg, Ctx, Directive, Field, InputType, Int, Mutation, ObjectType, Resolver } from "type-graphql";
import { spendQueryBudget } from "./query-budget.service";
import type { MemberContext } from "../context";

@Directive("@inaccessible")
@InputType({ description: "Items to spend from a caller's query budget (internal: the gateway asks)." })
export class SpendQueryBudgetInput {
  @Field(() => String, { description: "The caller: person:<id>, partner:<id> or address:<ip>." }) key: string;
  @Field(() => Int, { description: "The request's cost in items." }) cost: number;
  @Field(() => Int, { description: "Items allowed per window." }) limit: number;
  @Field(() => Int, { description: "Length of the window, in seconds." }) windowSeconds: number;
}

@Directive("@inaccessible")
@ObjectType({ description: "What the query budget says about one request." })
export class QueryBudgetAnswer {
  @Field(() => Boolean, { description: "Whether the request may run (its cost was spent)." }) allowed: boolean;
  @Field(() => Int, { description: "Items spent in the current window." }) spent: number;
  @Field(() => Int, { description: "Items allowed per window." }) limit: number;
  @Field(() => Date, { description: "When the window starts afresh (UTC)." }) resetAt: Date;
}

/** The per-caller query budget the gateways share (issue 11, finding 4). */
@Resolver()
export class QueryBudgetResolver {
  @Mutation(() => QueryBudgetAnswer, {
    description:
      "Spends items of a caller's query budget, or refuses (internal: the gateway asks before running a costly query).",
  })
  @Directive("@inaccessible")
  spendQueryBudget(
    @Arg("input", () => SpendQueryBudgetInput, { description: "The caller and the items to spend." })
    input: SpendQueryBudgetInput,
    @Ctx() ctx: MemberContext,
  ) {
    return spendQueryBudget(ctx.ds.manager, input.key, input.cost, input.limit, input.windowSeconds);
  }
}
