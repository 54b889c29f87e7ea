import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum DistributionChangeKind {
  moved = "moved",
  cancelled = "cancelled",
}
registerEnumType(DistributionChangeKind, {
  name: "DistributionChangeKind",
  description: "What happened to a distribution after its calendar was set.",
  valuesConfig: {
    moved: { description: "Moved to another date and/or place." },
    cancelled: { description: "Cancelled." },
  },
});

/**
 * One change to a distribution (moved or cancelled), with the terms it replaces. The member
 * subgraph turns each into an amendment (avenant) of every subscription delivering that day.
 * Never updated nor deleted: a second move is a second record.
 */
@Entity("distribution_change")
@Index(["amapId", "createdAt"])
@Index(["distributionId"])
@ObjectType({
  description:
    "A change to a distribution (moved or cancelled) with the original terms kept, from which subscriptions get their amendments.",
})
@Directive('@key(fields: "id")')
export class DistributionChange {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, {
    description: "Unique id (time-ordered); amendments refer to it, so consuming a change twice is harmless.",
  })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution changed." })
  distributionId: string;

  @Column({ type: "simple-enum", enum: DistributionChangeKind })
  @Field(() => DistributionChangeKind, { description: "Moved or cancelled." })
  kind: DistributionChangeKind;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, {
    description: "Date of the distribution before this change (the planned date, or the date of a previous move).",
  })
  originalDate: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Place of the distribution before this change." })
  originalPlaceId: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Date after the change (null when cancelled)." })
  newDate: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "Place after the change (null when cancelled, or when the distribution has no place).",
  })
  newPlaceId: string | null;

  @Column({ type: "text" })
  @Field(() => String, { description: "Why, as told to the members (frost, farmer ill, hall unavailable…)." })
  reason: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the change was recorded (UTC)." })
  createdAt: Date;
}
