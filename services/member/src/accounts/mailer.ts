import nodemailer, { type Transporter } from "nodemailer";
import type { Lang } from "@champ-commun/kit";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

let transport: { url: string | undefined; t: Transporter } | null = null;

/**
 * Real SMTP when SMTP_URL is set (`smtp://user:pass@host:587`, `smtps://…`); otherwise, for the
 * embedded start, a JSON transport whose mails are printed on the console, so that a newcomer can
 * follow an invitation link without a mail server.
 */
function transporter(): Transporter {
  const url = process.env.SMTP_URL;
  if (!transport || transport.url !== url) transport = { url, t: url ? nodemailer.createTransport(url) : nodemailer.createTransport({ jsonTransport: true }) };
  return transport.t;
}

export async function sendMail(mail: Mail): Promise<void> {
  const from = process.env.MAIL_FROM ?? "Champ Commun <ne-pas-repondre@champ-commun.invalid>";
  const info = await transporter().sendMail({ from, ...mail });
  if (!process.env.SMTP_URL && process.env.NODE_ENV !== "test") {
    console.log(`[mail] (no SMTP_URL: printed, not sent) to ${mail.to}: ${mail.subject}\n${mail.text}\n`);
  }
  void info;
}

/** Where links in mails point: the public address of the gateway (which serves the admin UI). */
export function publicUrl(): string {
  return (process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`).replace(/\/$/, "");
}

const SIGNATURE = { fr: "— Champ Commun, l'outil libre des AMAP", en: "— Champ Commun, the AMAPs' free software" };

export function resetMail(to: string, token: string, minutes: number, lang: Lang): Mail {
  // The admin UI's page that takes the token (admin-ui/src/auth/PasswordReset.tsx).
  const link = `${publicUrl()}/nouveau-mot-de-passe?token=${token}`;
  return lang === "en"
    ? { to, subject: "Reset your Champ Commun password", text: `Someone (hopefully you) asked to reset the password of this account.\n\nChoose a new password within ${minutes} minutes:\n${link}\n\nIf you did not ask, ignore this message: your password is unchanged.\n\n${SIGNATURE.en}\n` }
    : { to, subject: "Réinitialiser votre mot de passe Champ Commun", text: `Quelqu'un (vous, espérons-le) a demandé à réinitialiser le mot de passe de ce compte.\n\nChoisissez un nouveau mot de passe dans les ${minutes} minutes :\n${link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.\n\n${SIGNATURE.fr}\n` };
}

export function invitationMail(to: string, token: string, amapName: string, days: number, lang: Lang): Mail {
  // The admin UI's page that takes the token (admin-ui/src/auth/InvitationPage.tsx).
  const link = `${publicUrl()}/invitation?token=${token}`;
  return lang === "en"
    ? { to, subject: `You are invited to ${amapName} on Champ Commun`, text: `Your AMAP ${amapName} invites you to manage your contracts on Champ Commun.\n\nChoose your password within ${days} days:\n${link}\n\n${SIGNATURE.en}\n` }
    : { to, subject: `Votre AMAP ${amapName} vous invite sur Champ Commun`, text: `Votre AMAP ${amapName} vous invite à suivre vos contrats sur Champ Commun.\n\nChoisissez votre mot de passe dans les ${days} jours :\n${link}\n\n${SIGNATURE.fr}\n` };
}
