import { OutboxMail } from "./notifications/outbox-mail.entity";
import { NotificationPreference } from "./notifications/preference.entity";
import { NotificationResolver } from "./notifications/notification.resolver";
import { Event } from "./events/event.entity";
import { EventRegistration } from "./events/event-registration.entity";
import { EventRegistrationResolver, EventResolver } from "./events/event.resolver";
import { CalendarFeed } from "./calendar/calendar-feed.entity";
import { CalendarFeedResolver } from "./calendar/calendar.resolver";
import { MemberFileResolver } from "./documents/files.resolver";

/** Living in it (issue 13): notifications by mail, events with seats, agendas and documents. */
export const livingEntities = [OutboxMail, NotificationPreference, Event, EventRegistration, CalendarFeed];
export const livingResolvers = [
  NotificationResolver,
  EventResolver,
  EventRegistrationResolver,
  CalendarFeedResolver,
  MemberFileResolver,
] as const;
