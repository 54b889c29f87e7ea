import { EntityManager, In, MoreThanOrEqual } from "typeorm";
import {
  Check,
  conflict,
  csvFile,
  DEFAULT_TIME_ZONE,
  findPage,
  getOrThrow,
  notFound,
  uuidv7,
  type Page,
  type PageArgs,
} from "@champ-commun/kit";
import { Person } from "../entities/person.entity";
import { Account } from "../accounts/account.entity";
import { forUpdate, withDeadlockRetry } from "../services/locking";
import { Event, EventStatus } from "./event.entity";
import { EventRegistration, RegistrationStatus } from "./event-registration.entity";
import { registrationNotice } from "./event.notices";
import type { CreateEventInput, EventChangesInput, EventFilter, RecordEventAttendanceInput } from "./event.inputs";
import { t } from "../i18n";

const WHAT = t("event.event");
const REGISTRATION = t("event.registration");

/**
 * Events with limited seats: registration takes a seat while there is one, else a place on the
 * waiting list; a cancellation (or more seats) gives the freed seats to the first people waiting,
 * who are told by mail in the same transaction. The event row is locked while seats are counted.
 */
export class EventService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(filter: EventFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Event>> {
    const where: Record<string, unknown> = {};
    if (filter.networkId) where.networkId = filter.networkId;
    if (filter.amapId) where.amapId = filter.amapId;
    if (filter.from) where.startsAt = MoreThanOrEqual(filter.from);
    return findPage(this.em.getRepository(Event), where, args, ["startsAt", "title"], { startsAt: "ASC", id: "ASC" });
  }

  get(id: string): Promise<Event> {
    return getOrThrow(this.em.getRepository(Event), id, WHAT);
  }

  async create(input: CreateEventInput, actorId: string | null): Promise<Event> {
    const check = new Check();
    check.id("networkId", input.networkId);
    check.id("amapId", input.amapId);
    if (!input.networkId === !input.amapId) check.fail("amapId", t("event.eventBelongsNetworkAmap"));
    const title = check.text("title", input.title, { required: true, max: 200 });
    this.checkTimes(check, input.startsAt, input.endsAt, input.seats, input.timeZone);
    check.text("location", input.location, { max: 300 });
    check.text("videoUrl", input.videoUrl, { max: 500 });
    if (input.videoUrl && !/^https?:\/\//.test(input.videoUrl)) check.fail("videoUrl", t("event.videoLinkMustStart"));
    check.done();
    const event = this.em.getRepository(Event).create({
      id: uuidv7(),
      networkId: input.networkId ?? null,
      amapId: input.amapId ?? null,
      kind: input.kind,
      title: title!,
      description: input.description ?? "",
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
      timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
      location: input.location ?? "",
      videoUrl: input.videoUrl ?? "",
      seats: input.seats ?? null,
      status: EventStatus.scheduled,
      createdBy: actorId ?? "system",
      createdAt: this.now(),
    });
    await this.em.getRepository(Event).insert(event);
    return event;
  }

  private checkTimes(
    check: Check,
    startsAt?: Date | null,
    endsAt?: Date | null,
    seats?: number | null,
    timeZone?: string | null,
  ) {
    if (startsAt !== undefined && (!(startsAt instanceof Date) || isNaN(startsAt.getTime())))
      check.fail("startsAt", t("event.startRequired"));
    if (startsAt && endsAt && endsAt < startsAt) check.fail("endsAt", t("event.endMustComeAfter"));
    if (seats != null) check.int("seats", seats, { min: 1, max: 100_000 });
    if (timeZone) check.timeZone("timeZone", timeZone);
  }

  async update(id: string, input: EventChangesInput): Promise<Event> {
    const check = new Check();
    this.checkTimes(check, input.startsAt ?? undefined, input.endsAt, input.seats);
    check.done();
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const event = await lockEvent(em, id);
        for (const k of ["title", "description", "startsAt", "endsAt", "location", "videoUrl", "seats"] as const)
          if (input[k] !== undefined && input[k] !== null) (event as unknown as Record<string, unknown>)[k] = input[k];
        await em.getRepository(Event).save(event);
        await new EventService(em, this.now).fill(event);
        return event;
      }),
    );
  }

  async cancelEvent(id: string): Promise<Event> {
    const event = await this.get(id);
    event.status = EventStatus.cancelled;
    await this.em.getRepository(Event).update({ id }, { status: EventStatus.cancelled });
    return event;
  }

  /** Registers a person: a seat if one is free, else the waiting list. Registering twice returns the registration as it stands. */
  async register(eventId: string, personId: string): Promise<EventRegistration> {
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const event = await lockEvent(em, eventId);
        if (event.status === EventStatus.cancelled) throw conflict(t("event.eventCancelled"), "eventId");
        const repo = em.getRepository(EventRegistration);
        const existing = await repo.findOne({ where: { eventId, personId } });
        if (existing && existing.status !== RegistrationStatus.cancelled) return existing;
        const who = await personFacts(em, personId);
        const taken = await repo.count({ where: { eventId, status: RegistrationStatus.registered } });
        const status =
          event.seats == null || taken < event.seats ? RegistrationStatus.registered : RegistrationStatus.waiting;
        const reg = repo.create({
          id: existing?.id ?? uuidv7(),
          eventId,
          networkId: event.networkId,
          amapId: event.amapId,
          personId,
          householdId: who.householdId,
          name: who.name,
          email: who.email,
          status,
          registeredAt: this.now(),
          promotedAt: null,
          cancelledAt: null,
          attended: null,
        });
        await repo.save(reg);
        await registrationNotice(em, event, reg, status === RegistrationStatus.registered ? "registered" : "waiting");
        return reg;
      }),
    );
  }

  /** Cancels a registration; a seat it held goes to the first person waiting. */
  async cancel(registrationId: string): Promise<EventRegistration> {
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const found = await getOrThrow(em.getRepository(EventRegistration), registrationId, REGISTRATION);
        const event = await lockEvent(em, found.eventId);
        const reg = await em.getRepository(EventRegistration).findOneOrFail({ where: { id: registrationId } });
        if (reg.status === RegistrationStatus.cancelled) return reg;
        reg.status = RegistrationStatus.cancelled;
        reg.cancelledAt = this.now();
        await em.getRepository(EventRegistration).save(reg);
        await new EventService(em, this.now).fill(event);
        return reg;
      }),
    );
  }

  /** Gives free seats to the people waiting, in order of registration (inside the caller's transaction, event locked). */
  private async fill(event: Event): Promise<EventRegistration[]> {
    if (event.status === EventStatus.cancelled) return [];
    const repo = this.em.getRepository(EventRegistration);
    const taken = await repo.count({ where: { eventId: event.id, status: RegistrationStatus.registered } });
    const free = event.seats == null ? Infinity : event.seats - taken;
    if (free <= 0) return [];
    const waiting = await repo.find({
      where: { eventId: event.id, status: RegistrationStatus.waiting },
      order: { registeredAt: "ASC", id: "ASC" },
      take: Number.isFinite(free) ? free : undefined,
    });
    for (const w of waiting) {
      w.status = RegistrationStatus.registered;
      w.promotedAt = this.now();
      await repo.save(w);
      await registrationNotice(this.em, event, w, "promoted");
    }
    return waiting;
  }

  registrations(eventId: string): Promise<EventRegistration[]> {
    return this.em.getRepository(EventRegistration).find({
      where: { eventId, status: In([RegistrationStatus.registered, RegistrationStatus.waiting]) },
      order: { status: "ASC", registeredAt: "ASC", id: "ASC" },
    });
  }

  async recordAttendance(input: RecordEventAttendanceInput): Promise<EventRegistration[]> {
    const ids = [...(input.presentIds ?? []), ...(input.absentIds ?? [])];
    const regs = ids.length ? await this.em.getRepository(EventRegistration).find({ where: { id: In(ids) } }) : [];
    const foreign = ids.find((id) => !regs.some((r) => r.id === id && r.eventId === input.eventId));
    if (foreign) throw notFound(REGISTRATION, foreign);
    return this.em.transaction(async (em) => {
      if (input.presentIds.length)
        await em.getRepository(EventRegistration).update({ id: In(input.presentIds) }, { attended: true });
      if (input.absentIds?.length)
        await em.getRepository(EventRegistration).update({ id: In(input.absentIds) }, { attended: false });
      return em.getRepository(EventRegistration).find({ where: { id: In(ids) }, order: { registeredAt: "ASC" } });
    });
  }

  /**
   * The participants as CSV (French headers, `;` as spreadsheets in France expect): seats first, then
   * the waiting list in order. What `Event.registrations` shows its organisers, no more: names, not
   * e-mail addresses (a network organises without reading members' contacts; the event's mails reach them).
   */
  async participantsCsv(eventId: string): Promise<string> {
    await this.get(eventId);
    const regs = await this.registrations(eventId);
    const status = { registered: "inscrit·e", waiting: "liste d'attente", cancelled: "annulé" } as const;
    const rows = regs.map((r, i) => [
      i + 1,
      r.name,
      status[r.status],
      r.registeredAt.toISOString(),
      r.attended == null ? "" : r.attended ? "oui" : "non",
    ]);
    return csvFile([["n°", "nom", "statut", "inscrit·e le", "présent·e"], ...rows]);
  }
}

async function lockEvent(em: EntityManager, id: string): Promise<Event> {
  const event = await forUpdate(
    em.getRepository(Event).createQueryBuilder("e").where("e.id = :id", { id }),
    em,
  ).getOne();
  if (!event) throw notFound(WHAT, id);
  return event;
}

/** Name, address and household of a person who registers (an account; a household person when it is one). */
async function personFacts(
  em: EntityManager,
  personId: string,
): Promise<{ name: string; email: string; householdId: string | null }> {
  const [account, person] = await Promise.all([
    em.getRepository(Account).findOne({ where: { id: personId } }),
    em.getRepository(Person).findOne({ where: { id: personId } }),
  ]);
  const src = person ?? account;
  if (!src) throw notFound(t("household.person"), personId);
  return {
    name: [src.firstName, src.lastName].filter(Boolean).join(" ") || (account?.email ?? ""),
    email: account?.email ?? person?.email ?? "",
    householdId: person?.householdId ?? null,
  };
}
