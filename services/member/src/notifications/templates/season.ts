import type { Lang } from "@champ-commun/kit";
import { count, longDate, money, shortDate } from "../../documents/french";
import { hello, type MailContent } from "./layout";

/* The mails of the contracts' life: opening, subscriptions, signatures, amendments, waiting list, baskets. */

type T<D> = (d: D & { recipientName?: string }, lang: Lang, links: { space: string }) => MailContent;

export const templateOpened: T<{
  templateName: string;
  amapName: string;
  farmName: string;
  closesOn?: string | null;
}> = (d, lang, l) =>
  lang === "fr"
    ? {
        subject: `Le contrat « ${d.templateName} » est ouvert aux souscriptions`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Le contrat « ${d.templateName} » de ${d.amapName}${d.farmName ? ` avec ${d.farmName}` : ""} est ouvert aux souscriptions.`,
          d.closesOn
            ? `Les souscriptions sont possibles jusqu'au ${longDate(d.closesOn, lang)}.`
            : "Les souscriptions sont possibles dès maintenant.",
        ],
        action: { label: "Souscrire", url: `${l.space}/contractTemplates` },
      }
    : {
        subject: `The contract “${d.templateName}” is open for subscription`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `The contract “${d.templateName}” of ${d.amapName}${d.farmName ? ` with ${d.farmName}` : ""} is open for subscription.`,
          d.closesOn ? `You may subscribe until ${longDate(d.closesOn, lang)}.` : "You may subscribe now.",
        ],
        action: { label: "Subscribe", url: `${l.space}/contractTemplates` },
      };

export const subscriptionReceived: T<{ templateName: string; householdName: string; totalCents: number }> = (
  d,
  lang,
) =>
  lang === "fr"
    ? {
        subject: `Nouvelle souscription au contrat « ${d.templateName} » : ${d.householdName}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Le foyer ${d.householdName} a signé le contrat « ${d.templateName} », pour ${money(d.totalCents, lang)}.`,
        ],
      }
    : {
        subject: `New subscription to “${d.templateName}”: ${d.householdName}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `The household ${d.householdName} signed the contract “${d.templateName}”, for ${money(d.totalCents, lang)}.`,
        ],
      };

export const signatureAwaited: T<{ templateName: string; totalCents: number; enteredByName?: string }> = (
  d,
  lang,
  l,
) =>
  lang === "fr"
    ? {
        subject: `Votre signature est attendue : contrat « ${d.templateName} »`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `${d.enteredByName ? `${d.enteredByName}, référent·e du contrat, a` : "Le référent du contrat a"} saisi votre souscription au contrat « ${d.templateName} » (${money(d.totalCents, lang)}).`,
          "Relisez-la et signez-la dans votre espace.",
        ],
        action: { label: "Relire et signer", url: `${l.space}/contrats` },
      }
    : {
        subject: `Your signature is awaited: contract “${d.templateName}”`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `${d.enteredByName ? `${d.enteredByName}, référent of the contract,` : "The contract's référent"} entered your subscription to “${d.templateName}” (${money(d.totalCents, lang)}).`,
          "Please read and sign it in your space.",
        ],
        action: { label: "Read and sign", url: `${l.space}/contrats` },
      };

export const subscriptionConfirmed: T<{
  templateName: string;
  totalCents: number;
  deliveries: number;
  firstDate: string | null;
  payeeName: string;
  installments: Array<{ dueOn: string; amountCents: number }>;
}> = (d, lang, l) =>
  lang === "fr"
    ? {
        subject: `Souscription confirmée : contrat « ${d.templateName} »`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Votre souscription au contrat « ${d.templateName} » est signée : ${count(d.deliveries, "livraison", "livraisons", lang)}${d.firstDate ? ` à partir du ${longDate(d.firstDate, lang)}` : ""}, pour ${money(d.totalCents, lang)}.`,
          `Votre échéancier (à l'ordre de ${d.payeeName}) :`,
        ],
        list: d.installments.map((i) => `${shortDate(i.dueOn, lang)} : ${money(i.amountCents, lang)}`),
        after: ["Le contrat signé est joint à ce message (PDF)."],
        action: { label: "Voir mes contrats", url: `${l.space}/contrats` },
      }
    : {
        subject: `Subscription confirmed: contract “${d.templateName}”`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Your subscription to “${d.templateName}” is signed: ${count(d.deliveries, "delivery", "deliveries", lang)}${d.firstDate ? ` from ${longDate(d.firstDate, lang)}` : ""}, for ${money(d.totalCents, lang)}.`,
          `Your payment schedule (payable to ${d.payeeName}):`,
        ],
        list: d.installments.map((i) => `${shortDate(i.dueOn, lang)}: ${money(i.amountCents, lang)}`),
        after: ["The signed contract is attached (PDF)."],
        action: { label: "See my contracts", url: `${l.space}/contrats` },
      };

export const amendmentToConsent: T<{
  templateName: string;
  reason: string;
  originalDate: string | null;
  newDate: string | null;
  change: string;
}> = (d, lang, l) => {
  const what =
    lang === "fr"
      ? d.change === "moved" && d.originalDate && d.newDate
        ? `La livraison du ${longDate(d.originalDate, lang)} est déplacée au ${longDate(d.newDate, lang)}.`
        : d.change === "cancelled" && d.originalDate
          ? `La livraison du ${longDate(d.originalDate, lang)} est annulée.`
          : "Une modification de votre contrat est proposée."
      : d.change === "moved" && d.originalDate && d.newDate
        ? `The delivery of ${longDate(d.originalDate, lang)} moves to ${longDate(d.newDate, lang)}.`
        : d.change === "cancelled" && d.originalDate
          ? `The delivery of ${longDate(d.originalDate, lang)} is cancelled.`
          : "A change to your contract is proposed.";
  return lang === "fr"
    ? {
        subject: `Avenant au contrat « ${d.templateName} » : votre accord est demandé`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          what,
          ...(d.reason ? [`Motif : ${d.reason}`] : []),
          "Donnez votre accord (ou refusez) dans votre espace ; les conditions d'origine restent enregistrées.",
        ],
        action: { label: "Répondre", url: `${l.space}/contrats` },
      }
    : {
        subject: `Amendment to “${d.templateName}”: your consent is asked`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          what,
          ...(d.reason ? [`Reason: ${d.reason}`] : []),
          "Accept (or refuse) it in your space; the original terms are kept.",
        ],
        action: { label: "Answer", url: `${l.space}/contrats` },
      };
};

export const waitingListPlace: T<{ templateName: string; totalCents: number }> = (d, lang, l) =>
  lang === "fr"
    ? {
        subject: `Une place s'est libérée : contrat « ${d.templateName} »`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `Une place s'est libérée sur le contrat « ${d.templateName} » : votre demande en liste d'attente est devenue une souscription (${money(d.totalCents, lang)}).`,
        ],
        action: { label: "Voir mes contrats", url: `${l.space}/contrats` },
      }
    : {
        subject: `A place freed up: contract “${d.templateName}”`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          `A place freed up on “${d.templateName}”: your waiting-list request became a subscription (${money(d.totalCents, lang)}).`,
        ],
        action: { label: "See my contracts", url: `${l.space}/contrats` },
      };

export const basketHandedOver: T<{ date: string; side: "giver" | "taker"; otherName: string; templateName: string }> = (
  d,
  lang,
  l,
) =>
  lang === "fr"
    ? {
        subject:
          d.side === "giver"
            ? `Votre panier du ${shortDate(d.date, lang)} a trouvé preneur`
            : `Un panier vous est cédé le ${shortDate(d.date, lang)}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          d.side === "giver"
            ? `Votre panier « ${d.templateName} » du ${longDate(d.date, lang)} sera récupéré par ${d.otherName}.`
            : `${d.otherName} vous cède son panier « ${d.templateName} » du ${longDate(d.date, lang)} : il figure à votre nom sur la feuille d'émargement.`,
        ],
        action: { label: "Mon agenda", url: l.space },
      }
    : {
        subject:
          d.side === "giver"
            ? `Your basket of ${shortDate(d.date, lang)} was taken`
            : `A basket is handed over to you on ${shortDate(d.date, lang)}`,
        greeting: hello(d.recipientName, lang),
        paragraphs: [
          d.side === "giver"
            ? `Your basket “${d.templateName}” of ${longDate(d.date, lang)} will be collected by ${d.otherName}.`
            : `${d.otherName} hands their basket “${d.templateName}” of ${longDate(d.date, lang)} over to you: it is on the sign-off sheet under your name.`,
        ],
        action: { label: "My agenda", url: l.space },
      };
