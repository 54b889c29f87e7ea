import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";

/** One product of a contract template at its season price. */
@Entity("template_line")
@Index(["amapId", "templateId"])
@Index(["templateId", "position"])
@ObjectType({ description: "A product line of a contract template, at its season price." })
export class TemplateLine {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the contract template." })
  templateId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the product (network subgraph)." })
  productId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Product name, as it was when the line was written." })
  productName: string;

  @Column({ type: "varchar", length: 40 })
  @Field(() => String, { description: "Unit (panier, kg, douzaine…), as it was when the line was written." })
  unit: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Season price of one unit, in cents." })
  unitPriceCents: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Minimum quantity per delivery." })
  minQuantity: number;

  @Column({ type: "int", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "Maximum quantity per delivery and household (none if null); also served as `maxPerHousehold`.",
  })
  maxQuantity: number | null;

  @Column({ type: "int", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "Farm's capacity per delivery date, over all households (none if null).",
  })
  quotaPerDelivery: number | null;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Order of the line in the contract." })
  position: number;
}
