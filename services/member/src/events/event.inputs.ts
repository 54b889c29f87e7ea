import { Field, ID, InputType, Int } from "type-graphql";
import { DEFAULT_TIME_ZONE } from "@champ-commun/kit";
import { EventKind } from "./event.entity";

@InputType({ description: "A new event: of a network (networkId) or of an AMAP (amapId), exactly one." })
export class CreateEventInput {
  @Field(() => ID, { nullable: true, description: "The network organising it (trainings)." }) networkId?: string | null;
  @Field(() => ID, { nullable: true, description: "The AMAP organising it." }) amapId?: string | null;
  @Field(() => EventKind, { description: "What it is." }) kind: EventKind;
  @Field(() => String, { description: "Title." }) title: string;
  @Field(() => String, { nullable: true, description: "What it is about, for whom." }) description?: string | null;
  @Field(() => Date, { description: "When it starts (ISO-8601 instant)." }) startsAt: Date;
  @Field(() => Date, { nullable: true, description: "When it ends." }) endsAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: `Time zone its times are shown in (default ${DEFAULT_TIME_ZONE}).`,
  })
  timeZone?: string | null;
  @Field(() => String, { nullable: true, description: "Where (empty for a remote event)." }) location?: string | null;
  @Field(() => String, { nullable: true, description: "Video link of a remote event." }) videoUrl?: string | null;
  @Field(() => Int, { nullable: true, description: "Seats; omit for no limit." }) seats?: number | null;
}

/** The fields an event's update may change; the mutation's input adds the id (not emitted on its own). */
@InputType({ description: "Changes to an event (absent fields are unchanged). More seats promote people waiting." })
export class EventChangesInput {
  @Field(() => String, { nullable: true, description: "Title." }) title?: string | null;
  @Field(() => String, { nullable: true, description: "Description." }) description?: string | null;
  @Field(() => Date, { nullable: true, description: "Start." }) startsAt?: Date | null;
  @Field(() => Date, { nullable: true, description: "End." }) endsAt?: Date | null;
  @Field(() => String, { nullable: true, description: "Place." }) location?: string | null;
  @Field(() => String, { nullable: true, description: "Video link." }) videoUrl?: string | null;
  @Field(() => Int, { nullable: true, description: "Seats." }) seats?: number | null;
}

@InputType({ description: "Filter for events." })
export class EventFilter {
  @Field(() => ID, { nullable: true, description: "Events of this network." }) networkId?: string | null;
  @Field(() => ID, { nullable: true, description: "Events of this AMAP." }) amapId?: string | null;
  @Field(() => Date, { nullable: true, description: "Starting at or after this instant (default: every event)." })
  from?: Date | null;
}

@InputType({ description: "A registration to an event." })
export class RegisterForEventInput {
  @Field(() => ID, { description: "The event." }) eventId: string;
  @Field(() => ID, {
    nullable: true,
    description: "Who registers (default: the signed-in person; an organiser may register someone else).",
  })
  personId?: string | null;
}

@InputType({ description: "Attendance of the people registered to an event." })
export class RecordEventAttendanceInput {
  @Field(() => ID, { description: "The event." }) eventId: string;
  @Field(() => [ID], { description: "Registrations of the people who came." }) presentIds: string[];
  @Field(() => [ID], { nullable: true, description: "Registrations of the people who did not come." }) absentIds?:
    string[] | null;
}

@InputType({
  description:
    "An event to change: its id and the changes (absent fields are unchanged). More seats promote people waiting.",
})
export class UpdateEventInput extends EventChangesInput {
  @Field(() => ID, { description: "Id of the event." }) id: string;
}

@InputType({ description: "An event to cancel." })
export class CancelEventInput {
  @Field(() => ID, { description: "Id of the event." }) id: string;
}

@InputType({ description: "A registration to cancel." })
export class CancelEventRegistrationInput {
  @Field(() => ID, { description: "Id of the registration." }) id: string;
}
