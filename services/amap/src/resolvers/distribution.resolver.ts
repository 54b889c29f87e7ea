import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { DateScalar, DEFAULT_TIME_ZONE, PageArgs, PageOf, frenchCollator } from "@champ-commun/kit";
import { Distribution } from "../entities/distribution.entity";
import { Place } from "../entities/place.entity";
import { ContractTemplate } from "../entities/contract-template.entity";
import { Amap } from "../entities/references";
import { DistributionChange } from "../entities/distribution-change.entity";
import { DutyShift } from "../entities/duty-shift.entity";
import {
  CancelDistributionInput,
  CreateDistributionInput,
  DistributionFilter,
  GenerateDistributionsInput,
  MoveDistributionInput,
  UpdateDistributionInput,
} from "../inputs/distribution.input";
import { DistributionService } from "../services/distribution.service";
import { DistributionChangeService } from "../services/distribution-change.service";
import { distributionEndsAt, distributionStartsAt, effectiveDate } from "../services/deliveries";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of distributions." })
export class DistributionPage extends PageOf(Distribution) {}

@Resolver(() => Distribution)
export class DistributionResolver {
  @Query(() => Distribution, { nullable: true, description: "One distribution, or null." })
  distribution(@Arg("id", () => ID, { description: "Id of the distribution." }) id: string, @Ctx() ctx: AmapContext) {
    return ctx.loaders.distribution.load(id);
  }

  @Query(() => DistributionPage, { description: "Distributions, filtered and paginated (by date by default)." })
  distributions(
    @Arg("filter", () => DistributionFilter, {
      nullable: true,
      description: "Which distributions to list (omit for all the caller may see).",
    })
    filter: DistributionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Distribution, { description: "Adds one distribution to an AMAP's calendar." })
  createDistribution(
    @Arg("input", () => CreateDistributionInput) input: CreateDistributionInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Distribution, {
    description:
      "Changes a distribution (date, times, place, notes); date and place of a distribution with open or signed contracts change through `moveDistribution`.",
  })
  updateDistribution(
    @Arg("input", () => UpdateDistributionInput, { description: "The distribution and the fields to change." })
    input: UpdateDistributionInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => [Distribution], {
    description:
      "Generates a calendar of distributions over a date range; dates that already have a distribution are skipped. Returns the distributions created.",
  })
  generateDistributions(
    @Arg("input", () => GenerateDistributionsInput) input: GenerateDistributionsInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionService(ctx.ds.manager).generate(input);
  }

  @Mutation(() => Distribution, {
    description:
      "Moves a distribution to another date and/or place (status `moved`; `date` keeps the planned date) and records a DistributionChange for the amendments of the subscriptions delivering that day.",
  })
  moveDistribution(
    @Arg("input", () => MoveDistributionInput, {
      description: "The distribution, where and when it moves to, and why.",
    })
    input: MoveDistributionInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionChangeService(ctx.ds.manager).move(input.id, input);
  }

  @Mutation(() => Distribution, {
    description:
      "Cancels a distribution (it stays in the calendar, cancelled) and records a DistributionChange with the reason; cancelling it again records nothing more.",
  })
  cancelDistribution(
    @Arg("input", () => CancelDistributionInput, { description: "The distribution to cancel, and why." })
    { id, reason }: CancelDistributionInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DistributionChangeService(ctx.ds.manager).cancel(id, reason);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() d: Distribution): Amap {
    return { id: d.amapId };
  }

  @FieldResolver(() => Place, { nullable: true, description: "Where the distribution happens." })
  place(@Root() d: Distribution, @Ctx() ctx: AmapContext) {
    return d.placeId ? ctx.loaders.place.load(d.placeId) : null;
  }

  @FieldResolver(() => DateScalar, {
    description: "The date the distribution happens on: `movedToDate` when moved, else `date`.",
  })
  effectiveDate(@Root() d: Distribution): string {
    return effectiveDate(d);
  }

  @FieldResolver(() => String, {
    description: `The AMAP's time zone (IANA, e.g. ${DEFAULT_TIME_ZONE}, Indian/Reunion): the zone of \`startTime\` and \`endTime\`.`,
  })
  timeZone(@Root() d: Distribution, @Ctx() ctx: AmapContext): Promise<string> {
    return ctx.zones.of(d.amapId);
  }

  @FieldResolver(() => Date, {
    description: "When the distribution starts (UTC): its effective date and start time in the AMAP's time zone.",
  })
  async startsAt(@Root() d: Distribution, @Ctx() ctx: AmapContext): Promise<Date> {
    return distributionStartsAt(d, await ctx.zones.of(d.amapId));
  }

  @FieldResolver(() => Date, { description: "When the distribution ends (UTC)." })
  async endsAt(@Root() d: Distribution, @Ctx() ctx: AmapContext): Promise<Date> {
    return distributionEndsAt(d, await ctx.zones.of(d.amapId));
  }

  @FieldResolver(() => Place, {
    nullable: true,
    description: "The substitute place when the distribution is moved elsewhere.",
  })
  movedToPlace(@Root() d: Distribution, @Ctx() ctx: AmapContext) {
    return d.movedToPlaceId ? ctx.loaders.place.load(d.movedToPlaceId) : null;
  }

  @FieldResolver(() => [DistributionChange], {
    description: "Moves and cancellation of this distribution, oldest first.",
  })
  changes(@Root() d: Distribution, @Ctx() ctx: AmapContext) {
    return ctx.loaders.changesByDistribution.load(d.id);
  }

  @FieldResolver(() => [DutyShift], { description: "Duty shifts of this distribution, in roster order." })
  dutyShifts(@Root() d: Distribution, @Ctx() ctx: AmapContext) {
    return ctx.loaders.shiftsByDistribution.load(d.id);
  }

  @FieldResolver(() => [ContractTemplate], { description: "Contract templates that deliver at this distribution." })
  async contractTemplates(@Root() d: Distribution, @Ctx() ctx: AmapContext) {
    const links = await ctx.loaders.templateLinksByDistribution.load(d.id);
    const templates = await ctx.loaders.contractTemplate.loadMany(links.map((l) => l.templateId));
    return templates
      .filter((t): t is ContractTemplate => t instanceof ContractTemplate)
      .sort((a, b) => frenchCollator.compare(a.name, b.name));
  }
}
