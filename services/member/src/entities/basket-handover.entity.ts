import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum BasketHandoverStatus {
  offered = "offered",
  taken = "taken",
  withdrawn = "withdrawn",
}
registerEnumType(BasketHandoverStatus, {
  name: "BasketHandoverStatus",
  description:
    "offered (waiting for a taker), taken (by another household or an intermittent) or withdrawn by the giver.",
  valuesConfig: {
    offered: { description: "Offered, waiting for a taker." },
    taken: { description: "Taken by another household or an intermittent." },
    withdrawn: { description: "Withdrawn by the giver." },
  },
});

/** Cession de panier: a basket a household cannot collect, offered to another member or an intermittent. */
@Entity("basket_handover")
@Index(["amapId", "distributionId"])
@Index(["subscriptionId", "distributionId"])
@ObjectType({
  description:
    "A basket handover (cession de panier): one delivery of a subscription offered by its household and taken by another household or an intermittent.",
})
export class BasketHandover {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the offer (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscription whose delivery is offered." })
  subscriptionId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution." })
  distributionId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the delivery." })
  date: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the household giving the basket (the one that would collect it that day)." })
  giverHouseholdId: string;

  @Column({ type: "simple-enum", enum: BasketHandoverStatus, default: BasketHandoverStatus.offered })
  @Field(() => BasketHandoverStatus, { description: "Where the offer stands." })
  status: BasketHandoverStatus;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the household that took the basket, if a household took it." })
  takerHouseholdId: string | null;

  @Column({ type: "varchar", length: 200, default: "" })
  @Field(() => String, {
    description: "Name of the intermittent who took the basket, when not a household of the AMAP; empty otherwise.",
  })
  takerName: string;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the basket was taken (UTC)." })
  takenAt: Date | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the basket was offered (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the offer last changed (UTC)." })
  updatedAt: Date;
}
