import { Between, EntityManager, In } from "typeorm";
import { todayIn, addDays } from "@champ-commun/kit";
import { enqueue } from "../notifications/notify";
import { NotificationKind } from "../notifications/kinds";
import { Event, EventStatus } from "./event.entity";
import { EventRegistration, RegistrationStatus } from "./event-registration.entity";

const facts = (e: Event) => ({
  eventId: e.id,
  title: e.title,
  startsAt: e.startsAt.toISOString(),
  timeZone: e.timeZone,
  location: e.location,
  videoUrl: e.videoUrl,
});

/** A registration's outcome, told to its person: a seat, the waiting list, or a seat freed for them. */
export async function registrationNotice(
  em: EntityManager,
  e: Event,
  r: EventRegistration,
  status: "registered" | "waiting" | "promoted",
): Promise<void> {
  // One notice per outcome and registration round (registeredAt): cancelling and registering again is told again.
  await enqueue(
    em,
    {
      kind: NotificationKind.event_registration,
      about: `${r.id}:${status}:${r.registeredAt.getTime()}`,
      amapId: e.amapId,
      data: { ...facts(e), status },
    },
    [{ personId: r.personId, email: r.email, householdId: r.householdId, name: r.name }],
  );
}

/** The day before (in the event's time zone), everyone with a seat. */
export async function eventReminders(em: EntityManager, now: Date): Promise<number> {
  const events = await em.getRepository(Event).find({
    where: {
      status: EventStatus.scheduled,
      startsAt: Between(new Date(now.getTime() - 86_400_000), new Date(now.getTime() + 3 * 86_400_000)),
    },
  });
  const tomorrow = events.filter((e) => todayIn(e.timeZone, e.startsAt) === addDays(todayIn(e.timeZone, now), 1));
  if (!tomorrow.length) return 0;
  const regs = await em
    .getRepository(EventRegistration)
    .find({ where: { eventId: In(tomorrow.map((e) => e.id)), status: RegistrationStatus.registered } });
  let written = 0;
  for (const e of tomorrow) {
    const people = regs
      .filter((r) => r.eventId === e.id)
      .map((r) => ({ personId: r.personId, email: r.email, householdId: r.householdId, name: r.name }));
    written += await enqueue(
      em,
      { kind: NotificationKind.event_reminder, about: e.id, amapId: e.amapId, data: facts(e) },
      people,
    );
  }
  return written;
}
