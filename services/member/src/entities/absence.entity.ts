import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

/** A delivery a household will not collect (absence, joker), declared within the template's policy. */
@Entity("absence")
@Index(["amapId", "distributionId"])
@Index(["subscriptionId", "distributionId"], { unique: true })
@ObjectType({
  description:
    "An absence (joker): a household will not collect one delivery of a subscription; the sign-off sheet shows it as absent.",
})
export class Absence {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the absence (UUID)." })
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
  @Field(() => ID, { description: "Id of the distribution skipped (amap subgraph)." })
  distributionId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the delivery skipped." })
  date: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the absence was declared (UTC)." })
  createdAt: Date;
}
