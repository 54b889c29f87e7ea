import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import type { PaymentMeans } from "./installment.entity";

export enum WaitingListStatus {
  waiting = "waiting",
  promoted = "promoted",
  withdrawn = "withdrawn",
}
registerEnumType(WaitingListStatus, {
  name: "WaitingListStatus",
  description: "waiting (for a place), promoted (its subscription was created when a place freed) or withdrawn.",
  valuesConfig: {
    waiting: { description: "Waiting for a place." },
    promoted: { description: "A place freed: its subscription was created." },
    withdrawn: { description: "Withdrawn by the household." },
  },
});

/** What the household asked for, kept as given, to create the subscription once a place frees. */
export interface WaitingRequest {
  lines: Array<{ templateLineId: string; distributionId: string; quantity: number }>;
  installmentCount: number;
  means: PaymentMeans;
  startsOn: string | null;
}

/** A household waiting for a place in a contract whose farm quota is full (liste d'attente). */
@Entity("waiting_list_entry")
@Index(["amapId", "templateId", "status"])
@Index(["amapId", "householdId"])
@ObjectType({
  description:
    "A household on a contract template's waiting list: the farm's quota was full when it asked; promoted in order when a place frees.",
})
export class WaitingListEntry {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the entry (UUID, time-ordered: the order of the list)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the contract template (amap subgraph)." })
  templateId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the waiting household." })
  householdId: string;

  @Column({ type: "simple-enum", enum: WaitingListStatus, default: WaitingListStatus.waiting })
  @Field(() => WaitingListStatus, { description: "Where the entry stands." })
  status: WaitingListStatus;

  @Column({ type: "simple-json" })
  request: WaitingRequest;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the subscription created when the entry was promoted." })
  subscriptionId: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the household joined the list (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the entry last changed (UTC)." })
  updatedAt: Date;
}
