import type { Lang } from "@champ-commun/kit";
import { hello, type MailContent } from "./layout";
import { t } from "../../i18n";

/* Account mails (sent at once, not through the outbox: their link is a secret the database keeps only hashed). */

const ROLE: Record<string, { fr: string; en: string }> = {
  member: t("account.member"),
  amap_admin: t("account.amapAdministrator"),
  referent: t("account.contractReferent"),
  farmer: t("account.farmer"),
  network_admin: t("account.networkAdministrator"),
};

/** Who invites a member: "AMAP des Lilas" already says it is an AMAP ("Votre AMAP AMAP des Lilas" would not read). */
export function amapInviter(name: string, lang: Lang): string {
  const own = lang === "fr" ? "Votre AMAP" : "Your AMAP";
  if (!name.trim()) return own;
  return /^amap\b/i.test(name.trim()) ? name.trim() : `${own} ${name.trim()}`;
}

export function invitationContent(
  d: { scopeName: string; role: string; days: number; link: string },
  lang: Lang,
): MailContent {
  const role = ROLE[d.role] ?? ROLE.member;
  const inviter = amapInviter(d.scopeName, lang);
  return lang === "fr"
    ? {
        subject:
          d.role === "member"
            ? `${inviter} vous invite sur Champ Commun`
            : `Invitation sur Champ Commun : ${role.fr} (${d.scopeName})`,
        greeting: hello(undefined, lang),
        paragraphs: [
          d.role === "member"
            ? `${inviter} vous invite à suivre vos contrats sur Champ Commun.`
            : `Vous êtes invité·e sur Champ Commun comme ${role.fr} : ${d.scopeName}.`,
          `Choisissez votre mot de passe dans les ${d.days} jours :`,
        ],
        action: { label: "Choisir mon mot de passe", url: d.link },
      }
    : {
        subject:
          d.role === "member"
            ? `${inviter} invites you to Champ Commun`
            : `Invitation to Champ Commun: ${role.en} (${d.scopeName})`,
        greeting: hello(undefined, lang),
        paragraphs: [
          d.role === "member"
            ? `${inviter} invites you to manage your contracts on Champ Commun.`
            : `You are invited to Champ Commun as ${role.en}: ${d.scopeName}.`,
          `Choose your password within ${d.days} days:`,
        ],
        action: { label: "Choose my password", url: d.link },
      };
}

export function resetContent(d: { minutes: number; link: string }, lang: Lang): MailContent {
  return lang === "fr"
    ? {
        subject: "Réinitialiser votre mot de passe Champ Commun",
        greeting: hello(undefined, lang),
        paragraphs: [
          "Quelqu'un (vous, espérons-le) a demandé à réinitialiser le mot de passe de ce compte.",
          `Choisissez un nouveau mot de passe dans les ${d.minutes} minutes :`,
        ],
        action: { label: "Choisir un nouveau mot de passe", url: d.link },
        after: [
          "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
        ],
      }
    : {
        subject: "Reset your Champ Commun password",
        greeting: hello(undefined, lang),
        paragraphs: [
          "Someone (hopefully you) asked to reset the password of this account.",
          `Choose a new password within ${d.minutes} minutes:`,
        ],
        action: { label: "Choose a new password", url: d.link },
        after: ["If you did not ask, ignore this message: your password is unchanged."],
      };
}
