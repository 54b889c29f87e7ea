import { Field, Float, ID, InputType, Int } from "type-graphql";
import { AmapStatus } from "../entities/amap.entity";
import { Pricing, ProductionType } from "../entities/product.entity";

@InputType({ description: "Filter for the list of farms." })
export class FarmFilter {
  @Field(() => String, { nullable: true, description: "Text search on name and city." }) q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these farms." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Farms listed in this network." }) networkId?: string;
  @Field(() => AmapStatus, { nullable: true, description: "Only farms with this status." }) status?: AmapStatus;
}

@InputType({ description: "Fields of a farm; omitted fields keep their value." })
export class FarmFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the farm." }) name?: string;
  @Field(() => String, { nullable: true, description: "Name cheques are made out to (ordre des chèques)." })
  payeeName?: string;
  @Field(() => String, { nullable: true, description: "SIRET number (14 digits)." }) siret?: string;
  @Field(() => String, { nullable: true, description: "Street address." }) address?: string;
  @Field(() => String, { nullable: true, description: "Postal code." }) postalCode?: string;
  @Field(() => String, { nullable: true, description: "City." }) city?: string;
  @Field(() => Float, { nullable: true, description: "Latitude (WGS 84, decimal degrees)." }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude (WGS 84, decimal degrees)." }) longitude?:
    number | null;
  @Field(() => String, { nullable: true, description: "Contact e-mail." }) email?: string;
  @Field(() => String, { nullable: true, description: "Contact phone." }) phone?: string;
  @Field(() => [String], { nullable: true, description: "Productions (légumes, œufs, volailles…); replaces the list." })
  productions?: string[];
  @Field(() => [String], {
    nullable: true,
    description: "Labels and certifications (AB, Nature & Progrès…); replaces the list.",
  })
  labels?: string[];
  @Field(() => AmapStatus, { nullable: true, description: "Status in the territorial database." }) status?: AmapStatus;
  @Field(() => [ID], { nullable: true, description: "Networks whose directory lists the farm (replaces the list)." })
  networkIds?: string[];
}

@InputType({ description: "A new farm: its name at least." })
export class CreateFarmInput extends FarmFieldsInput {
  @Field(() => String, { description: "Name of the farm." }) declare name: string;
}

@InputType({ description: "Changes to a farm; omitted fields keep their value." })
export class UpdateFarmInput extends FarmFieldsInput {
  @Field(() => ID, { description: "The farm to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "Filter for the list of products." })
export class ProductFilter {
  @Field(() => String, { nullable: true, description: "Text search on the name." }) q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these products." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Only the products of this farm." }) farmId?: string;
  @Field(() => ProductionType, { nullable: true, description: "Only products of this kind of production." })
  productionType?: ProductionType;
}

@InputType({ description: "Fields of a product; omitted fields keep their value." })
export class ProductFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the product (panier de légumes, douzaine d'œufs…)." })
  name?: string;
  @Field(() => String, { nullable: true, description: "Unit (panier, kg, douzaine, litre, pièce…)." }) unit?: string;
  @Field(() => String, { nullable: true, description: "Packaging (sachet 500 g, colis 5 kg…)." }) packaging?: string;
  @Field(() => Pricing, { nullable: true, description: "Priced per unit or by weight." }) pricing?: Pricing;
  @Field(() => ProductionType, { nullable: true, description: "Kind of production, for statistics." })
  productionType?: ProductionType;
  @Field(() => Boolean, { nullable: true, description: "False once the farm stops selling it." }) active?: boolean;
}

@InputType({ description: "A new product of a farm." })
export class CreateProductInput extends ProductFieldsInput {
  @Field(() => ID, { description: "The farm selling it." }) farmId: string;
  @Field(() => String, { description: "Name of the product." }) declare name: string;
  @Field(() => String, { description: "Unit (panier, kg, douzaine, litre, pièce…)." }) declare unit: string;
}

@InputType({ description: "Changes to a product; omitted fields keep their value." })
export class UpdateProductInput extends ProductFieldsInput {
  @Field(() => ID, { description: "The product to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "The product a farm stops offering." })
export class DeactivateProductInput {
  @Field(() => ID, { description: "The product." }) id: string;
}
