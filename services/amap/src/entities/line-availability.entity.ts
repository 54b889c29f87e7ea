import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";

/**
 * A product × date cell a template offers. Mixed rhythms (eggs every other week, chicken once a
 * month) live in one template as cells switched off.
 */
@Entity("line_availability")
@Index(["amapId", "templateId"])
@Index(["templateId", "templateLineId", "distributionId"], { unique: true })
@ObjectType("AvailabilityCell", { description: "A product × delivery date cell offered by a contract template." })
export class LineAvailability {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  templateId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the template line (the product)." })
  templateLineId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution (the delivery date)." })
  distributionId: string;

  @Column({ type: "int", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      "Farm's capacity for this product on this date over all households, overriding the line's `quotaPerDelivery` (null: the line's).",
  })
  quota: number | null;
}
