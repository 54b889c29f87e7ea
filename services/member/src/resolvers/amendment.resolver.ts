import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { findPage, PageArgs, PageOf } from "@champ-commun/kit";
import { Amendment, AmendmentStatus } from "../entities/amendment.entity";
import { Subscription } from "../entities/subscription.entity";
import { Household } from "../entities/household.entity";
import { AmendmentService } from "../services/amendment.service";
import { ruleOpts } from "./rule-options";
import type { MemberContext } from "../context";
import { AcceptAmendmentInput, RefuseAmendmentInput, SyncDistributionChangesInput } from "../inputs/season.input";

@ObjectType({ description: "A page of amendments." })
export class AmendmentPage extends PageOf(Amendment) {}

const service = (ctx: MemberContext) => new AmendmentService(ctx.ds.manager, ctx.amap, ruleOpts(ctx));

@Resolver(() => Amendment)
export class AmendmentResolver {
  @Mutation(() => [Amendment], {
    description:
      "Turns the AMAP's distribution changes (moved, cancelled) into amendments of every subscription delivering that day; idempotent: returns the amendments it created.",
  })
  syncDistributionChanges(
    @Arg("input", () => SyncDistributionChangesInput, { description: "The AMAP." }) input: SyncDistributionChangesInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).sync(input.amapId);
  }

  @Mutation(() => Amendment, { description: "The household accepts an amendment." })
  acceptAmendment(
    @Arg("input", () => AcceptAmendmentInput, { description: "The amendment accepted." }) input: AcceptAmendmentInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).decide(input.id, true);
  }

  @Mutation(() => Amendment, {
    description: "The household refuses an amendment, with a reason (a refused move is not delivered and is credited).",
  })
  refuseAmendment(
    @Arg("input", () => RefuseAmendmentInput, { description: "The amendment refused and the reason." })
    input: RefuseAmendmentInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).decide(input.id, false, input.reason);
  }

  @Query(() => AmendmentPage, {
    description:
      "An AMAP's amendments, paginated: all, or those of one distribution or with one status; oldest first (ids are time-ordered), or sorted by `createdAt`, `status` or `amountCents`.",
  })
  amendments(
    @Arg("amapId", () => ID, { description: "The AMAP." }) amapId: string,
    @Arg("distributionId", () => ID, { nullable: true, description: "Only amendments about this distribution." })
    distributionId: string | undefined,
    @Arg("status", () => AmendmentStatus, {
      nullable: true,
      description: "Only amendments in this status (omit for all).",
    })
    status: AmendmentStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return findPage(
      ctx.ds.getRepository(Amendment),
      { amapId, ...(distributionId ? { distributionId } : {}), ...(status ? { status } : {}) },
      page,
      ["createdAt", "status", "amountCents"],
      { id: "ASC" },
    );
  }

  @FieldResolver(() => Subscription, { description: "The amended subscription." })
  subscription(@Root() a: Amendment, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscription.load(a.subscriptionId);
  }

  @FieldResolver(() => Household, { description: "The household asked for its consent." })
  household(@Root() a: Amendment, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(a.householdId);
  }
}
