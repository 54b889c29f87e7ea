import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/** A household sharing a subscription with its holder (co-souscripteur): the sign-off sheet names it. */
@Entity("co_subscriber")
@Index(["amapId", "householdId"])
@Index(["subscriptionId", "householdId"], { unique: true })
@ObjectType({ description: "A household that shares a subscription with the subscribing household (co-subscriber)." })
export class CoSubscriber {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the link (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => String, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => String, { description: "Id of the shared subscription." })
  subscriptionId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => String, { description: "Id of the co-subscribing household." })
  householdId: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the household joined the subscription (UTC)." })
  createdAt: Date;
}
