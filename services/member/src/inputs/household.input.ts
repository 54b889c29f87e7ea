import { Field, ID, InputType, Int } from "type-graphql";
import { HouseholdStatus } from "../entities/household.entity";

@InputType({ description: "Filter for lists of households." })
export class HouseholdFilter {
  @Field(() => String, {
    nullable: true,
    description: "Text search on the household's name and its people's names and e-mails.",
  })
  q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these households." })
  ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only the households of this AMAP." })
  amapId?: string;
  @Field(() => HouseholdStatus, { nullable: true, description: "Only households with this status." })
  status?: HouseholdStatus;
}

@InputType({ description: "A person of a household." })
export class PersonInput {
  @Field(() => String, { nullable: true, description: "First name." }) firstName?: string;
  @Field(() => String, { description: "Last name." }) lastName: string;
  @Field(() => String, { nullable: true, description: "E-mail address." }) email?: string;
  @Field(() => String, { nullable: true, description: "Phone number." }) phone?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Primary contact of the household (the first person when none is).",
  })
  isPrimary?: boolean;
}

/** The fields a person's update may change; the mutation's input adds the id (not emitted on its own). */
@InputType({ description: "Changes to a person (omitted fields are unchanged)." })
export class PersonChangesInput {
  @Field(() => String, { nullable: true, description: "First name." }) firstName?: string;
  @Field(() => String, { nullable: true, description: "Last name." }) lastName?: string;
  @Field(() => String, { nullable: true, description: "E-mail address." }) email?: string;
  @Field(() => String, { nullable: true, description: "Phone number." }) phone?: string;
  @Field(() => Boolean, { nullable: true, description: "Make this person the primary contact (true)." })
  isPrimary?: boolean;
}

@InputType({ description: "A new household with its people." })
export class CreateHouseholdInput {
  @Field(() => ID, { description: "Id of the AMAP." }) amapId: string;
  @Field(() => String, {
    nullable: true,
    description: "Name shown on lists; by default the primary person's last and first name.",
  })
  displayName?: string;
  @Field(() => HouseholdStatus, { nullable: true, description: "Status (active by default)." })
  status?: HouseholdStatus;
  @Field(() => String, { nullable: true, description: "Postal address." }) address?: string;
  @Field(() => String, { nullable: true, description: "Notes of the AMAP's team." }) notes?: string;
  @Field(() => [PersonInput], { description: "The people of the household (at least one)." }) people: PersonInput[];
}

/** The fields a household's update may change; the mutation's input adds the id (not emitted on its own). */
@InputType({ description: "Changes to a household (omitted fields are unchanged)." })
export class HouseholdChangesInput {
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: "Name shown on lists." }) displayName?: string;
  @Field(() => HouseholdStatus, { nullable: true, description: "Status." }) status?: HouseholdStatus;
  @Field(() => String, { nullable: true, description: "Postal address." }) address?: string;
  @Field(() => String, { nullable: true, description: "Notes of the AMAP's team." }) notes?: string;
}

@InputType({ description: "A household to change: its id and the changes (omitted fields are unchanged)." })
export class UpdateHouseholdInput extends HouseholdChangesInput {
  @Field(() => ID, { description: "Id of the household." }) id: string;
}

@InputType({ description: "A person to add to a household (co-adhérent)." })
export class AddPersonInput extends PersonInput {
  @Field(() => ID, { description: "Id of the household." }) householdId: string;
}

@InputType({ description: "A person to change: their id and the changes (omitted fields are unchanged)." })
export class UpdatePersonInput extends PersonChangesInput {
  @Field(() => ID, { description: "Id of the person." }) id: string;
}

@InputType({ description: "A person to remove from their household." })
export class RemovePersonInput {
  @Field(() => ID, { description: "Id of the person." }) id: string;
}
