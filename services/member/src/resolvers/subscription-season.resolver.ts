import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Subscription } from "../entities/subscription.entity";
import { Household } from "../entities/household.entity";
import { WaitingListEntry } from "../entities/waiting-list-entry.entity";
import { ContractTemplateRef } from "../entities/federation.types";
import {
  PromoteWaitingListInput,
  RequestSubscriptionInput,
  UpdateFlexibleQuantitiesInput,
  UpdateSubscriptionGridInput,
  UpdateSubscriptionSharingInput,
  WithdrawFromWaitingListInput,
} from "../inputs/subscription.input";
import { SubscriptionGridService } from "../services/subscription-grid.service";
import { updateSharing } from "../services/subscription-sharing";
import { WaitingListService } from "../services/waiting-list.service";
import { ruleOpts } from "./rule-options";
import type { MemberContext } from "../context";

@ObjectType({
  description:
    "The outcome of a subscription request: the subscription, or a place on the waiting list when the farm's quota is full.",
})
export class SubscriptionRequestResult {
  @Field(() => Subscription, { nullable: true, description: "The subscription, when there was room." })
  subscription: Subscription | null;
  @Field(() => WaitingListEntry, { nullable: true, description: "The waiting-list entry, when the quota was full." })
  waitingListEntry: WaitingListEntry | null;
}

const grid = (ctx: MemberContext) => new SubscriptionGridService(ctx.ds.manager, ctx.templateTerms, ruleOpts(ctx));
const waitingList = (ctx: MemberContext) => new WaitingListService(ctx.ds.manager, ctx.templateTerms, ruleOpts(ctx));

/** The season's changes to subscriptions: grid edits, flexible quantities, sharing, the waiting list. */
@Resolver(() => Subscription)
export class SubscriptionSeasonResolver {
  @Mutation(() => Subscription, {
    description:
      "Replaces the quantity grid of a subscription not countersigned yet, while the template takes subscriptions.",
  })
  updateSubscriptionGrid(
    @Arg("input", () => UpdateSubscriptionGridInput, { description: "The subscription and its new grid." })
    input: UpdateSubscriptionGridInput,
    @Ctx() ctx: MemberContext,
  ) {
    return grid(ctx).updateGrid(input.id, input.lines, input.expectedVersion);
  }

  @Mutation(() => Subscription, {
    description:
      "Flexible contracts: the quantities of one delivery, until its deadline (`editableUntil`), within the line's minimum and maximum; the last unpaid installments follow the new total.",
  })
  updateFlexibleQuantities(
    @Arg("input", () => UpdateFlexibleQuantitiesInput, {
      description: "The subscription, the delivery and its new quantities.",
    })
    input: UpdateFlexibleQuantitiesInput,
    @Ctx() ctx: MemberContext,
  ) {
    return grid(ctx).updateFlexible(input.subscriptionId, input.distributionId, input.lines, input.expectedVersion);
  }

  @Mutation(() => Subscription, {
    description: "Changes who shares a subscription: the alternating partner and the co-subscribers.",
  })
  updateSubscriptionSharing(
    @Arg("input", () => UpdateSubscriptionSharingInput, { description: "The subscription and who shares it." })
    input: UpdateSubscriptionSharingInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { id, ...sharing } = input;
    return updateSharing(ctx.ds.manager, ctx.templateTerms, id, sharing, ruleOpts(ctx).actorId ?? null);
  }

  @Mutation(() => SubscriptionRequestResult, {
    description: "Subscribes a household, or puts it on the template's waiting list when the farm's quota is full.",
  })
  requestSubscription(
    @Arg("input", () => RequestSubscriptionInput, {
      description: "The household, the template and the quantities asked.",
    })
    input: RequestSubscriptionInput,
    @Ctx() ctx: MemberContext,
  ) {
    return waitingList(ctx).request(input);
  }

  @Mutation(() => [WaitingListEntry], {
    description:
      "Gives freed places to the template's waiting households, oldest first (done automatically when a subscription is terminated).",
  })
  promoteWaitingList(
    @Arg("input", () => PromoteWaitingListInput, { description: "The contract template." })
    input: PromoteWaitingListInput,
    @Ctx() ctx: MemberContext,
  ) {
    return waitingList(ctx).promote(input.templateId);
  }

  @Mutation(() => WaitingListEntry, { description: "Takes a household off a waiting list." })
  withdrawFromWaitingList(
    @Arg("input", () => WithdrawFromWaitingListInput, { description: "The waiting-list entry." })
    input: WithdrawFromWaitingListInput,
    @Ctx() ctx: MemberContext,
  ) {
    return waitingList(ctx).withdraw(input.id);
  }

  @Query(() => [WaitingListEntry], { description: "A contract template's waiting list, in order." })
  waitingList(
    @Arg("templateId", () => ID, { description: "The contract template whose waiting list is read." })
    templateId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return ctx.loaders.waitingByTemplate.load(templateId);
  }
}

@Resolver(() => WaitingListEntry)
export class WaitingListEntryResolver {
  @FieldResolver(() => Household, { description: "The waiting household." })
  household(@Root() e: WaitingListEntry, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(e.householdId);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Place in the list (1 = next), while waiting." })
  async position(@Root() e: WaitingListEntry, @Ctx() ctx: MemberContext) {
    const list = await ctx.loaders.waitingByTemplate.load(e.templateId);
    const i = list.findIndex((x) => x.id === e.id);
    return i >= 0 ? i + 1 : null;
  }

  @FieldResolver(() => Subscription, {
    nullable: true,
    description: "The subscription created when the entry was promoted.",
  })
  subscription(@Root() e: WaitingListEntry, @Ctx() ctx: MemberContext) {
    return e.subscriptionId ? ctx.loaders.subscription.load(e.subscriptionId) : null;
  }
}

@Resolver(() => ContractTemplateRef)
export class ContractTemplateWaitingListResolver {
  @FieldResolver(() => [WaitingListEntry], {
    description: "Households waiting for a place (the farm's quota is full), in order.",
  })
  waitingList(@Root() t: ContractTemplateRef, @Ctx() ctx: MemberContext) {
    return ctx.loaders.waitingByTemplate.load(t.id);
  }
}
