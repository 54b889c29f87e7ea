import { registerEnumType } from "type-graphql";
import { t } from "../i18n";

/** The mails of the season. Each person chooses which they receive (all on by default). */
export enum NotificationKind {
  template_opened = "template_opened",
  subscription_received = "subscription_received",
  signature_awaited = "signature_awaited",
  subscription_confirmed = "subscription_confirmed",
  distribution_reminder = "distribution_reminder",
  delivery_reminder = "delivery_reminder",
  duty_missing = "duty_missing",
  installment_due = "installment_due",
  amendment_to_consent = "amendment_to_consent",
  waiting_list_place = "waiting_list_place",
  basket_handed_over = "basket_handed_over",
  event_registration = "event_registration",
  event_reminder = "event_reminder",
}

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/** What each kind is called where a person chooses (their mail page) and where they stop one (the unsubscribe page): the same words. */
export const KIND_LABELS: Record<NotificationKind, { fr: string; en: string }> = {
  template_opened: t("kinds.contractOpensSubscription"),
  subscription_received: t("kinds.newSubscriptionContractI"),
  signature_awaited: t("kinds.contractEnteredMyHousehold"),
  subscription_confirmed: t("kinds.subscriptionConfirmedWithContract"),
  distribution_reminder: t("kinds.reminderDayBeforeDistribution"),
  delivery_reminder: t("kinds.tomorrowSDeliveryFarmer"),
  duty_missing: t("kinds.callDutyVolunteers"),
  installment_due: t("kinds.upcomingPayment"),
  amendment_to_consent: t("kinds.amendmentContractConsent"),
  waiting_list_place: t("kinds.placeFreedContractWaiting"),
  basket_handed_over: t("kinds.basketHandedOverReceived"),
  event_registration: t("kinds.registrationEvent"),
  event_reminder: t("kinds.reminderDayBeforeEvent"),
};

registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "A kind of e-mail notification; each person chooses which kinds they receive.",
  valuesConfig: {
    template_opened: {
      description: "A contract opens for subscription (members of the AMAP, its référents and farmer).",
    },
    subscription_received: { description: "A household signed a contract one is référent of." },
    signature_awaited: {
      description: "A référent entered a subscription for the household: the member's signature is awaited.",
    },
    subscription_confirmed: { description: "The household's subscription is signed (the contract PDF is attached)." },
    distribution_reminder: { description: "The day before a distribution: what to collect, and one's duty if any." },
    delivery_reminder: { description: "The day before a distribution, to the farmer: what to deliver." },
    duty_missing: { description: "Two days before a distribution whose duty roster is not full." },
    installment_due: { description: "A payment of the household falls due in three days." },
    amendment_to_consent: { description: "A change to a signed contract awaits the household's consent." },
    waiting_list_place: {
      description: "A place freed on a contract: the household's waiting-list request became a subscription.",
    },
    basket_handed_over: { description: "A basket offered by the household was taken, or one was handed over to it." },
    event_registration: {
      description: "One's registration to an event: confirmed, on the waiting list, or promoted from it.",
    },
    event_reminder: { description: "The day before an event one is registered to." },
  },
});
