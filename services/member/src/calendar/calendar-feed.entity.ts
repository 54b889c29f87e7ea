import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum CalendarFeedKind {
  member = "member",
  amap = "amap",
  farm = "farm",
}
registerEnumType(CalendarFeedKind, {
  name: "CalendarFeedKind",
  description: "What an agenda (iCal feed) shows.",
  valuesConfig: {
    member: { description: "A household's pickups across all its contracts, and its duties (scope: the household)." },
    amap: { description: "An AMAP's distributions (scope: the AMAP)." },
    farm: { description: "A farm's deliveries across all the AMAPs it supplies (scope: the farm)." },
  },
});

/**
 * A person's secret agenda URL (iCal), to subscribe to from a calendar app: only the SHA-256 of
 * its secret is kept; revoking it (or regenerating a new one) stops the old URL at once.
 */
@Entity("calendar_feed")
@Index(["tokenHash"], { unique: true })
@Index(["personId"])
@ObjectType({
  description:
    "A secret agenda URL (iCal feed) of a person: a household's pickups, an AMAP's distributions or a farm's deliveries.",
})
export class CalendarFeed {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the feed (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The person it belongs to." })
  personId: string;

  @Column({ type: "simple-enum", enum: CalendarFeedKind })
  @Field(() => CalendarFeedKind, { description: "What it shows." })
  kind: CalendarFeedKind;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The household, AMAP or farm it shows." })
  scopeId: string;

  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it was created (UTC)." })
  createdAt: Date;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it was revoked (UTC); null while it works." })
  revokedAt: Date | null;
}
