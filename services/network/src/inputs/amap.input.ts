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
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) networkId?: string | null;
  @Field(() => String, { nullable: true }) rna?: string;
  @Field(() => String, { nullable: true }) siret?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) postalCode?: string;
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) website?: string;
  @Field(() => RegistrationMode, { nullable: true }) registrationMode?: RegistrationMode;
  @Field(() => AmapStatus, { nullable: true }) status?: AmapStatus;
  @Field(() => String, { nullable: true }) timeZone?: string;
}

@InputType()
export class CreateAmapInput extends AmapFieldsInput {
  @Field(() => String) declare name: string;
}

@InputType()
export class UpdateAmapInput extends AmapFieldsInput {
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
}
