import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { DistributionStatus } from "../entities/distribution.entity";

export enum DistributionCycle {
  weekly = "weekly",
  fortnightly = "fortnightly",
  monthly = "monthly",
}
registerEnumType(DistributionCycle, {
  name: "DistributionCycle",
  description: "Rhythm of a generated calendar.",
  valuesConfig: {
    weekly: { description: "Every week on the weekday." },
    fortnightly: { description: "Every other week on the weekday, from the first one on or after `from`." },
    monthly: { description: "Once a month, on the same n-th weekday as the first date (the 5th means the last)." },
  },
});

@InputType({ description: "Filter for the list of distributions." })
export class DistributionFilter {
  @Field(() => ID, { nullable: true, description: "Distributions of this AMAP." }) amapId?: string;
  @Field(() => DateScalar, { nullable: true, description: "On or after this date." }) from?: string;
  @Field(() => DateScalar, { nullable: true, description: "On or before this date." }) to?: string;
  @Field(() => DistributionStatus, { nullable: true, description: "With this status." }) status?: DistributionStatus;
  @Field(() => [ID], { nullable: true, description: "Only these distributions." }) ids?: string[];
}

@InputType({ description: "Fields of a distribution." })
export class DistributionFieldsInput {
  @Field(() => ID, { nullable: true, description: "Distribution place (of the same AMAP)." }) placeId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Date of the distribution." }) date?: string;
  @Field(() => String, { nullable: true, description: "Start time, HH:MM." }) startTime?: string;
  @Field(() => String, { nullable: true, description: "End time, HH:MM." }) endTime?: string;
  @Field(() => String, { nullable: true, description: "Notes." }) notes?: string;
}

@InputType({ description: "A new distribution." })
export class CreateDistributionInput extends DistributionFieldsInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => DateScalar, { description: "Date of the distribution." }) declare date: string;
  @Field(() => String, { description: "Start time, HH:MM." }) declare startTime: string;
  @Field(() => String, { description: "End time, HH:MM." }) declare endTime: string;
}

@InputType({
  description:
    "Changes to a distribution (absent fields are unchanged). Once a contract that members may have signed delivers there, its date and place change only through `moveDistribution`, which records the change for their amendments.",
})
export class UpdateDistributionInput extends DistributionFieldsInput {
  @Field(() => ID, { description: "The distribution to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}

@InputType({
  description: "The distribution to move, where and when it moves to (at least one of `date` and `placeId`), and why.",
})
export class MoveDistributionInput {
  @Field(() => ID, { description: "The distribution to move." }) id: string;
  @Field(() => DateScalar, { nullable: true, description: "The substitute date (absent: the same date)." })
  date?: string;
  @Field(() => ID, { nullable: true, description: "The substitute place, of the same AMAP (absent: the same place)." })
  placeId?: string;
  @Field(() => String, { description: "Why, as told to the members." }) reason: string;
}

@InputType({ description: "A calendar of distributions to generate over a date range." })
export class GenerateDistributionsInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => ID, { nullable: true, description: "Distribution place (of the same AMAP)." }) placeId?: string | null;
  @Field(() => DateScalar, { description: "First day of the range." }) from: string;
  @Field(() => DateScalar, { description: "Last day of the range." }) to: string;
  @Field(() => DistributionCycle, { description: "Weekly, fortnightly or monthly." }) cycle: DistributionCycle;
  @Field(() => Int, {
    nullable: true,
    description: "ISO weekday, 1 = Monday … 7 = Sunday; the weekday of `from` if absent.",
  })
  weekday?: number;
  @Field(() => String, { description: "Start time, HH:MM." }) startTime: string;
  @Field(() => String, { description: "End time, HH:MM." }) endTime: string;
  @Field(() => [DateScalar], { nullable: true, description: "Dates to leave out (holidays)." })
  excludedDates?: string[];
}

@InputType({ description: "The distribution to cancel, and why." })
export class CancelDistributionInput {
  @Field(() => ID, { description: "The distribution to cancel." }) id: string;
  @Field(() => String, { description: "Why, as told to the members." }) reason: string;
}
