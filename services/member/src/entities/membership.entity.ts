import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum MembershipStatus {
  pending = "pending",
  paid = "paid",
  cancelled = "cancelled",
}
registerEnumType(MembershipStatus, {
  name: "MembershipStatus",
  description: "Payment status of a household's membership: pending, paid or cancelled.",
  valuesConfig: {
    pending: { description: "Fee not received yet." },
    paid: { description: "Fee received." },
    cancelled: { description: "Membership cancelled." },
  },
});

/** Adhésion: a household's membership of its AMAP for one membership period (campaign). */
@Entity("membership")
@Index(["amapId", "householdId"])
@Index(["amapId", "periodId"])
@ObjectType({ description: "A household's membership of its AMAP for one membership period (adhésion)." })
export class Membership {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the membership (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the household." })
  householdId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the membership period (MembershipPeriod of the amap subgraph)." })
  periodId: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Amount of the membership fee, in cents." })
  amountCents: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, {
    description:
      "Part of the fee, in cents, the AMAP remits to its network (the period's share, frozen when the membership was recorded).",
  })
  networkShareCents: number;

  @Column({ type: "simple-enum", enum: MembershipStatus, default: MembershipStatus.pending })
  @Field(() => MembershipStatus, { description: "Payment status." })
  status: MembershipStatus;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date the fee was paid, if paid." })
  paidOn: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the membership was recorded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the membership was last changed (UTC)." })
  updatedAt: Date;
}
