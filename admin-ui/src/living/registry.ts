/**
 * The API operations of "living in it" (issue 13) as the back-offices send them: events with
 * seats, mail choices, agendas (iCal URLs), invitations. Spread into dataProvider/resources.ts and
 * queries.ts, so test/queries.test.ts validates each against the supergraph.
 */
import type { QueryConfig, ResourceConfig } from "../dataProvider/types";

const event =
  "id networkId amapId kind title description startsAt endsAt timeZone location videoUrl seats status createdAt registeredCount waitingCount";
const feed = "id kind scopeId createdAt revokedAt";

export const livingResources = {
  /** Events of a network (trainings) or of an AMAP (general assembly, work day, farm visit), with seats. */
  events: {
    single: "event",
    list: "events",
    typeName: "Event",
    fields: event,
    filterType: "EventFilter",
    filters: ["networkId", "amapId", "from"],
    sortable: ["startsAt", "title"],
    createInput: "CreateEventInput",
    updateInput: "UpdateEventInput",
    inputFields: {
      networkId: "id",
      amapId: "id",
      kind: "enum",
      title: "string",
      description: "string",
      startsAt: "json",
      endsAt: "json",
      timeZone: "string",
      location: "string",
      videoUrl: "string",
      seats: "number",
    },
    createOnly: ["networkId", "amapId", "kind", "timeZone"],
    // An event is cancelled, never deleted: its registrations and attendance stay.
    delete: null,
    actions: { cancelEvent: { input: true } },
  },
} satisfies Record<string, ResourceConfig>;

export const livingQueries = {
  /** Organisers: an event with its registrations, seats first, then the waiting list in order. */
  eventRegistrations: {
    field: "event",
    args: { id: "ID!" },
    selection: `${event} registrations { id personId name status registeredAt promotedAt attended }`,
  },
  eventParticipantsCsv: { args: { eventId: "ID!" }, selection: null },
  recordEventAttendance: { kind: "mutation", args: { input: "RecordEventAttendanceInput!" }, selection: "id attended" },
  /** Members: the coming events of their AMAP or network, with their own registration. */
  upcomingEvents: {
    field: "events",
    args: { filter: "EventFilter", perPage: "Int" },
    selection: `total items { ${event} myRegistration { id status waitingPosition } }`,
  },
  myEventRegistrations: {
    args: { page: "Int", perPage: "Int" },
    selection: "total items { id eventId status waitingPosition registeredAt }",
  },
  registerForEvent: {
    kind: "mutation",
    args: { input: "RegisterForEventInput!" },
    selection: "id eventId status waitingPosition",
  },
  cancelEventRegistration: { kind: "mutation", input: true, args: { id: "ID!" }, selection: "id eventId status" },
  /** An AMAP's name, network and time zone (a member's events come from both; an AMAP's events are in its zone). */
  amapBasics: { field: "amap", args: { id: "ID!" }, selection: "id name networkId timeZone" },

  myNotificationPreferences: { args: {}, selection: "lang choices { kind enabled label }" },
  updateMyNotificationPreferences: {
    kind: "mutation",
    args: { input: "UpdateMyNotificationPreferencesInput!" },
    selection: "lang choices { kind enabled label }",
  },

  myCalendarFeeds: { args: {}, selection: feed },
  createCalendarFeed: {
    kind: "mutation",
    args: { input: "CreateCalendarFeedInput!" },
    selection: `url feed { ${feed} }`,
  },
  regenerateCalendarFeed: { kind: "mutation", input: true, args: { id: "ID!" }, selection: `url feed { ${feed} }` },
  revokeCalendarFeed: { kind: "mutation", input: true, args: { id: "ID!" }, selection: feed },

  inviteToRole: { kind: "mutation", args: { input: "InviteToRoleInput!" }, selection: "personId email expiresAt" },
  inviteAmapMembers: { kind: "mutation", input: true, args: { amapId: "ID!" }, selection: "personId email" },
  /** The invitation page (no back-office yet: the person has no password). */
} satisfies Record<string, QueryConfig>;
