import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum NetworkMemberKind {
  amap = "amap",
  farm = "farm",
}
registerEnumType(NetworkMemberKind, { name: "NetworkMemberKind" });

export enum NetworkMembershipStatus {
  pending = "pending",
  paid = "paid",
  cancelled = "cancelled",
}
registerEnumType(NetworkMembershipStatus, { name: "NetworkMembershipStatus" });

/** Yearly membership of an AMAP or a farm to a network (adhésion au réseau). */
@Entity("network_membership")
@Index(["networkId", "year"])
@ObjectType({ description: "Yearly membership of an AMAP or a farm to a network." })
export class NetworkMembership {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, { description: "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits." })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID)
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID)
  networkId: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Membership year." })
  year: number;

  @Column({ type: "simple-enum", enum: NetworkMemberKind })
  @Field(() => NetworkMemberKind)
  memberKind: NetworkMemberKind;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true })
  amapId: string | null;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true })
  farmId: string | null;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Membership fee in cents." })
  amountCents: number;

  @Column({ type: "simple-enum", enum: NetworkMembershipStatus, default: NetworkMembershipStatus.pending })
  @Field(() => NetworkMembershipStatus)
  status: NetworkMembershipStatus;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date the member signed the charter for this year." })
  charterSignedOn: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date)
  updatedAt: Date;
}
