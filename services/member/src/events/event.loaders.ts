import DataLoader from "dataloader";
import { In } from "typeorm";
import { loaderMany } from "@champ-commun/kit";
import { EventRegistration, RegistrationStatus } from "./event-registration.entity";
import type { MemberContext } from "../context";

/** Seats first, then the waiting list in its order (as the database keeps registeredAt: MariaDB, whole seconds). */
const inOrder = (a: EventRegistration, b: EventRegistration) =>
  (a.status === b.status ? 0 : a.status === RegistrationStatus.registered ? -1 : 1) ||
  a.registeredAt.getTime() - b.registeredAt.getTime() ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function create(ctx: MemberContext) {
  const repo = ctx.ds.getRepository(EventRegistration);
  const me = ctx.identity?.subject ?? "";
  return {
    /** The registrations that hold a seat or wait for one, per event: counts, lists and waiting positions from one query. */
    active: loaderMany(repo, "eventId", inOrder, {
      status: In([RegistrationStatus.registered, RegistrationStatus.waiting]),
    }),
    /** The caller's own registration per event (cancelled ones included). */
    mine: new DataLoader<string, EventRegistration | null>(async (eventIds) => {
      const rows = me ? await repo.find({ where: { eventId: In([...eventIds]), personId: me } }) : [];
      return eventIds.map((id) => rows.find((r) => r.eventId === id) ?? null);
    }),
  };
}

const perRequest = new WeakMap<MemberContext, ReturnType<typeof create>>();

/** The event loaders of this request (a list of events asks a fixed number of queries, however long). */
export function eventLoaders(ctx: MemberContext): ReturnType<typeof create> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = create(ctx)));
  return loaders;
}
