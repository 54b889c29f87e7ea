import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { FeeMode } from "../entities/membership-period.entity";

@InputType({ description: "Filter for the list of membership periods." })
export class MembershipPeriodFilter {
  @Field(() => ID, { nullable: true, description: "Periods of this AMAP." }) amapId?: string;
  @Field(() => [ID], { nullable: true, description: "Only these periods." }) ids?: string[];
}

@InputType({ description: "Fields of a membership period." })
export class MembershipPeriodFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the period." }) name?: string;
  @Field(() => DateScalar, { nullable: true, description: "First day." }) startsOn?: string;
  @Field(() => DateScalar, { nullable: true, description: "Last day." }) endsOn?: string;
  @Field(() => FeeMode, { nullable: true, description: "Fixed or free fee." }) feeMode?: FeeMode;
  @Field(() => Int, { nullable: true, description: "Fixed fee, in cents." }) feeCents?: number;
  @Field(() => Int, { nullable: true, description: "Minimum free fee, in cents." }) minFeeCents?: number;
  @Field(() => Int, { nullable: true, description: "Suggested free fee, in cents." }) suggestedFeeCents?: number;
  @Field(() => Int, { nullable: true, description: "Network share of each fee, in cents." }) networkShareCents?: number;
}

@InputType({ description: "A new membership period." })
export class CreateMembershipPeriodInput extends MembershipPeriodFieldsInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => String, { description: "Name of the period." }) declare name: string;
  @Field(() => DateScalar, { description: "First day." }) declare startsOn: string;
  @Field(() => DateScalar, { description: "Last day." }) declare endsOn: string;
}

@InputType({ description: "Changes to a membership period (absent fields are unchanged)." })
export class UpdateMembershipPeriodInput extends MembershipPeriodFieldsInput {
  @Field(() => ID, { description: "The membership period to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}
