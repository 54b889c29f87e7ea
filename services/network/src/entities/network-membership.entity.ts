import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum NetworkMemberKind {
  amap = "amap",
  farm = "farm",
}
registerEnumType(NetworkMemberKind, {
  name: "NetworkMemberKind",
  description: "Whether a network member is an AMAP or a farm.",
  valuesConfig: {
    amap: { description: "An AMAP (the association)." },
    farm: { description: "A farm." },
  },
});

export enum NetworkMembershipStatus {
  pending = "pending",
  paid = "paid",
  cancelled = "cancelled",
}
registerEnumType(NetworkMembershipStatus, {
  name: "NetworkMembershipStatus",
  description: "Payment status of a yearly network membership.",
  valuesConfig: {
    pending: { description: "Fee not received yet." },
    paid: { description: "Fee received." },
    cancelled: { description: "Membership cancelled (not counted)." },
  },
});

/** Yearly membership of an AMAP or a farm to a network (adhésion au réseau). */
@Entity("network_membership")
@Index(["networkId", "year"])
@ObjectType({ description: "Yearly membership of an AMAP or a farm to a network." })
export class NetworkMembership {
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
  @Field(() => ID, { description: "Id of the network joined." })
  networkId: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Membership year." })
  year: number;

  @Column({ type: "simple-enum", enum: NetworkMemberKind })
  @Field(() => NetworkMemberKind, { description: "Whether the member is an AMAP or a farm." })
  memberKind: NetworkMemberKind;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the AMAP member (when memberKind is amap)." })
  amapId: string | null;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the farm member (when memberKind is farm)." })
  farmId: string | null;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Membership fee in cents." })
  amountCents: number;

  @Column({ type: "simple-enum", enum: NetworkMembershipStatus, default: NetworkMembershipStatus.pending })
  @Field(() => NetworkMembershipStatus, { description: "Payment status." })
  status: NetworkMembershipStatus;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date the member signed the charter for this year." })
  charterSignedOn: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was last changed (UTC)." })
  updatedAt: Date;
}
