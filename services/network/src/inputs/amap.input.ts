import { Field, Float, ID, InputType, Int } from "type-graphql";
import { AmapStatus, RegistrationMode } from "../entities/amap.entity";

@InputType({ description: "Filter for the list of AMAPs." })
export class AmapFilter {
  @Field(() => String, { nullable: true, description: "Text search on name and city." })
  q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these AMAPs." })
  ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only the AMAPs of this network." })
  networkId?: string;
  @Field(() => AmapStatus, { nullable: true, description: "Only AMAPs with this status." })
  status?: AmapStatus;
  @Field(() => String, { nullable: true, description: "Only AMAPs in this city (exact name)." })
  city?: string;
}

@InputType({ description: "Fields of an AMAP; omitted fields keep their value." })
export class AmapFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the AMAP." }) name?: string;
  @Field(() => ID, { nullable: true, description: "Network the AMAP belongs to; null detaches it." }) networkId?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: "RNA number (répertoire national des associations), W + 9 digits.",
  })
  rna?: string;
  @Field(() => String, { nullable: true, description: "SIRET number (14 digits)." }) siret?: string;
  @Field(() => String, { nullable: true, description: "Street address of the association." }) address?: string;
  @Field(() => String, { nullable: true, description: "Postal code." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "City." }) city?: string;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84, decimal degrees)." }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84, decimal degrees)." }) longitude?:
    number | null;
  @Field(() => String, { nullable: true, description: "Public contact e-mail." }) email?: string;
  @Field(() => String, { nullable: true, description: "Public contact phone." }) phone?: string;
  @Field(() => String, { nullable: true, description: "Website (URL)." }) website?: string;
  @Field(() => RegistrationMode, { nullable: true, description: "Whether the AMAP takes new households." })
  registrationMode?: RegistrationMode;
  @Field(() => AmapStatus, { nullable: true, description: "Status in the territorial database." }) status?: AmapStatus;
  @Field(() => String, {
    nullable: true,
    description:
      "IANA time zone of the AMAP's calendar dates (e.g. Europe/Paris, America/Cayenne); default Europe/Paris.",
  })
  timeZone?: string;
}

@InputType({ description: "A new AMAP: its name at least." })
export class CreateAmapInput extends AmapFieldsInput {
  @Field(() => String, { description: "Name of the AMAP." }) declare name: string;
}

@InputType({ description: "Changes to an AMAP; omitted fields keep their value." })
export class UpdateAmapInput extends AmapFieldsInput {
  @Field(() => ID, { description: "The AMAP to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "The AMAP to mark closed." })
export class CloseAmapInput {
  @Field(() => ID, { description: "The AMAP." }) id: string;
}
