import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { SubscriptionStatus } from "../entities/subscription.entity";
import { PaymentMeans } from "../entities/installment.entity";

@InputType({ description: "Filter for lists of subscriptions." })
export class SubscriptionFilter {
  @Field(() => [ID], { nullable: true, description: "Only these subscriptions." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only this AMAP's subscriptions." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Only subscriptions to this contract template." })
  templateId?: string;
  @Field(() => ID, { nullable: true, description: "Only this household's subscriptions." }) householdId?: string;
  @Field(() => SubscriptionStatus, { nullable: true, description: "Only subscriptions with this status." })
  status?: SubscriptionStatus;
}

@InputType({ description: "One cell of the quantity grid: a template line at a distribution." })
export class SubscriptionLineInput {
  @Field(() => ID, { description: "Id of the template line (product line)." }) templateLineId: string;
  @Field(() => ID, { description: "Id of the distribution." }) distributionId: string;
  @Field(() => Int, { description: "Quantity (0 = nothing that day)." }) quantity: number;
}

@InputType({ description: "A household's subscription to a contract template, with its grid and payment schedule." })
export class CreateSubscriptionInput {
  @Field(() => ID, { description: "Id of the contract template (must be open)." }) templateId: string;
  @Field(() => ID, { description: "Id of the subscribing household." }) householdId: string;
  @Field(() => Int, { description: "Number of installments (one of the template's allowed counts)." })
  installmentCount: number;
  @Field(() => PaymentMeans, { description: "Means of payment (one the template accepts)." }) means: PaymentMeans;
  @Field(() => DateScalar, {
    nullable: true,
    description: "First delivery date covered (late joiners); by default the first date of the grid.",
  })
  startsOn?: string | null;
  @Field(() => [SubscriptionLineInput], { description: "The quantity grid." }) lines: SubscriptionLineInput[];
  @Field(() => Boolean, { nullable: true, description: "Keep it as a draft, to be signed later (false by default)." })
  draft?: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      "Id of the person entering the subscription for the household. Whoever is not of the household is recorded here anyway: such a subscription awaits the household's signature (or the paper's evidence, recordPaperSignature).",
  })
  enteredBy?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "Household sharing the basket in alternation: every other delivery date goes to it.",
  })
  partnerHouseholdId?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: "Other households sharing the subscription (co-subscribers), shown on the sign-off sheet.",
  })
  coSubscriberHouseholdIds?: string[] | null;
}

@InputType({ description: "Who shares a subscription: an alternating partner and co-subscribers." })
export class SubscriptionSharingInput {
  @Field(() => ID, { nullable: true, description: "Household sharing the basket in alternation (null: none)." })
  partnerHouseholdId?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: "Co-subscribing households (replaces the list; omitted: unchanged).",
  })
  coSubscriberHouseholdIds?: string[] | null;
}

@InputType({ description: "One product of a flexible delivery: its new quantity." })
export class FlexibleQuantityInput {
  @Field(() => ID, { description: "Id of the template line (product line)." }) templateLineId: string;
  @Field(() => Int, { description: "Quantity for this delivery (0 = nothing)." }) quantity: number;
}

@InputType({
  description:
    "The paper contract a household signed, recorded by a référent or an AMAP admin as the household's signature.",
})
export class RecordPaperSignatureInput {
  @Field(() => ID, { description: "The subscription entered for the household, awaiting its signature." })
  subscriptionId: string;
  @Field(() => DateScalar, { description: "The date the household signed the paper contract (not in the future)." })
  signedOn: string;
  @Field(() => String, {
    description: "Where the paper is: its reference (number, binder) or the name of its scan (200 characters at most).",
  })
  reference: string;
  @Field(() => String, { nullable: true, description: "A note on the paper (500 characters at most)." }) note?:
    string | null;
}

@InputType({ description: "A subscription the household signs." })
export class SignSubscriptionInput {
  @Field(() => ID, { description: "Id of the subscription." }) id: string;
}

@InputType({ description: "A signed subscription the farmer countersigns." })
export class CountersignSubscriptionInput {
  @Field(() => ID, { description: "Id of the subscription." }) id: string;
}

@InputType({ description: "A subscription to end early, with the reason." })
export class TerminateSubscriptionInput {
  @Field(() => ID, { description: "Id of the subscription." }) id: string;
  @Field(() => String, { description: "Why the subscription ends (kept with it)." }) reason: string;
}

@InputType({ description: "The new quantity grid of a subscription not countersigned yet." })
export class UpdateSubscriptionGridInput {
  @Field(() => ID, { description: "Id of the subscription." }) id: string;
  @Field(() => [SubscriptionLineInput], {
    description: "The whole grid: quantities per product line and distribution (replaces the previous grid).",
  })
  lines: SubscriptionLineInput[];
  @Field(() => Int, {
    nullable: true,
    description: "The version the caller saw: CONFLICT if the subscription changed since.",
  })
  expectedVersion?: number;
}

@InputType({ description: "The quantities of one delivery of a flexible subscription." })
export class UpdateFlexibleQuantitiesInput {
  @Field(() => ID, { description: "Id of the subscription." }) subscriptionId: string;
  @Field(() => ID, { description: "Id of the distribution (delivery)." }) distributionId: string;
  @Field(() => [FlexibleQuantityInput], { description: "The new quantity of each product of that delivery." })
  lines: FlexibleQuantityInput[];
  @Field(() => Int, {
    nullable: true,
    description: "The version the caller saw: CONFLICT if the subscription changed since.",
  })
  expectedVersion?: number;
}

@InputType({ description: "Who shares a subscription from now on: an alternating partner and co-subscribers." })
export class UpdateSubscriptionSharingInput extends SubscriptionSharingInput {
  @Field(() => ID, { description: "Id of the subscription." }) id: string;
}

@InputType({ description: "A contract template whose waiting households get the freed places." })
export class PromoteWaitingListInput {
  @Field(() => ID, { description: "Id of the contract template (amap subgraph)." }) templateId: string;
}

@InputType({ description: "A waiting-list entry to take off the list." })
export class WithdrawFromWaitingListInput {
  @Field(() => ID, { description: "Id of the waiting-list entry." }) id: string;
}

@InputType({
  description:
    "A subscription asked for a household: made at once, or a place on the template's waiting list when the farm's quota is full.",
})
export class RequestSubscriptionInput extends CreateSubscriptionInput {}
