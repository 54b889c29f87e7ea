import type { Lang } from "@champ-commun/kit";
import { NotificationKind } from "../kinds";
import type { MailContent } from "./layout";
import {
  amendmentToConsent,
  basketHandedOver,
  signatureAwaited,
  subscriptionConfirmed,
  subscriptionReceived,
  templateOpened,
  waitingListPlace,
} from "./season";
import {
  deliveryReminder,
  distributionReminder,
  dutyMissing,
  eventRegistration,
  eventReminder,
  installmentDue,
} from "./calendar";

// Each template reads the payload its kind was queued with (JSON from the outbox row).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Template = (data: any, lang: Lang, links: { space: string }) => MailContent;

/** The template of each kind of notification (French and English in each). */
export const TEMPLATES: Record<NotificationKind, Template> = {
  [NotificationKind.template_opened]: templateOpened,
  [NotificationKind.subscription_received]: subscriptionReceived,
  [NotificationKind.signature_awaited]: signatureAwaited,
  [NotificationKind.subscription_confirmed]: subscriptionConfirmed,
  [NotificationKind.distribution_reminder]: distributionReminder,
  [NotificationKind.delivery_reminder]: deliveryReminder,
  [NotificationKind.duty_missing]: dutyMissing,
  [NotificationKind.installment_due]: installmentDue,
  [NotificationKind.amendment_to_consent]: amendmentToConsent,
  [NotificationKind.waiting_list_place]: waitingListPlace,
  [NotificationKind.basket_handed_over]: basketHandedOver,
  [NotificationKind.event_registration]: eventRegistration,
  [NotificationKind.event_reminder]: eventReminder,
};

export { render } from "./layout";
