import { Field, Float, ID, InputType, Int } from "type-graphql";
import { AmapStatus, RegistrationMode } from "../entities/amap.entity";

@InputType({ description: "Filter for the list of AMAPs." })
export class AmapFilter {
  @Field(() => String, { nullable: true, description: "Text search on name and city." })
  q?: string;
  @Field(() => [ID], { nullable: true })
  ids?: string[];
  @Field(() => ID, { nullable: true })
  networkId?: string;
  @Field(() => AmapStatus, { nullable: true })
  status?: AmapStatus;
  @Field(() => String, { nullable: true })
  city?: string;
}

@InputType()
export class AmapFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the AMAP." }) name?: string;
  @Field(() => ID, { nullable: true, description: "The network the AMAP belongs to (null: none)." }) networkId?: string | null;
  @Field(() => String, { nullable: true, description: "RNA number of the association (W followed by 9 characters)." }) rna?: string;
  @Field(() => String, { nullable: true, description: "SIRET of the association (14 digits)." }) siret?: string;
  @Field(() => String, { nullable: true, description: "Street address." }) address?: string;
  @Field(() => String, { nullable: true, description: "Postal code (5 digits)." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "City." }) city?: string;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: "Contact e-mail." }) email?: string;
  @Field(() => String, { nullable: true, description: "Contact phone number." }) phone?: string;
  @Field(() => String, { nullable: true, description: "Website URL." }) website?: string;
  @Field(() => RegistrationMode, { nullable: true, description: "How households join the AMAP." }) registrationMode?: RegistrationMode;
  @Field(() => AmapStatus, { nullable: true, description: "Active or closed." }) status?: AmapStatus;
  @Field(() => String, { nullable: true, description: "The AMAP's time zone (IANA, e.g. Europe/Paris)." }) timeZone?: string;
}

@InputType()
export class CreateAmapInput extends AmapFieldsInput {
  @Field(() => String) declare name: string;
}

@InputType({ description: "Changes to an AMAP (absent fields are unchanged)." })
export class UpdateAmapInput extends AmapFieldsInput {
  @Field(() => ID, { description: "The AMAP to change." }) id: string;
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
}

@InputType({ description: "The AMAP to mark closed." })
export class CloseAmapInput {
  @Field(() => ID, { description: "The AMAP." }) id: string;
}
