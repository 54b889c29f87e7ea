import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum FarmVisitStatus {
  planned = "planned",
  done = "done",
  cancelled = "cancelled",
}
registerEnumType(FarmVisitStatus, {
  name: "FarmVisitStatus",
  description: "Life cycle of a farm visit: planned, then done or cancelled.",
  valuesConfig: {
    planned: { description: "Planned, not done yet." },
    done: { description: "Done; its report is complete." },
    cancelled: { description: "Cancelled." },
  },
});

export enum VisitMemberRole {
  farmer = "farmer",
  member = "member",
  network_staff = "network_staff",
}
registerEnumType(VisitMemberRole, {
  name: "VisitMemberRole",
  description: "Who a visit team member is: a farmer (peer), an AMAP member, or network staff.",
  valuesConfig: {
    farmer: { description: "A farmer (peer visit)." },
    member: { description: "A member of an AMAP." },
    network_staff: { description: "Staff of the network." },
  },
});

/** A participatory-guarantee (SPG) visit of a farm by a mixed team, organised by a network. */
@Entity("farm_visit")
@Index(["networkId", "plannedOn"])
@Index(["farmId", "plannedOn"])
@ObjectType({
  description: "A participatory-guarantee (SPG) visit of a farm by a mixed team of farmers and AMAP members.",
})
export class FarmVisit {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network organising the visit." })
  networkId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the visited farm." })
  farmId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the visit." })
  plannedOn: string;

  @Column({ type: "simple-enum", enum: FarmVisitStatus, default: FarmVisitStatus.planned })
  @Field(() => FarmVisitStatus, { description: "Planned, done (team and grid complete) or cancelled." })
  status: FarmVisitStatus;

  @Column({ type: "text" })
  @Field(() => String, { description: "The visit report (empty until written)." })
  report: string;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date the report was written." })
  reportedOn: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date the visit was marked done." })
  completedOn: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was last changed (UTC)." })
  updatedAt: Date;
}

/** One person of a visit's team: a visit needs at least one farmer and one member to be done. */
@Entity("farm_visit_member")
@Index(["networkId", "visitId"])
@ObjectType({ description: "A person of a farm visit's team." })
export class FarmVisitMember {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network organising the visit." })
  networkId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the visit." })
  visitId: string;

  @Column({ type: "simple-enum", enum: VisitMemberRole })
  @Field(() => VisitMemberRole, { description: "Farmer, member or network staff." })
  role: VisitMemberRole;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the person, as shown in the report." })
  name: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the person's account (member subgraph), when known." })
  personId: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the person was added (UTC)." })
  createdAt: Date;
}
