import { argAt, ensure, ensurePerson, Rule, TenantScope, when, type Visibility } from "@champ-commun/kit";
import { Event } from "./event.entity";
import { EventRegistration } from "./event-registration.entity";
import type { MemberContext } from "../context";

/*
 * Who may do what with events (imported by policy.ts): a network's admins organise its trainings,
 * an AMAP's admins its events; a network's events are open to every signed-in person, an AMAP's
 * to its people (and the networks above it); a registration is its person's and its organisers'.
 */

type Obj = Record<string, any>;

/** A string argument at `path`, or "" (which names no record). */
const stringArg = (args: Record<string, unknown>, path: string): string => {
  const v = argAt(args, path);
  return typeof v === "string" ? v : "";
};

const organises = (e: { networkId?: string | null; amapId?: string | null }, s: TenantScope) =>
  (!!e.networkId && s.isNetworkAdmin(e.networkId)) || (!!e.amapId && s.isAmapAdmin(e.amapId));
const sees = async (e: { networkId?: string | null; amapId?: string | null }, s: TenantScope) =>
  !!e.networkId || organises(e, s) || (await s.seesAmap(e.amapId));

const onEvent =
  (path: string, check: (e: Event, s: TenantScope) => boolean | Promise<boolean>): Rule<MemberContext> =>
  async (req) => {
    ensurePerson(req.scope);
    const id = argAt(req.args, path);
    if (typeof id !== "string") return;
    const e = await req.context.ds.getRepository(Event).findOne({ where: { id } });
    if (e) ensure(await check(e, req.scope));
  };

export const eventOperations: Record<string, Rule<MemberContext>> = {
  // A list names its network (open to all) or its AMAP (its people): pages and totals stay exact.
  "Query.events": async (req) => {
    ensurePerson(req.scope);
    const networkId = argAt(req.args, "filter.networkId");
    const amapId = argAt(req.args, "filter.amapId");
    if (typeof networkId === "string") return;
    if (typeof amapId === "string") return (await req.scope.seesAmap(amapId)) ? undefined : "empty";
    return "empty";
  },
  "Query.event": onEvent("id", () => true),
  "Query.myEventRegistrations": (req) => ensurePerson(req.scope),
  "Query.eventParticipantsCsv": onEvent("eventId", organises),
  "Mutation.createEvent": when(({ args, scope }) =>
    organises(
      { networkId: argAt(args, "input.networkId") as string, amapId: argAt(args, "input.amapId") as string },
      scope,
    ),
  ),
  "Mutation.updateEvent": onEvent("input.id", organises),
  "Mutation.cancelEvent": onEvent("input.id", organises),
  "Mutation.recordEventAttendance": onEvent("input.eventId", organises),
  // One registers oneself; an organiser may register someone else.
  "Mutation.registerForEvent": onEvent("input.eventId", async (e, s) => {
    return (await sees(e, s)) && !!s.identity;
  }),
  "Mutation.cancelEventRegistration": async (req) => {
    ensurePerson(req.scope);
    const r = await req.context.ds
      .getRepository(EventRegistration)
      .findOne({ where: { id: stringArg(req.args, "input.id") } });
    if (r) ensure(r.personId === req.scope.identity?.subject || organises(r, req.scope));
  },
};

export const eventVisibility: Visibility<MemberContext>["types"] = {
  Event: (e: Obj, s) => sees(e, s),
  EventRegistration: (r: Obj, s) => (s.isPerson && s.identity?.subject === r.personId) || organises(r, s),
};

/** For the resolver: may this caller register someone other than themselves to this event? */
export const mayRegisterOthers = organises;
