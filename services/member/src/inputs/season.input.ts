import { Field, ID, InputType } from "type-graphql";

/* The inputs of the season's actions: absences, postponements, baskets handed over, amendments, duty (one per mutation, api.md). */

@InputType({ description: "An absence (joker) to declare for one delivery." })
export class DeclareAbsenceInput {
  @Field(() => ID, { description: "Id of the subscription." }) subscriptionId: string;
  @Field(() => ID, { description: "Id of the distribution the household will miss." }) distributionId: string;
}

@InputType({ description: "An absence to take back." })
export class WithdrawAbsenceInput {
  @Field(() => ID, { description: "Id of the absence." }) id: string;
}

@InputType({ description: "A delivery to move to another delivery date the template offers." })
export class PostponeDeliveryInput {
  @Field(() => ID, { description: "Id of the subscription." }) subscriptionId: string;
  @Field(() => ID, { description: "Id of the distribution whose delivery is moved." }) fromDistributionId: string;
  @Field(() => ID, { description: "Id of the distribution it is moved to." }) toDistributionId: string;
}

@InputType({ description: "A postponement the farmer consents to." })
export class ApprovePostponementInput {
  @Field(() => ID, { description: "Id of the postponement." }) id: string;
}

@InputType({ description: "A postponement the farmer refuses, with the reason." })
export class RefusePostponementInput {
  @Field(() => ID, { description: "Id of the postponement." }) id: string;
  @Field(() => String, { description: "Why it is refused (told to the household)." }) reason: string;
}

@InputType({ description: "The basket of one delivery the household cannot collect, offered to others." })
export class OfferBasketInput {
  @Field(() => ID, { description: "Id of the subscription." }) subscriptionId: string;
  @Field(() => ID, { description: "Id of the distribution." }) distributionId: string;
}

@InputType({
  description:
    "An offered basket to take: for a household of the AMAP (`householdId`) or an intermittent (`takerName`).",
})
export class TakeBasketInput {
  @Field(() => ID, { description: "Id of the basket offer." }) offerId: string;
  @Field(() => ID, { nullable: true, description: "Id of the household of the AMAP that takes the basket." })
  householdId?: string;
  @Field(() => String, { nullable: true, description: "Name of an intermittent who is not a household of the AMAP." })
  takerName?: string;
}

@InputType({ description: "A basket offer nobody took yet, to withdraw." })
export class WithdrawBasketOfferInput {
  @Field(() => ID, { description: "Id of the basket offer." }) offerId: string;
}

@InputType({ description: "An AMAP whose distribution changes (moved, cancelled) become amendments." })
export class SyncDistributionChangesInput {
  @Field(() => ID, { description: "Id of the AMAP." }) amapId: string;
}

@InputType({ description: "An amendment the household accepts." })
export class AcceptAmendmentInput {
  @Field(() => ID, { description: "Id of the amendment." }) id: string;
}

@InputType({ description: "An amendment the household refuses, with the reason." })
export class RefuseAmendmentInput {
  @Field(() => ID, { description: "Id of the amendment." }) id: string;
  @Field(() => String, { description: "Why it is refused (a refused move is not delivered and is credited)." })
  reason: string;
}

@InputType({ description: "A household (and possibly one of its people) signing up for a duty shift." })
export class SignUpForDutyInput {
  @Field(() => ID, { description: "Id of the duty shift (amap subgraph)." }) shiftId: string;
  @Field(() => ID, { description: "Id of the household." }) householdId: string;
  @Field(() => ID, {
    nullable: true,
    description: "Id of the person of the household who comes (any of them when omitted).",
  })
  personId?: string;
}

@InputType({ description: "A duty sign-up to withdraw." })
export class WithdrawFromDutyInput {
  @Field(() => ID, { description: "Id of the duty sign-up." }) id: string;
}
