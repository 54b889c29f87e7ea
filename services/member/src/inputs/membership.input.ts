import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { MembershipStatus } from "../entities/membership.entity";
import { PaymentMeans } from "../entities/installment.entity";

@InputType({ description: "Filter for lists of memberships." })
export class MembershipFilter {
  @Field(() => [ID], { nullable: true, description: "Only these memberships." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only this AMAP's memberships." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Only this household's memberships." }) householdId?: string;
  @Field(() => ID, { nullable: true, description: "Only memberships of this period." }) periodId?: string;
  @Field(() => MembershipStatus, { nullable: true, description: "Only memberships with this status." })
  status?: MembershipStatus;
}

@InputType({ description: "A household's membership for a period." })
export class CreateMembershipInput {
  @Field(() => ID, { description: "Id of the household." }) householdId: string;
  @Field(() => ID, { description: "Id of the membership period (amap subgraph)." }) periodId: string;
  @Field(() => Int, { description: "Amount of the fee, in cents." }) amountCents: number;
  @Field(() => MembershipStatus, { nullable: true, description: "Status (pending by default)." })
  status?: MembershipStatus;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Date paid (today when the status is paid and no date is given).",
  })
  paidOn?: string | null;
  @Field(() => PaymentMeans, {
    nullable: true,
    description:
      "How the fee is paid (cheque by default): the membership gets one installment, recorded like any payment.",
  })
  means?: PaymentMeans;
  @Field(() => String, { nullable: true, description: "Cheque number, when known." }) chequeNumber?: string;
  @Field(() => String, { nullable: true, description: "Bank of the cheque." }) bank?: string;
  @Field(() => String, { nullable: true, description: "Who wrote the cheque." }) issuer?: string;
}

/** The fields a membership's update may change; the mutation's input adds the id (not emitted on its own). */
@InputType({ description: "Changes to a membership (omitted fields are unchanged)." })
export class MembershipChangesInput {
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
  @Field(() => Int, { nullable: true, description: "Amount of the fee, in cents." }) amountCents?: number;
  @Field(() => MembershipStatus, { nullable: true, description: "Status." }) status?: MembershipStatus;
  @Field(() => DateScalar, { nullable: true, description: "Date paid." }) paidOn?: string | null;
}

@InputType({ description: "A membership to change: its id and the changes (omitted fields are unchanged)." })
export class UpdateMembershipInput extends MembershipChangesInput {
  @Field(() => ID, { description: "Id of the membership." }) id: string;
}
