import { Field, Float, ID, InputType, Int } from "type-graphql";
import { AmapStatus } from "../entities/amap.entity";
import { Pricing, ProductionType } from "../entities/product.entity";

@InputType({ description: "Filter for the list of farms." })
export class FarmFilter {
  @Field(() => String, { nullable: true, description: "Text search on name and city." }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Farms listed in this network." }) networkId?: string;
  @Field(() => AmapStatus, { nullable: true }) status?: AmapStatus;
}

@InputType()
export class FarmFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the farm." }) name?: string;
  @Field(() => String, { nullable: true, description: "Name cheques are made out to." }) payeeName?: string;
  @Field(() => String, { nullable: true, description: "SIRET of the farm (14 digits)." }) siret?: string;
  @Field(() => String, { nullable: true, description: "Street address." }) address?: string;
  @Field(() => String, { nullable: true, description: "Postal code (5 digits)." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "City." }) city?: string;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84)." }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84)." }) longitude?: number | null;
  @Field(() => String, { nullable: true, description: "Contact e-mail." }) email?: string;
  @Field(() => String, { nullable: true, description: "Contact phone number." }) phone?: string;
  @Field(() => [String], { nullable: true, description: "What the farm produces (vegetables, eggs…)." }) productions?: string[];
  @Field(() => [String], { nullable: true, description: "Labels and certifications (organic…)." }) labels?: string[];
  @Field(() => AmapStatus, { nullable: true, description: "Active or closed." }) status?: AmapStatus;
  @Field(() => [ID], { nullable: true, description: "Networks whose directory lists the farm (replaces the list)." })
  networkIds?: string[];
}

@InputType()
export class CreateFarmInput extends FarmFieldsInput {
  @Field(() => String) declare name: string;
}

@InputType({ description: "Changes to a farm (absent fields are unchanged)." })
export class UpdateFarmInput extends FarmFieldsInput {
  @Field(() => ID, { description: "The farm to change." }) id: string;
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
}

@InputType({ description: "Filter for the list of products." })
export class ProductFilter {
  @Field(() => String, { nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) farmId?: string;
  @Field(() => ProductionType, { nullable: true }) productionType?: ProductionType;
}

@InputType()
export class ProductFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the farm." }) name?: string;
  @Field(() => String, { nullable: true, description: "Unit the product is sold by (kg, piece, basket…)." }) unit?: string;
  @Field(() => String, { nullable: true, description: "Packaging, free text." }) packaging?: string;
  @Field(() => Pricing, { nullable: true, description: "How the product is priced." }) pricing?: Pricing;
  @Field(() => ProductionType, { nullable: true, description: "Kind of production." }) productionType?: ProductionType;
  @Field(() => Boolean, { nullable: true, description: "False once the product is no longer offered." }) active?: boolean;
}

@InputType()
export class CreateProductInput extends ProductFieldsInput {
  @Field(() => ID) farmId: string;
  @Field(() => String) declare name: string;
  @Field(() => String) declare unit: string;
}

@InputType({ description: "Changes to a product (absent fields are unchanged)." })
export class UpdateProductInput extends ProductFieldsInput {
  @Field(() => ID, { description: "The product to change." }) id: string;
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
}

@InputType({ description: "The product a farm stops offering." })
export class DeactivateProductInput {
  @Field(() => ID, { description: "The product." }) id: string;
}
