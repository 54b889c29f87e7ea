import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

@InputType({ description: "Filter for the list of duty roles." })
export class DutyRoleFilter {
  @Field(() => ID, { nullable: true, description: "Roles of this AMAP." }) amapId?: string;
  @Field(() => [ID], { nullable: true, description: "Only these roles." }) ids?: string[];
  @Field(() => Boolean, { nullable: true, description: "Only active (true) or inactive (false) roles." })
  active?: boolean;
}

@InputType({ description: "Fields of a duty role." })
export class DutyRoleFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the role, unique in the AMAP." }) name?: string;
  @Field(() => String, { nullable: true, description: "What the role involves." }) description?: string;
  @Field(() => Int, { nullable: true, description: "Seats a generated shift offers, 1 to 50 (1 if absent)." })
  defaultSeats?: number;
  @Field(() => Int, { nullable: true, description: "Order in the roster (after the others if absent)." })
  position?: number;
}

@InputType({ description: "A new duty role of an AMAP." })
export class CreateDutyRoleInput extends DutyRoleFieldsInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => String, { description: "Name of the role (Accueil, Émargement, Installation…)." }) declare name: string;
}

@InputType({ description: "Changes to a duty role (absent fields are unchanged)." })
export class UpdateDutyRoleInput extends DutyRoleFieldsInput {
  @Field(() => ID, { description: "The duty role to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
  @Field(() => Boolean, { nullable: true, description: "False to stop generating shifts for this role." })
  active?: boolean;
}

@InputType({ description: "Filter for the list of duty shifts." })
export class DutyShiftFilter {
  @Field(() => ID, { nullable: true, description: "Shifts of this AMAP." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Shifts of this distribution." }) distributionId?: string;
  @Field(() => [ID], { nullable: true, description: "Shifts of these distributions." }) distributionIds?: string[];
  @Field(() => ID, { nullable: true, description: "Shifts of this role." }) roleId?: string;
  @Field(() => DateScalar, { nullable: true, description: "At distributions on or after this date." }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: "At distributions on or before this date." }) to?: string;
  @Field(() => [ID], { nullable: true, description: "Only these shifts." }) ids?: string[];
}

@InputType({ description: "Changes to a duty shift." })
export class UpdateDutyShiftInput {
  @Field(() => ID, { description: "The duty shift to change." }) id: string;
  @Field(() => Int, { description: "Number of members the shift needs, 0 to 50." }) seats: number;
}

@InputType({ description: "Changes to an AMAP's duty rules (absent fields are unchanged)." })
export class UpdateDutyRulesInput {
  @Field(() => ID, { description: "The AMAP whose rules change." }) amapId: string;
  @Field(() => Int, { nullable: true, description: "Hours before a distribution when sign-ups close, 0 to 720." })
  signupDeadlineHours?: number;
  @Field(() => Int, { nullable: true, description: "Most shifts per household at one distribution, 1 to 10." })
  maxShiftsPerHouseholdPerDistribution?: number;
  @Field(() => Int, {
    nullable: true,
    description: "Shifts expected of each household per membership period, 0 to 52.",
  })
  requiredShiftsPerHouseholdPerPeriod?: number;
}

@InputType({ description: "The AMAP and the range of distribution dates to generate duty shifts for." })
export class GenerateDutyShiftsInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => DateScalar, { description: "First distribution date of the range." }) from: string;
  @Field(() => DateScalar, { description: "Last distribution date of the range." }) to: string;
}
