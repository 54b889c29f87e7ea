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
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) payeeName?: string;
  @Field(() => String, { nullable: true }) siret?: string;
  @Field(() => String, { nullable: true }) address?: string;
  @Field(() => String, { nullable: true }) postalCode?: string;
  @Field(() => String, { nullable: true }) city?: string;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => [String], { nullable: true }) productions?: string[];
  @Field(() => [String], { nullable: true }) labels?: string[];
  @Field(() => AmapStatus, { nullable: true }) status?: AmapStatus;
  @Field(() => [ID], { nullable: true, description: "Networks whose directory lists the farm (replaces the list)." })
  networkIds?: string[];
}

@InputType()
export class CreateFarmInput extends FarmFieldsInput {
  @Field(() => String) declare name: string;
}

@InputType()
export class UpdateFarmInput extends FarmFieldsInput {
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
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) unit?: string;
  @Field(() => String, { nullable: true }) packaging?: string;
  @Field(() => Pricing, { nullable: true }) pricing?: Pricing;
  @Field(() => ProductionType, { nullable: true }) productionType?: ProductionType;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class CreateProductInput extends ProductFieldsInput {
  @Field(() => ID) farmId: string;
  @Field(() => String) declare name: string;
  @Field(() => String) declare unit: string;
}

@InputType()
export class UpdateProductInput extends ProductFieldsInput {
  @Field(() => Int, { nullable: true, description: "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency)." })
  expectedVersion?: number | null;
}
