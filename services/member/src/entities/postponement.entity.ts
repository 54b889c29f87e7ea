import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum PostponementStatus {
  requested = "requested",
  approved = "approved",
  refused = "refused",
}
registerEnumType(PostponementStatus, {
  name: "PostponementStatus",
  description:
    "requested (waiting for the farmer's consent), approved (applies to the sheets) or refused by the farmer.",
  valuesConfig: {
    requested: { description: "Waiting for the farmer's consent." },
    approved: { description: "Approved: the sign-off sheets show it." },
    refused: { description: "Refused by the farmer." },
  },
});

/** Report: a delivery moved by a household to another delivery date the template offers. */
@Entity("postponement")
@Index(["amapId", "fromDistributionId"])
@Index(["amapId", "toDistributionId"])
@Index(["subscriptionId"])
@ObjectType({
  description:
    "A postponement (report): one delivery of a subscription moved to another delivery date of the same template.",
})
export class Postponement {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the postponement (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscription." })
  subscriptionId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscribing household." })
  householdId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution the delivery is moved from." })
  fromDistributionId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the delivery moved." })
  fromDate: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution the delivery is moved to." })
  toDistributionId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date the delivery is moved to." })
  toDate: string;

  @Column({ type: "simple-enum", enum: PostponementStatus })
  @Field(() => PostponementStatus, { description: "Where the request stands." })
  status: PostponementStatus;

  @Column({ type: "varchar", length: 500, default: "" })
  @Field(() => String, { description: "Why the farmer refused, if refused." })
  refusalReason: string;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: "When the farmer decided (UTC); for postponements needing no consent, when it was made.",
  })
  decidedAt: Date | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the postponement was asked for (UTC)." })
  createdAt: Date;
}
