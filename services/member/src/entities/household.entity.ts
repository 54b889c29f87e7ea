import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType, Int } from "type-graphql";

export enum HouseholdStatus {
  active = "active",
  waiting_list = "waiting_list",
  intermittent = "intermittent",
  former = "former",
}
registerEnumType(HouseholdStatus, {
  name: "HouseholdStatus",
  description:
    "Where a household stands in its AMAP: active member, on the waiting list, intermittent (takes baskets others hand over), former member.",
  valuesConfig: {
    active: { description: "Active member." },
    waiting_list: { description: "On the AMAP's waiting list." },
    intermittent: { description: "Intermittent: takes baskets other households hand over." },
    former: { description: "Former member, kept for history." },
  },
});

/** Foyer: the account of one or more people (co-adhérents) who share memberships and contracts. */
@Entity("household")
@Index(["amapId", "displayName"])
@ObjectType({ description: "A household (foyer) of an AMAP: one or more people sharing memberships and contracts." })
@Directive('@key(fields: "id")')
export class Household {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the household (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP the household belongs to." })
  amapId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name shown on lists and sign-off sheets (e.g. « Dupont – Martin »)." })
  displayName: string;

  @Column({ type: "simple-enum", enum: HouseholdStatus, default: HouseholdStatus.active })
  @Field(() => HouseholdStatus, { description: "Status of the household in its AMAP." })
  status: HouseholdStatus;

  @Column({ type: "varchar", length: 300, default: "" })
  @Field(() => String, { description: "Postal address of the household." })
  address: string;

  @Column({ type: "varchar", length: 2000, default: "" })
  @Field(() => String, { description: "Notes kept by the AMAP's team about the household." })
  notes: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the household was recorded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the household was last changed (UTC)." })
  updatedAt: Date;
}
