import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

/** Ligne de livraison: one cell of a subscription's grid (product × distribution), its price frozen. */
@Entity("delivery_line")
@Index(["amapId", "distributionId"])
@Index(["subscriptionId"])
// The sign-off sheet of a Distribution reference comes without its AMAP: a distribution-only index.
@Index(["distributionId"])
@ObjectType({
  description: "One cell of a subscription's grid: a product at one distribution, with its frozen unit price.",
})
export class DeliveryLine {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the delivery line (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscription." })
  subscriptionId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the template line (product line of the contract template)." })
  templateLineId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the product (network subgraph)." })
  productId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the product, frozen at signature." })
  productName: string;

  @Column({ type: "varchar", length: 40 })
  @Field(() => String, { description: "Unit of the product (panier, kg, douzaine…), frozen at signature." })
  unit: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution (amap subgraph)." })
  distributionId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the distribution." })
  date: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Quantity to collect, in units of the product." })
  quantity: number;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Unit price in cents, frozen at signature." })
  unitPriceCents: number;
}
