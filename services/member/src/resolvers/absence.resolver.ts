import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { findPage, PageArgs, PageOf } from "@champ-commun/kit";
import { Absence } from "../entities/absence.entity";
import { Postponement, PostponementStatus } from "../entities/postponement.entity";
import { BasketHandover, BasketHandoverStatus } from "../entities/basket-handover.entity";
import { Subscription } from "../entities/subscription.entity";
import { Household } from "../entities/household.entity";
import { AbsenceService } from "../services/absence.service";
import { BasketService } from "../services/basket.service";
import { ruleOpts } from "./rule-options";
import type { MemberContext } from "../context";
import {
  ApprovePostponementInput,
  DeclareAbsenceInput,
  OfferBasketInput,
  PostponeDeliveryInput,
  RefusePostponementInput,
  TakeBasketInput,
  WithdrawAbsenceInput,
  WithdrawBasketOfferInput,
} from "../inputs/season.input";

@ObjectType({ description: "A page of postponements." })
export class PostponementPage extends PageOf(Postponement) {}

const absences = (ctx: MemberContext) => new AbsenceService(ctx.ds.manager, ctx.templateTerms, ctx.amap, ruleOpts(ctx));
const baskets = (ctx: MemberContext) => new BasketService(ctx.ds.manager, ctx.templateTerms, ctx.amap, ruleOpts(ctx));

/** Absences, postponements and basket handovers: a household's changes to one delivery. */
@Resolver(() => Absence)
export class AbsenceResolver {
  @Mutation(() => Absence, {
    description:
      "Declares an absence (joker) for one delivery, within the template's policy (count, notice before the distribution starts).",
  })
  declareAbsence(
    @Arg("input", () => DeclareAbsenceInput, { description: "The subscription and the delivery missed." })
    input: DeclareAbsenceInput,
    @Ctx() ctx: MemberContext,
  ) {
    return absences(ctx).declareAbsence(input.subscriptionId, input.distributionId);
  }

  @Mutation(() => Boolean, { description: "Takes an absence back, within the same notice." })
  withdrawAbsence(
    @Arg("input", () => WithdrawAbsenceInput, { description: "The absence to take back." }) input: WithdrawAbsenceInput,
    @Ctx() ctx: MemberContext,
  ) {
    return absences(ctx).withdrawAbsence(input.id);
  }

  @Mutation(() => Postponement, {
    description:
      "Moves one delivery to another delivery date the template offers (same notice and count as absences); waits for the farmer's consent when the template requires it.",
  })
  postponeDelivery(
    @Arg("input", () => PostponeDeliveryInput, { description: "The subscription, the delivery moved and where to." })
    input: PostponeDeliveryInput,
    @Ctx() ctx: MemberContext,
  ) {
    return absences(ctx).postpone(input.subscriptionId, input.fromDistributionId, input.toDistributionId);
  }

  @Mutation(() => Postponement, { description: "The farmer consents to a postponement." })
  approvePostponement(
    @Arg("input", () => ApprovePostponementInput, { description: "The postponement approved." })
    input: ApprovePostponementInput,
    @Ctx() ctx: MemberContext,
  ) {
    return absences(ctx).decide(input.id, true);
  }

  @Mutation(() => Postponement, { description: "The farmer refuses a postponement, with a reason." })
  refusePostponement(
    @Arg("input", () => RefusePostponementInput, { description: "The postponement refused and the reason." })
    input: RefusePostponementInput,
    @Ctx() ctx: MemberContext,
  ) {
    return absences(ctx).decide(input.id, false, input.reason);
  }

  @Query(() => PostponementPage, {
    description:
      "An AMAP's postponements (e.g. those waiting for the farmer's consent), paginated: oldest first (ids are time-ordered), or sorted by `createdAt`, `fromDate`, `toDate` or `status`.",
  })
  postponements(
    @Arg("amapId", () => ID, { description: "The AMAP." }) amapId: string,
    @Arg("status", () => PostponementStatus, {
      nullable: true,
      description: "Only postponements in this status (omit for all).",
    })
    status: PostponementStatus | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return findPage(
      ctx.ds.getRepository(Postponement),
      { amapId, ...(status ? { status } : {}) },
      page,
      ["createdAt", "fromDate", "toDate", "status"],
      { id: "ASC" },
    );
  }

  @Mutation(() => BasketHandover, {
    description: "Offers the basket of one delivery the household cannot collect, until the distribution starts.",
  })
  offerBasket(
    @Arg("input", () => OfferBasketInput, { description: "The subscription and the delivery offered." })
    input: OfferBasketInput,
    @Ctx() ctx: MemberContext,
  ) {
    return baskets(ctx).offer(input.subscriptionId, input.distributionId);
  }

  @Mutation(() => BasketHandover, {
    description:
      "Takes an offered basket: for a household of the AMAP (`householdId`) or an intermittent (`takerName`); first come, first served.",
  })
  takeBasket(
    @Arg("input", () => TakeBasketInput, { description: "The offer and who takes it." }) input: TakeBasketInput,
    @Ctx() ctx: MemberContext,
  ) {
    return baskets(ctx).take(input.offerId, input.householdId, input.takerName);
  }

  @Mutation(() => BasketHandover, { description: "Withdraws a basket offer nobody took yet." })
  withdrawBasketOffer(
    @Arg("input", () => WithdrawBasketOfferInput, { description: "The offer withdrawn." })
    input: WithdrawBasketOfferInput,
    @Ctx() ctx: MemberContext,
  ) {
    return baskets(ctx).withdraw(input.offerId);
  }

  @Query(() => [BasketHandover], { description: "Baskets offered (or taken) at a distribution, oldest first." })
  basketOffers(
    @Arg("distributionId", () => ID, { description: "The distribution the baskets are offered at." })
    distributionId: string,
    @Arg("status", () => BasketHandoverStatus, {
      nullable: true,
      description: "Only offers in this status (omit for all).",
    })
    status: BasketHandoverStatus | undefined,
    @Ctx() ctx: MemberContext,
  ) {
    return ctx.ds
      .getRepository(BasketHandover)
      .find({ where: { distributionId, ...(status ? { status } : {}) }, order: { id: "ASC" } });
  }

  @FieldResolver(() => Subscription, { description: "The subscription." })
  subscription(@Root() a: Absence, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscription.load(a.subscriptionId);
  }
}

@Resolver(() => BasketHandover)
export class BasketHandoverResolver {
  @FieldResolver(() => Household, { description: "The household giving the basket." })
  giver(@Root() b: BasketHandover, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(b.giverHouseholdId);
  }

  @FieldResolver(() => Household, { nullable: true, description: "The household that took it, if a household did." })
  taker(@Root() b: BasketHandover, @Ctx() ctx: MemberContext) {
    return b.takerHouseholdId ? ctx.loaders.household.load(b.takerHouseholdId) : null;
  }

  @FieldResolver(() => Subscription, { description: "The subscription whose delivery is offered." })
  subscription(@Root() b: BasketHandover, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscription.load(b.subscriptionId);
  }
}

@Resolver(() => Postponement)
export class PostponementResolver {
  @FieldResolver(() => Subscription, { description: "The subscription." })
  subscription(@Root() p: Postponement, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscription.load(p.subscriptionId);
  }
}
