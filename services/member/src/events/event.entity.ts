import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DEFAULT_TIME_ZONE } from "@champ-commun/kit";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum EventKind {
  training = "training",
  general_assembly = "general_assembly",
  work_day = "work_day",
  farm_visit = "farm_visit",
  other = "other",
}
registerEnumType(EventKind, {
  name: "EventKind",
  description: "What an event is.",
  valuesConfig: {
    training: { description: "A training (formation), usually a network's." },
    general_assembly: { description: "A general assembly (assemblée générale)." },
    work_day: { description: "A work day at a farm or for the AMAP (chantier collectif)." },
    farm_visit: { description: "A visit of a partner farm." },
    other: { description: "Any other gathering." },
  },
});

export enum EventStatus {
  scheduled = "scheduled",
  cancelled = "cancelled",
}
registerEnumType(EventStatus, {
  name: "EventStatus",
  description: "scheduled, or cancelled.",
  valuesConfig: {
    scheduled: { description: "Will take place." },
    cancelled: { description: "Cancelled." },
  },
});

/**
 * An event with limited seats, of a network (trainings) or of an AMAP (general assembly, work
 * days, farm visits). Kept with the people who register (member subgraph): seats, waiting list and
 * the notices of a promotion change in one transaction.
 */
@Entity("event")
@Index(["networkId", "startsAt"])
@Index(["amapId", "startsAt"])
@Index(["startsAt"])
@ObjectType({
  description: "An event with limited seats: a network's training, an AMAP's general assembly, work day or farm visit.",
})
export class Event {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the event (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "The network organising it (a training), or null." })
  networkId: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "The AMAP organising it, or null." })
  amapId: string | null;

  @Column({ type: "simple-enum", enum: EventKind })
  @Field(() => EventKind, { description: "What it is." })
  kind: EventKind;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Title." })
  title: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "What it is about, for whom." })
  description: string;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it starts (UTC)." })
  startsAt: Date;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it ends (UTC), if known." })
  endsAt: Date | null;

  @Column({ type: "varchar", length: 40, default: DEFAULT_TIME_ZONE })
  @Field(() => String, {
    description: `Time zone its times are shown in (IANA, e.g. ${DEFAULT_TIME_ZONE}, Indian/Reunion).`,
  })
  timeZone: string;

  @Column({ type: "varchar", length: 300, default: "" })
  @Field(() => String, { description: "Where it happens (empty for a remote event)." })
  location: string;

  @Column({ type: "varchar", length: 500, default: "" })
  @Field(() => String, { description: "Video link of a remote event (shown to registered people)." })
  videoUrl: string;

  @Column({ type: "int", nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: "Seats; null for no limit. Further registrations go to the waiting list.",
  })
  seats: number | null;

  @Column({ type: "simple-enum", enum: EventStatus, default: EventStatus.scheduled })
  @Field(() => EventStatus, { description: "Scheduled or cancelled." })
  status: EventStatus;

  @Column({ type: "varchar", length: 36 })
  createdBy: string;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it was created (UTC)." })
  createdAt: Date;
}
