import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DutySignup } from "../entities/duty-signup.entity";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { DutyShiftRef } from "../entities/federation.types";
import { DutyService } from "../services/duty.service";
import { ruleOpts } from "./rule-options";
import type { MemberContext } from "../context";
import { SignUpForDutyInput, WithdrawFromDutyInput } from "../inputs/season.input";

const service = (ctx: MemberContext) => new DutyService(ctx.ds.manager, ctx.amap, ruleOpts(ctx));

/** Duty sign-ups: the member subgraph extends the amap subgraph's DutyShift with who signed up. */
@Resolver(() => DutyShiftRef)
export class DutyShiftSignupsResolver {
  @FieldResolver(() => [DutySignup], { description: "Households signed up for the shift, in sign-up order." })
  signups(@Root() s: DutyShiftRef, @Ctx() ctx: MemberContext) {
    return ctx.loaders.signupsByShift.load(s.id);
  }

  @FieldResolver(() => Int, { description: "Seats still free on the shift." })
  @Directive('@requires(fields: "seats")')
  async vacancies(@Root() s: DutyShiftRef, @Ctx() ctx: MemberContext) {
    return Math.max((s.seats ?? 0) - (await ctx.loaders.signupsByShift.load(s.id)).length, 0);
  }
}

@Resolver(() => DutySignup)
export class DutySignupResolver {
  @Mutation(() => DutySignup, {
    description:
      "Signs a household (and possibly one of its people) up for a duty shift, under the roster's rules (deadline, shifts per distribution, seats).",
  })
  signUpForDuty(
    @Arg("input", () => SignUpForDutyInput, { description: "The shift, the household and possibly the person." })
    input: SignUpForDutyInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).signUp(input.shiftId, input.householdId, input.personId);
  }

  @Mutation(() => Boolean, { description: "Takes a household off a duty shift, before sign-ups close." })
  withdrawFromDuty(
    @Arg("input", () => WithdrawFromDutyInput, { description: "The sign-up withdrawn." }) input: WithdrawFromDutyInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).withdraw(input.id);
  }

  @Query(() => [DutySignup], { description: "Who is on duty at a distribution, in sign-up order." })
  whoIsOnDuty(
    @Arg("distributionId", () => ID, { description: "The distribution." }) distributionId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).onDuty([distributionId]);
  }

  @FieldResolver(() => Household, { description: "The household on duty." })
  household(@Root() d: DutySignup, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(d.householdId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person who comes, if named." })
  person(@Root() d: DutySignup, @Ctx() ctx: MemberContext) {
    return d.personId ? ctx.loaders.person.load(d.personId) : null;
  }

  @FieldResolver(() => DutyShiftRef, { nullable: true, description: "The duty shift (amap subgraph)." })
  shift(@Root() d: DutySignup): Pick<DutyShiftRef, "id"> {
    return { id: d.shiftId };
  }
}
