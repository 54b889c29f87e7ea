import { Column, Entity, Index, PrimaryColumn, VersionColumn } from "typeorm";
import { Directive, Field, ID, ObjectType, registerEnumType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum DistributionStatus {
  planned = "planned",
  cancelled = "cancelled",
  moved = "moved",
}
registerEnumType(DistributionStatus, {
  name: "DistributionStatus",
  description: "Whether a distribution happens as planned, is cancelled, or moved to another date or place.",
  valuesConfig: {
    planned: { description: "Happens on its date, at its place." },
    cancelled: { description: "Cancelled (see its `changes` for the reason)." },
    moved: { description: "Moved to `movedToDate` and/or `movedToPlaceId`; `date` keeps the date first planned." },
  },
});

/** An AMAP's pickup day: date, time window, place, status. */
@Entity("distribution")
@Index(["amapId", "date"])
@ObjectType({ description: "A distribution (pickup day) of an AMAP: date, time window, place and status." })
@Directive('@key(fields: "id")')
export class Distribution {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the distribution place, if set." })
  placeId: string | null;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, {
    description: "Calendar date first planned (kept when the distribution is moved: see `effectiveDate`).",
  })
  date: string;

  @Column({ type: "varchar", length: 5 })
  @Field(() => String, { description: "Start time, HH:MM (AMAP's time zone)." })
  startTime: string;

  @Column({ type: "varchar", length: 5 })
  @Field(() => String, { description: "End time, HH:MM (AMAP's time zone)." })
  endTime: string;

  @Column({ type: "simple-enum", enum: DistributionStatus, default: DistributionStatus.planned })
  @Field(() => DistributionStatus, { description: "Planned, cancelled or moved." })
  status: DistributionStatus;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "The substitute date when the distribution is moved." })
  movedToDate: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "The substitute place when the distribution is moved (null: its own place).",
  })
  movedToPlaceId: string | null;

  @Column({ type: "text" })
  @Field(() => String, { description: "Notes for the members and the duty team." })
  notes: string;
}
