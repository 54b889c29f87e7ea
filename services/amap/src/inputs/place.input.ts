import { Field, Float, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Filter for the list of distribution places." })
export class PlaceFilter {
  @Field(() => String, { nullable: true, description: "Text search on name and city." }) q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these places." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Places of this AMAP." }) amapId?: string;
}

@InputType({ description: "Fields of a distribution place." })
export class PlaceFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the place." }) name?: string;
  @Field(() => String, { nullable: true, description: "Street address." }) address?: string;
  @Field(() => String, { nullable: true, description: "Postal code (5 digits)." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "City." }) city?: string;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: "Opening hours, free text." }) hours?: string;
  @Field(() => String, { nullable: true, description: "Access notes." }) accessNotes?: string;
}

@InputType({ description: "A new distribution place." })
export class CreatePlaceInput extends PlaceFieldsInput {
  @Field(() => ID, { description: "The AMAP that distributes there." }) amapId: string;
  @Field(() => String, { description: "Name of the place." }) declare name: string;
}

@InputType({ description: "Changes to a distribution place (absent fields are unchanged)." })
export class UpdatePlaceInput extends PlaceFieldsInput {
  @Field(() => ID, { description: "The place to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "The place to delete (no distribution may use it)." })
export class DeletePlaceInput {
  @Field(() => ID, { description: "The place to delete." }) id: string;
}
