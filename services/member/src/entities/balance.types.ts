import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "Where the payments of a subscription stand (the tool records payments, it never handles money).",
})
export class SubscriptionBalance {
  @Field(() => Int, {
    description:
      "Amount due in cents: the grid's total less the deliveries credited (cancelled, or a move refused); what was paid for a terminated subscription; 0 while unsigned.",
  })
  dueCents: number;

  @Field(() => Int, {
    description: "Payments received by the AMAP or paid to the farmer, in cents (corrections applied).",
  })
  receivedCents: number;

  @Field(() => Int, {
    description:
      "Payments that reached the farmer, in cents: cheques handed over, and transfers or cash paid directly.",
  })
  handedOverCents: number;

  @Field(() => Int, {
    description:
      "What the household still owes, in cents: dueCents − receivedCents (negative: a credit in its favour).",
  })
  outstandingCents: number;

  @Field(() => Int, { description: "Deliveries credited to the household by amendments, in cents." })
  creditCents: number;
}

@ObjectType({ description: "Where the payments of one AMAP's subscriptions to one farm stand." })
export class FarmBalance {
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Field(() => ID, { description: "Id of the farm." })
  farmId: string;

  @Field(() => Int, { description: "Σ amounts due by the AMAP's households to the farm, in cents." })
  dueCents: number;

  @Field(() => Int, { description: "Σ payments received or paid, in cents." })
  receivedCents: number;

  @Field(() => Int, { description: "Σ payments that reached the farmer, in cents." })
  handedOverCents: number;

  @Field(() => Int, {
    description: "Received by the AMAP and not handed over yet, in cents (cheques the AMAP holds for the farm).",
  })
  heldCents: number;

  @Field(() => Int, { description: "Still owed by the households, in cents." })
  outstandingCents: number;

  @Field(() => Int, { description: "Number of subscriptions counted (signed, not drafts)." })
  subscriptionCount: number;
}

@ObjectType({
  description: "Membership figures of one AMAP for one membership period, and the network share it owes its network.",
})
export class NetworkShareFigures {
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Field(() => ID, { description: "Id of the membership period." })
  periodId: string;

  @Field(() => Int, { description: "Memberships paid." })
  paidMemberships: number;

  @Field(() => Int, { description: "Memberships still pending payment." })
  pendingMemberships: number;

  @Field(() => Int, { description: "Σ fees of paid memberships, in cents." })
  feesPaidCents: number;

  @Field(() => Int, {
    description:
      "Σ network shares of paid memberships, in cents: what the AMAP owes its network for the period (remittances are recorded in the network subgraph).",
  })
  networkShareDueCents: number;
}

@ObjectType({ description: "A household's duty shifts over a membership period, against what the AMAP requires." })
export class DutyCount {
  @Field(() => ID, { description: "Id of the membership period." })
  periodId: string;

  @Field(() => Int, { description: "Shifts the household signed up for during the period." })
  signedUp: number;

  @Field(() => Int, { description: "Shifts the AMAP requires of each household per period." })
  required: number;

  @Field(() => Int, { description: "Shifts still to take (0 when the household did enough)." })
  missing: number;
}
