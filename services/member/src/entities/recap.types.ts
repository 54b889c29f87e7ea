import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

@ObjectType({ description: "A quantity of one product in a farmer recap, with its value at the frozen prices." })
export class RecapQuantity {
  @Field(() => ID, { description: "Id of the product (network subgraph)." }) productId: string;
  @Field(() => String, { description: "Name of the product." }) productName: string;
  @Field(() => String, { description: "Unit of the product." }) unit: string;
  @Field(() => Int, { description: "Quantity to prepare." }) quantity: number;
  @Field(() => Int, { description: "Value in cents (Σ quantity × frozen unit price)." }) amountCents: number;
}

@ObjectType({ description: "What one distribution date takes in a farmer recap." })
export class RecapDate {
  @Field(() => DateScalar, { description: "Effective date of the distribution." }) date: string;
  @Field(() => ID, { description: "Id of the distribution." }) distributionId: string;
  @Field(() => ID, { description: "Id of the AMAP." }) amapId: string;
  @Field(() => [RecapQuantity], { description: "Quantities per product." }) products: RecapQuantity[];
}

@ObjectType({ description: "What one household (or an intermittent taking a basket) takes in a farmer recap." })
export class RecapHousehold {
  /** Resolved by RecapHouseholdResolver.household. */
  householdId: string | null;
  @Field(() => String, { description: "Name of the household or of the intermittent." }) name: string;
  @Field(() => [RecapQuantity], { description: "Quantities per product." }) products: RecapQuantity[];
}

@ObjectType({ description: "What one AMAP takes in a farmer recap." })
export class RecapAmap {
  @Field(() => ID, { description: "Id of the AMAP." }) amapId: string;
  @Field(() => [RecapQuantity], { description: "Quantities per product for the AMAP." }) products: RecapQuantity[];
  @Field(() => [RecapHousehold], { description: "Quantities per household, by name." }) households: RecapHousehold[];
}

@ObjectType({
  description:
    "The farmer recap (récapitulatif paysan) of one distribution or a season, across every AMAP the farm supplies: after absences, postponements, handovers and amendments.",
})
export class FarmerRecap {
  @Field(() => ID, { description: "Id of the farm." }) farmId: string;
  @Field(() => ID, { nullable: true, description: "Id of the distribution, for a recap of one distribution." })
  distributionId: string | null;
  @Field(() => DateScalar, { nullable: true, description: "First day of the season, for a season recap." }) from:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: "Last day of the season, for a season recap." }) to:
    string | null;
  @Field(() => [RecapQuantity], { description: "Total quantities per product." }) products: RecapQuantity[];
  @Field(() => [RecapDate], { description: "Quantities per distribution date (and AMAP)." }) dates: RecapDate[];
  @Field(() => [RecapAmap], { description: "Quantities per AMAP, then per household." }) amaps: RecapAmap[];
}
