import { OutboxMail } from "./notifications/outbox-mail.entity";
import { NotificationPreference } from "./notifications/preference.entity";
import { NotificationResolver } from "./notifications/notification.resolver";
import { Event } from "./events/event.entity";
import { EventRegistration } from "./events/event-registration.entity";
import { EventRegistrationResolver, EventResolver } from "./events/event.resolver";

/** Living in it (issue 13): notifications by mail, events with seats, agendas and documents. */
export const livingEntities = [OutboxMail, NotificationPreference, Event, EventRegistration];
export const livingResolvers = [NotificationResolver, EventResolver, EventRegistrationResolver] as const;
