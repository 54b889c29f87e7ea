import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { DutyShift } from "../entities/duty-shift.entity";
import { DutyRole } from "../entities/duty-role.entity";
import { Distribution } from "../entities/distribution.entity";
import { Amap } from "../entities/references";
import { DutyShiftFilter, GenerateDutyShiftsInput, UpdateDutyShiftInput } from "../inputs/duty.input";
import { DutyShiftService } from "../services/duty-shift.service";
import { signupClosesAt } from "../services/deliveries";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of duty shifts." })
export class DutyShiftPage extends PageOf(DutyShift) {}

@Resolver(() => DutyShift)
export class DutyShiftResolver {
  @Query(() => DutyShift, { nullable: true, description: "One duty shift, or null." })
  dutyShift(@Arg("id", () => ID, { description: "Id of the duty shift." }) id: string, @Ctx() ctx: AmapContext) {
    return ctx.loaders.dutyShift.load(id);
  }

  @Query(() => DutyShiftPage, {
    description: "Duty shifts, filtered and paginated (by distribution date, then roster order, by default).",
  })
  dutyShifts(
    @Arg("filter", () => DutyShiftFilter, {
      nullable: true,
      description: "Which duty shifts to list (omit for all the caller may see).",
    })
    filter: DutyShiftFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyShiftService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => [DutyShift], {
    description:
      "Generates one shift per active duty role at each distribution of an AMAP between two dates (cancelled ones left out); shifts already there are kept, so running it again creates nothing more. Returns the shifts created.",
  })
  generateDutyShifts(
    @Arg("input", () => GenerateDutyShiftsInput, { description: "The AMAP and the range of distribution dates." })
    { amapId, from, to }: GenerateDutyShiftsInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyShiftService(ctx.ds.manager).generate(amapId, from, to);
  }

  @Mutation(() => DutyShift, { description: "Changes the seats of a duty shift." })
  updateDutyShift(
    @Arg("input", () => UpdateDutyShiftInput, { description: "The shift and its new seats." })
    input: UpdateDutyShiftInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyShiftService(ctx.ds.manager).update(input.id, input);
  }

  @FieldResolver(() => DutyRole, { description: "The role of the shift." })
  async role(@Root() s: DutyShift, @Ctx() ctx: AmapContext) {
    return (await ctx.loaders.dutyRole.load(s.roleId))!;
  }

  @FieldResolver(() => Distribution, { nullable: true, description: "The distribution of the shift." })
  distribution(@Root() s: DutyShift, @Ctx() ctx: AmapContext) {
    return ctx.loaders.distribution.load(s.distributionId);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      "When sign-ups for this shift close (UTC): the distribution's start minus the AMAP's `signupDeadlineHours`.",
  })
  async signupClosesAt(@Root() s: DutyShift, @Ctx() ctx: AmapContext): Promise<Date | null> {
    const [d, rules, zone] = await Promise.all([
      ctx.loaders.distribution.load(s.distributionId),
      ctx.loaders.dutyRules.load(s.amapId),
      ctx.zones.of(s.amapId),
    ]);
    return d ? signupClosesAt(d, rules.signupDeadlineHours, zone) : null;
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() s: DutyShift): Amap {
    return { id: s.amapId };
  }
}
