import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum RegistrationStatus {
  registered = "registered",
  waiting = "waiting",
  cancelled = "cancelled",
}
registerEnumType(RegistrationStatus, {
  name: "RegistrationStatus",
  description: "registered (has a seat), waiting (on the waiting list, in order of registration), cancelled.",
  valuesConfig: {
    registered: { description: "Has a seat." },
    waiting: { description: "On the waiting list, in order of registration." },
    cancelled: { description: "Cancelled." },
  },
});

/** A person's registration to an event: a seat, or a place on its waiting list; attendance once it happened. */
@Entity("event_registration")
@Index(["eventId", "personId"], { unique: true })
@Index(["eventId", "status", "registeredAt"])
@Index(["personId"])
@ObjectType({ description: "A person's registration to an event (a seat, or a place on the waiting list)." })
export class EventRegistration {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the registration (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The event." })
  eventId: string;

  /** Tenant columns, copied from the event: who may list the registrations. */
  @Column({ type: "varchar", length: 36, nullable: true })
  networkId: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  amapId: string | null;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The person (account id)." })
  personId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Their household, when they have one." })
  householdId: string | null;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name shown on the list of participants." })
  name: string;

  @Column({ type: "varchar", length: 200 })
  email: string;

  @Column({ type: "simple-enum", enum: RegistrationStatus })
  @Field(() => RegistrationStatus, { description: "Seat, waiting list, or cancelled." })
  status: RegistrationStatus;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When the person registered (UTC): the waiting list's order." })
  registeredAt: Date;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When a seat freed for them (UTC), if they waited." })
  promotedAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When they cancelled (UTC)." })
  cancelledAt: Date | null;

  @Column({ type: "boolean", nullable: true })
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether they came (recorded after the event); null until recorded.",
  })
  attended: boolean | null;
}
