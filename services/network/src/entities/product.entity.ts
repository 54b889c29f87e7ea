import { Column, Entity, Index, PrimaryColumn, VersionColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType, Int } from "type-graphql";

export enum Pricing {
  per_unit = "per_unit",
  by_weight = "by_weight",
}
registerEnumType(Pricing, {
  name: "Pricing",
  description: "Priced per unit, or by weight (the actual weight is recorded at delivery).",
  valuesConfig: {
    per_unit: { description: "A price per unit (basket, dozen, piece…)." },
    by_weight: { description: "A price per kilogram; the weight is recorded at delivery." },
  },
});

export enum ProductionType {
  vegetables = "vegetables",
  fruit = "fruit",
  eggs = "eggs",
  poultry = "poultry",
  meat = "meat",
  dairy = "dairy",
  bread = "bread",
  honey = "honey",
  fish = "fish",
  other = "other",
}
registerEnumType(ProductionType, {
  name: "ProductionType",
  description: "Kind of production, for statistics.",
  valuesConfig: {
    vegetables: { description: "Vegetables." },
    fruit: { description: "Fruit." },
    eggs: { description: "Eggs." },
    poultry: { description: "Poultry." },
    meat: { description: "Meat (beef, pork, lamb…)." },
    dairy: { description: "Dairy products (milk, cheese, yoghurt…)." },
    bread: { description: "Bread and flour." },
    honey: { description: "Honey." },
    fish: { description: "Fish and seafood." },
    other: { description: "Anything else." },
  },
});

/** What a farm sells: name, unit and packaging, priced per unit or by weight. */
@Entity("product")
@Index(["farmId", "name"])
@ObjectType({ description: "A product a farm sells." })
@Directive('@key(fields: "id")')
export class Product {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the farm." })
  farmId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the product (panier de légumes, douzaine d'œufs…)." })
  name: string;

  @Column({ type: "varchar", length: 40 })
  @Field(() => String, { description: "Unit (panier, kg, douzaine, litre, pièce…)." })
  unit: string;

  @Column({ type: "varchar", length: 120, default: "" })
  @Field(() => String, { description: "Packaging (sachet 500 g, colis 5 kg…)." })
  packaging: string;

  @Column({ type: "simple-enum", enum: Pricing, default: Pricing.per_unit })
  @Field(() => Pricing, { description: "Priced per unit or by weight." })
  pricing: Pricing;

  @Column({ type: "simple-enum", enum: ProductionType, default: ProductionType.other })
  @Field(() => ProductionType, { description: "Kind of production, for statistics." })
  productionType: ProductionType;

  @Column({ type: "boolean", default: true })
  @Field(() => Boolean, { description: "False once the farm stops selling it." })
  active: boolean;
}
