import nodemailer, { type Transporter } from "nodemailer";
import { log, type Lang } from "@champ-commun/kit";
import { render } from "../notifications/templates/layout";
import { invitationContent, resetContent } from "../notifications/templates/account";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
  headers?: Record<string, string>;
}

let transport: { url: string | undefined; t: Transporter } | null = null;

/**
 * Real SMTP when SMTP_URL is set (`smtp://user:pass@host:587`, `smtps://…`); otherwise, for the
 * embedded start, a JSON transport whose mails are printed on the console, so that a newcomer can
 * follow an invitation link without a mail server.
 */
function transporter(): Transporter {
  const url = process.env.SMTP_URL;
  if (!transport || transport.url !== url)
    transport = { url, t: url ? nodemailer.createTransport(url) : nodemailer.createTransport({ jsonTransport: true }) };
  return transport.t;
}

export async function sendMail(mail: Mail): Promise<void> {
  const from = process.env.MAIL_FROM ?? "Champ Commun <ne-pas-repondre@champ-commun.invalid>";
  await transporter().sendMail({ from, ...mail });
  if (!process.env.SMTP_URL && process.env.NODE_ENV !== "test") {
    // In production a missing SMTP_URL is a fault to see, and the mail (an address, a link) stays out of the logs.
    if (process.env.NODE_ENV === "production") log().warn({ subject: mail.subject }, "mail not sent: no SMTP_URL");
    // The embedded start's mailbox, not a log line: the mail printed as it is, so a newcomer can follow its link.
    else
      process.stdout.write(`[mail] (no SMTP_URL: printed, not sent) to ${mail.to}: ${mail.subject}\n${mail.text}\n\n`);
  }
}

/** Where links in mails point: the public address of the gateway (which serves the admin UI). */
export function publicUrl(): string {
  return (process.env.PUBLIC_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`).replace(/\/$/, "");
}

export function resetMail(to: string, token: string, minutes: number, lang: Lang): Mail {
  return {
    to,
    ...render(resetContent({ minutes, link: `${publicUrl()}/nouveau-mot-de-passe?token=${token}` }, lang), lang),
  };
}

/** An invitation to choose a password; `role` and `scopeName` say what the person is invited as, and where. */
export function invitationMail(
  to: string,
  token: string,
  scopeName: string,
  days: number,
  lang: Lang,
  role = "member",
): Mail {
  return {
    to,
    ...render(
      invitationContent({ scopeName, role, days, link: `${publicUrl()}/invitation?token=${token}` }, lang),
      lang,
    ),
  };
}
