import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { findPage, forbidden, PageArgs, PageOf, scopeOf } from "@champ-commun/kit";
import { actorId } from "../audit/audit";
import { Event } from "./event.entity";
import { EventRegistration, RegistrationStatus } from "./event-registration.entity";
import { EventService } from "./event.service";
import {
  CancelEventInput,
  CancelEventRegistrationInput,
  CreateEventInput,
  EventFilter,
  RecordEventAttendanceInput,
  RegisterForEventInput,
  UpdateEventInput,
} from "./event.inputs";
import { mayRegisterOthers } from "./event.policy";
import { eventLoaders } from "./event.loaders";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of events." })
export class EventPage extends PageOf(Event) {}

@ObjectType({ description: "A page of event registrations." })
export class EventRegistrationPage extends PageOf(EventRegistration) {}

const events = (ctx: MemberContext) => new EventService(ctx.ds.manager, ctx.now);

/** Events with limited seats: organisers manage them, people register (see events/event.policy.ts). */
@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventPage, { description: "Events of a network (open to all) or of an AMAP, by start." })
  events(
    @Arg("filter", () => EventFilter, {
      nullable: true,
      description: "Which events to list (omit for all the caller may see).",
    })
    filter: EventFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return events(ctx).list(filter, page);
  }

  @Query(() => Event, { nullable: true, description: "One event, or null." })
  event(@Arg("id", () => ID, { description: "Id of the event." }) id: string, @Ctx() ctx: MemberContext) {
    return ctx.ds.getRepository(Event).findOne({ where: { id } });
  }

  @Query(() => EventRegistrationPage, {
    description:
      "The signed-in person's registrations (seats and waiting lists), paginated: latest first (by registration time, then id), or sorted by `registeredAt` or `status`.",
  })
  myEventRegistrations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: MemberContext) {
    return findPage(
      ctx.ds.getRepository(EventRegistration),
      { personId: ctx.identity?.subject ?? "" },
      page,
      ["registeredAt", "status"],
      { registeredAt: "DESC", id: "DESC" },
    );
  }

  @Query(() => String, {
    description:
      "The participants of an event as CSV (seats, then the waiting list in order; `;`-separated, UTF-8): its organisers.",
  })
  eventParticipantsCsv(
    @Arg("eventId", () => ID, { description: "The event." }) eventId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return events(ctx).participantsCsv(eventId);
  }

  @Mutation(() => Event, { description: "Creates an event of a network (its admins) or of an AMAP (its admins)." })
  createEvent(
    @Arg("input", () => CreateEventInput, { description: "The new event." }) input: CreateEventInput,
    @Ctx() ctx: MemberContext,
  ) {
    return events(ctx).create(input, actorId(ctx.identity));
  }

  @Mutation(() => Event, {
    description: "Changes an event; more seats give them to the people waiting (who are told by mail).",
  })
  updateEvent(
    @Arg("input", () => UpdateEventInput, { description: "The event and its changes." }) input: UpdateEventInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { id, ...changes } = input;
    return events(ctx).update(id, changes);
  }

  @Mutation(() => Event, { description: "Cancels an event (it stays listed, cancelled)." })
  cancelEvent(
    @Arg("input", () => CancelEventInput, { description: "The event to cancel." }) input: CancelEventInput,
    @Ctx() ctx: MemberContext,
  ) {
    return events(ctx).cancelEvent(input.id);
  }

  @Mutation(() => EventRegistration, {
    description: "Registers to an event: a seat while there is one, else the waiting list (told by mail).",
  })
  registerForEvent(
    @Arg("input", () => RegisterForEventInput, { description: "The event and possibly who is registered." })
    input: RegisterForEventInput,
    @Ctx() ctx: MemberContext,
  ) {
    const self = ctx.identity?.subject ?? "";
    const personId = input.personId ?? self;
    return (async () => {
      if (personId !== self && !scopeOf(ctx).all) {
        const e = await events(ctx).get(input.eventId);
        if (!mayRegisterOthers(e, scopeOf(ctx))) throw forbidden();
      }
      return events(ctx).register(input.eventId, personId);
    })();
  }

  @Mutation(() => EventRegistration, {
    description: "Cancels a registration; a seat it held goes to the first person waiting (told by mail).",
  })
  cancelEventRegistration(
    @Arg("input", () => CancelEventRegistrationInput, { description: "The registration to cancel." })
    input: CancelEventRegistrationInput,
    @Ctx() ctx: MemberContext,
  ) {
    return events(ctx).cancel(input.id);
  }

  @Mutation(() => [EventRegistration], { description: "Records who came to an event." })
  recordEventAttendance(
    @Arg("input", () => RecordEventAttendanceInput, { description: "The event and who came." })
    input: RecordEventAttendanceInput,
    @Ctx() ctx: MemberContext,
  ) {
    return events(ctx).recordAttendance(input);
  }

  @FieldResolver(() => Int, { description: "Seats taken." })
  async registeredCount(@Root() e: Event, @Ctx() ctx: MemberContext) {
    return (await eventLoaders(ctx).active.load(e.id)).filter((r) => r.status === RegistrationStatus.registered).length;
  }

  @FieldResolver(() => Int, { description: "People on the waiting list." })
  async waitingCount(@Root() e: Event, @Ctx() ctx: MemberContext) {
    return (await eventLoaders(ctx).active.load(e.id)).filter((r) => r.status === RegistrationStatus.waiting).length;
  }

  @FieldResolver(() => EventRegistration, {
    nullable: true,
    description: "The signed-in person's registration, if any (cancelled ones included).",
  })
  myRegistration(@Root() e: Event, @Ctx() ctx: MemberContext) {
    return ctx.identity ? eventLoaders(ctx).mine.load(e.id) : null;
  }

  @FieldResolver(() => [EventRegistration], {
    description: "Registrations (seats, then the waiting list in order): its organisers see them.",
  })
  registrations(@Root() e: Event, @Ctx() ctx: MemberContext) {
    return eventLoaders(ctx).active.load(e.id);
  }

  @FieldResolver(() => String, {
    description:
      "Video link of a remote event: shown to the people with a seat and to its organisers (empty for the others).",
  })
  async videoUrl(@Root() e: Event, @Ctx() ctx: MemberContext) {
    if (!e.videoUrl) return "";
    const s = scopeOf(ctx);
    if (s.all || mayRegisterOthers(e, s)) return e.videoUrl;
    const mine = ctx.identity ? await eventLoaders(ctx).mine.load(e.id) : null;
    return mine?.status === RegistrationStatus.registered ? e.videoUrl : "";
  }
}

@Resolver(() => EventRegistration)
export class EventRegistrationResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: "Place on the waiting list (1 = next to get a seat); null with a seat.",
  })
  async waitingPosition(@Root() r: EventRegistration, @Ctx() ctx: MemberContext) {
    if (r.status !== RegistrationStatus.waiting) return null;
    // Ranked among the rows as read back (MariaDB keeps whole seconds: the in-memory instant of a registration just made would miscount).
    const waiting = (await eventLoaders(ctx).active.load(r.eventId)).filter(
      (w) => w.status === RegistrationStatus.waiting,
    );
    return waiting.findIndex((w) => w.id === r.id) + 1 || null;
  }

  @FieldResolver(() => Event, { nullable: true, description: "The event." })
  event(@Root() r: EventRegistration, @Ctx() ctx: MemberContext) {
    return ctx.ds.getRepository(Event).findOne({ where: { id: r.eventId } });
  }
}
