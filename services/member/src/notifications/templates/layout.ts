import type { Lang } from "@champ-commun/kit";
import { t } from "../../i18n";

/** What a template says; the layout turns it into the plain-text and HTML parts of one mail. */
export interface MailContent {
  subject: string;
  /** First line ("Bonjour Aïcha,"). */
  greeting: string;
  paragraphs: string[];
  /** A list under the paragraphs (what to collect, the schedule…). */
  list?: string[];
  /** A button (HTML) / a link line (text). */
  action?: { label: string; url: string };
  /** A line after the list (a note). */
  after?: string[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = t("layout.champCommunAmapsFree");
const FOOTER = {
  fr: (url: string, prefs: string) => ({
    text: `Ne plus recevoir ce type de message : ${url}\nChoisir vos notifications : ${prefs}`,
    stop: "Ne plus recevoir ce type de message",
    choose: "Choisir vos notifications",
  }),
  en: (url: string, prefs: string) => ({
    text: `Stop receiving this kind of message: ${url}\nChoose your notifications: ${prefs}`,
    stop: "Stop receiving this kind of message",
    choose: "Choose your notifications",
  }),
};

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The one layout of every mail: greeting, paragraphs, list, action, signature, and (for notifications) how to stop them. */
export function render(c: MailContent, lang: Lang, links?: { unsubscribe: string; preferences: string }): RenderedMail {
  const footer = links ? FOOTER[lang](links.unsubscribe, links.preferences) : null;
  const text = [
    c.greeting,
    "",
    ...c.paragraphs.flatMap((p) => [p, ""]),
    ...(c.list?.length ? [...c.list.map((l) => `  • ${l}`), ""] : []),
    ...(c.after ?? []).flatMap((p) => [p, ""]),
    ...(c.action
      ? [lang === "fr" ? `${c.action.label} : ${c.action.url}` : `${c.action.label}: ${c.action.url}`, ""]
      : []),
    SIGNATURE[lang],
    ...(footer ? ["", footer.text] : []),
    "",
  ].join("\n");
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(c.subject)}</title></head>
<body style="font-family: sans-serif; color: #1f2a1f; max-width: 36em; margin: 0 auto; padding: 1em; line-height: 1.45">
<p>${escape(c.greeting)}</p>
${c.paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}
${c.list?.length ? `<ul>\n${c.list.map((l) => `<li>${escape(l)}</li>`).join("\n")}\n</ul>` : ""}
${(c.after ?? []).map((p) => `<p>${escape(p)}</p>`).join("\n")}
${c.action ? `<p><a href="${escape(c.action.url)}" style="display: inline-block; background: #2e6b30; color: #fff; padding: .6em 1.2em; border-radius: 4px; text-decoration: none">${escape(c.action.label)}</a></p>` : ""}
<p style="color: #555">${escape(SIGNATURE[lang])}</p>
${footer && links ? `<p style="font-size: .85em; color: #777"><a href="${escape(links.unsubscribe)}">${escape(footer.stop)}</a> · <a href="${escape(links.preferences)}">${escape(footer.choose)}</a></p>` : ""}
</body></html>
`;
  return { subject: c.subject, text, html };
}

export const hello = (name: string | undefined, lang: Lang) =>
  lang === "fr" ? (name ? `Bonjour ${name},` : "Bonjour,") : name ? `Hello ${name},` : "Hello,";
