import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Subscription } from "../entities/subscription.entity";
import { Household } from "../entities/household.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Installment } from "../entities/installment.entity";
import { AmapRef, ContractTemplateRef } from "../entities/federation.types";
import {
  CountersignSubscriptionInput,
  CreateSubscriptionInput,
  RecordPaperSignatureInput,
  SignSubscriptionInput,
  SubscriptionFilter,
  TerminateSubscriptionInput,
} from "../inputs/subscription.input";
import { SubscriptionService } from "../services/subscription.service";
import { SubscriptionBalance } from "../entities/balance.types";
import { Amendment } from "../entities/amendment.entity";
import { Absence } from "../entities/absence.entity";
import { Postponement } from "../entities/postponement.entity";
import { BasketHandover } from "../entities/basket-handover.entity";
import { ruleOpts } from "./rule-options";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of subscriptions." })
export class SubscriptionPage extends PageOf(Subscription) {}

const service = (ctx: MemberContext) => new SubscriptionService(ctx.ds.manager, ctx.templateTerms, ruleOpts(ctx));

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @Query(() => Subscription, { nullable: true, description: "One subscription, or null." })
  subscription(@Arg("id", () => ID, { description: "Id of the subscription." }) id: string, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscription.load(id);
  }

  @Query(() => SubscriptionPage, { description: "Subscriptions, filtered and paginated." })
  subscriptions(
    @Arg("filter", () => SubscriptionFilter, {
      nullable: true,
      description: "Which subscriptions to list (omit for all the caller may see).",
    })
    filter: SubscriptionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).list(filter, page);
  }

  @Mutation(() => Subscription, {
    description:
      "Subscribes a household to an open contract template: grid, frozen prices and payment schedule. Entered by the household, it is signed; entered by anyone else (an AMAP admin, a référent for a paper member) it awaits the household's signature, always. Fails with CONFLICT when the farm's quota is full (see requestSubscription).",
  })
  createSubscription(
    @Arg("input", () => CreateSubscriptionInput, { description: "The household, the template and the quantities." })
    input: CreateSubscriptionInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).create(input);
  }

  @Mutation(() => Subscription, {
    description:
      "The household signs a draft subscription, or one entered for it (only its own people: nobody signs for a household).",
  })
  signSubscription(
    @Arg("input", () => SignSubscriptionInput, { description: "The subscription to sign." })
    input: SignSubscriptionInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).sign(input.id);
  }

  @Mutation(() => Subscription, {
    description:
      "Records the paper contract a household signed (date, reference, note) as its signature, for a subscription entered for it: the template's référents and the AMAP's admins (audited).",
  })
  recordPaperSignature(
    @Arg("input", () => RecordPaperSignatureInput, { description: "The subscription and the paper signed." })
    input: RecordPaperSignatureInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).recordPaperSignature(input);
  }

  @Mutation(() => Subscription, {
    description: "The farmer countersigns a signed subscription, once the template is closed.",
  })
  countersignSubscription(
    @Arg("input", () => CountersignSubscriptionInput, { description: "The subscription to countersign." })
    input: CountersignSubscriptionInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).countersign(input.id);
  }

  @Mutation(() => Subscription, {
    description: "Ends a subscription early, with a reason; installments not yet provided are cancelled.",
  })
  terminateSubscription(
    @Arg("input", () => TerminateSubscriptionInput, { description: "The subscription to end and the reason." })
    input: TerminateSubscriptionInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).terminate(input.id, input.reason);
  }

  @FieldResolver(() => Household, { description: "The subscribing household." })
  household(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(s.householdId);
  }

  @FieldResolver(() => ContractTemplateRef, { nullable: true, description: "The contract template (amap subgraph)." })
  template(@Root() s: Subscription): ContractTemplateRef {
    return { id: s.templateId };
  }

  @FieldResolver(() => AmapRef, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() s: Subscription): AmapRef {
    return { id: s.amapId };
  }

  @FieldResolver(() => [DeliveryLine], { description: "The quantity grid, by date then product." })
  lines(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.linesBySubscription.load(s.id);
  }

  @FieldResolver(() => [Installment], {
    description: "The payment schedule, by rank (correcting records included: see `correctedBy`).",
  })
  installments(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.installmentsBySubscription.load(s.id);
  }

  @FieldResolver(() => SubscriptionBalance, { description: "Where the payments of the subscription stand." })
  balance(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscriptionBalance.load(s);
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: "The household sharing the basket in alternation, if any.",
  })
  partnerHousehold(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return s.partnerHouseholdId ? ctx.loaders.household.load(s.partnerHouseholdId) : null;
  }

  @FieldResolver(() => [Household], { description: "The other households sharing the subscription (co-subscribers)." })
  async coSubscribers(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    const links = await ctx.loaders.coSubscribersBySubscription.load(s.id);
    return (await ctx.loaders.household.loadMany(links.map((l) => l.householdId))).filter(
      (h): h is Household => h instanceof Household,
    );
  }

  @FieldResolver(() => [Amendment], { description: "Amendments (avenants) to the subscription, oldest first." })
  amendments(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.amendmentsBySubscription.load(s.id);
  }

  @FieldResolver(() => [Absence], { description: "Absences declared, by date." })
  absences(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.absencesBySubscription.load(s.id);
  }

  @FieldResolver(() => [Postponement], { description: "Postponements asked for, oldest first." })
  postponements(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.postponementsBySubscription.load(s.id);
  }

  @FieldResolver(() => [BasketHandover], {
    description:
      "Baskets of this subscription offered to other households (cessions de panier), taken or withdrawn included, oldest first.",
  })
  basketOffers(@Root() s: Subscription, @Ctx() ctx: MemberContext) {
    return ctx.loaders.basketOffersBySubscription.load(s.id);
  }
}
