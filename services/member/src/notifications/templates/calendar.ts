import type { Lang } from "@champ-commun/kit";
import { count, instant, longDate, money, quantity, timeRange } from "../../documents/french";
import { hello, type MailContent } from "./layout";
import { t } from "../../i18n";

/* The mails of the calendar: the day before a distribution, duty calls, payments due, events. */

type T<D> = (d: D & { recipientName?: string }, lang: Lang, links: { space: string }) => MailContent;
type Item = { productName: string; quantity: number; unit: string };

const place = (d: { placeName?: string | null; placeAddress?: string | null }) =>
  [d.placeName, d.placeAddress].filter(Boolean).join(", ");

export const distributionReminder: T<{
  date: string;
  startTime: string;
  endTime: string;
  placeName?: string;
  placeAddress?: string;
  amapName: string;
  items: Item[];
  duties: string[];
}> = (d, lang, l) =>
  lang === "fr"
    ? {
        subject: `Distribution demain, ${longDate(d.date, lang)}${d.duties.length ? " : vous êtes de permanence" : ""}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Rendez-vous demain, ${longDate(d.date, lang)}, ${timeRange(d.startTime, d.endTime, lang)}${place(d) ? `, ${place(d)}` : ""} (${d.amapName}).`,
          d.items.length ? "À récupérer :" : "Vous n'avez rien à récupérer cette fois-ci.",
        ],
        list: d.items.map((i) => `${quantity(i.quantity, i.unit, lang)} — ${i.productName}`),
        after: d.duties.length ? [`Vous êtes de permanence : ${d.duties.join(", ")}. Merci !`] : [],
        action: { label: "Mon agenda", url: l.space },
      }
    : {
        subject: `Distribution tomorrow, ${longDate(d.date, lang)}${d.duties.length ? ": you are on duty" : ""}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `See you tomorrow, ${longDate(d.date, lang)}, ${timeRange(d.startTime, d.endTime, lang)}${place(d) ? `, ${place(d)}` : ""} (${d.amapName}).`,
          d.items.length ? "To collect:" : "Nothing to collect this time.",
        ],
        list: d.items.map((i) => `${quantity(i.quantity, i.unit, lang)} — ${i.productName}`),
        after: d.duties.length ? [`You are on duty: ${d.duties.join(", ")}. Thank you!`] : [],
        action: { label: "My agenda", url: l.space },
      };

export const deliveryReminder: T<{
  date: string;
  startTime: string;
  endTime: string;
  placeName?: string;
  placeAddress?: string;
  amapName: string;
  households: number;
  items: Item[];
}> = (d, lang) =>
  lang === "fr"
    ? {
        subject: `Livraison demain à ${d.amapName}, ${longDate(d.date, lang)}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Livraison demain, ${longDate(d.date, lang)}, ${timeRange(d.startTime, d.endTime, lang)}${place(d) ? `, ${place(d)}` : ""}, pour ${count(d.households, "foyer", "foyers", lang)} de ${d.amapName}.`,
          "À livrer :",
        ],
        list: d.items.map((i) => `${quantity(i.quantity, i.unit, lang)} — ${i.productName}`),
      }
    : {
        subject: `Delivery tomorrow at ${d.amapName}, ${longDate(d.date, lang)}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Delivery tomorrow, ${longDate(d.date, lang)}, ${timeRange(d.startTime, d.endTime, lang)}${place(d) ? `, ${place(d)}` : ""}, for ${count(d.households, "household", "households", lang)} of ${d.amapName}.`,
          "To deliver:",
        ],
        list: d.items.map((i) => `${quantity(i.quantity, i.unit, lang)} — ${i.productName}`),
      };

export const dutyMissing: T<{
  date: string;
  startTime: string;
  endTime: string;
  amapName: string;
  missing: Array<{ role: string; missing: number }>;
}> = (d, lang, l) =>
  lang === "fr"
    ? {
        subject: `Permanence du ${longDate(d.date, lang)} : il manque des bénévoles`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `La distribution du ${longDate(d.date, lang)} (${timeRange(d.startTime, d.endTime, lang)}) de ${d.amapName} manque de bras :`,
        ],
        list: d.missing.map((m) => `${m.role} : ${count(m.missing, "place libre", "places libres", lang)}`),
        after: ["Une heure de votre temps fait vivre l'AMAP : inscrivez-vous si vous le pouvez."],
        action: { label: "S'inscrire à une permanence", url: `${l.space}/permanences` },
      }
    : {
        subject: `Duty on ${longDate(d.date, lang)}: volunteers needed`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `The distribution of ${longDate(d.date, lang)} (${timeRange(d.startTime, d.endTime, lang)}) at ${d.amapName} needs hands:`,
        ],
        list: d.missing.map((m) => `${m.role}: ${count(m.missing, "free seat", "free seats", lang)}`),
        after: ["An hour of your time keeps the AMAP going: please sign up if you can."],
        action: { label: "Sign up for duty", url: `${l.space}/permanences` },
      };

const MEANS: Record<string, { fr: string; en: string }> = {
  cheque: t("calendar.cheque"),
  transfer: t("calendar.transfer"),
  cash: t("calendar.cash"),
  direct_debit: t("calendar.directDebit"),
  local_currency: t("calendar.localCurrency"),
};

export const installmentDue: T<{
  dueOn: string;
  amountCents: number;
  means: string;
  payee: string;
  templateName: string;
}> = (d, lang, l) =>
  lang === "fr"
    ? {
        subject: `Échéance du ${longDate(d.dueOn, lang)} : ${money(d.amountCents, lang)}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Une échéance de ${money(d.amountCents, lang)} (${d.templateName || "adhésion"}) arrive le ${longDate(d.dueOn, lang)}, par ${MEANS[d.means]?.fr ?? d.means}${d.payee ? `, à l'ordre de ${d.payee}` : ""}.`,
        ],
        action: { label: "Mes échéances", url: `${l.space}/contrats` },
      }
    : {
        subject: `Payment due on ${longDate(d.dueOn, lang)}: ${money(d.amountCents, lang)}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `A payment of ${money(d.amountCents, lang)} (${d.templateName || "membership"}) falls due on ${longDate(d.dueOn, lang)}, by ${MEANS[d.means]?.en ?? d.means}${d.payee ? `, payable to ${d.payee}` : ""}.`,
        ],
        action: { label: "My payments", url: `${l.space}/contrats` },
      };

type EventData = { title: string; startsAt: string; timeZone: string; location?: string; videoUrl?: string };
const where = (d: EventData, lang: Lang) =>
  [
    d.location ? (lang === "fr" ? `Lieu : ${d.location}` : `Place: ${d.location}`) : "",
    d.videoUrl ? (lang === "fr" ? `Lien de la visio : ${d.videoUrl}` : `Video link: ${d.videoUrl}`) : "",
  ].filter(Boolean);

export const eventRegistration: T<EventData & { status: "registered" | "waiting" | "promoted" }> = (d, lang, l) => {
  const when = instant(new Date(d.startsAt), d.timeZone, lang);
  const fr = {
    registered: `Votre inscription à « ${d.title} » est confirmée`,
    waiting: `« ${d.title} » est complet : vous êtes en liste d'attente`,
    promoted: `Une place s'est libérée : vous êtes inscrit·e à « ${d.title} »`,
  };
  const en = {
    registered: `Your registration to “${d.title}” is confirmed`,
    waiting: `“${d.title}” is full: you are on the waiting list`,
    promoted: `A seat freed up: you are registered to “${d.title}”`,
  };
  return {
    subject: (lang === "fr" ? fr : en)[d.status],
    greeting: hello(d.recipientName, lang),
    paragraphs: [
      lang === "fr" ? `« ${d.title} », le ${when}.` : `“${d.title}”, ${when}.`,
      ...(d.status === "waiting"
        ? [lang === "fr" ? "Nous vous écrirons si une place se libère." : "We will write to you if a seat frees up."]
        : where(d, lang)),
    ],
    action: { label: lang === "fr" ? "Mes évènements" : "My events", url: `${l.space}/evenements` },
  };
};

export const eventReminder: T<EventData> = (d, lang, l) => ({
  subject: lang === "fr" ? `Demain : « ${d.title} »` : `Tomorrow: “${d.title}”`,
  greeting: hello(d.recipientName, lang),
  paragraphs: [
    lang === "fr"
      ? `Rappel : « ${d.title} », le ${instant(new Date(d.startsAt), d.timeZone, lang)}.`
      : `Reminder: “${d.title}”, ${instant(new Date(d.startsAt), d.timeZone, lang)}.`,
    ...where(d, lang),
  ],
  action: { label: lang === "fr" ? "Mes évènements" : "My events", url: `${l.space}/evenements` },
});
