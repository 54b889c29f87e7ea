import type { Lang } from "../errors";
import { wallClock } from "./dates";

/*
 * Dates and times as people read them in messages, mails, printed sheets and documents. Calendar
 * dates have no time zone: they are formatted at noon UTC. Formatters are built once per form and
 * language (building an Intl.DateTimeFormat costs ~0.1 ms: a sheet or an import calls this often).
 */

/** long: "mardi 1er avril 2026"; medium: "1er avril 2026"; short: "mar. 1 avr." (English: "Tuesday, 1 April 2026", "1 April 2026", "Tue 1 Apr"). */
export type DateForm = "long" | "medium" | "short";

const OPTIONS: Record<DateForm, Intl.DateTimeFormatOptions> = {
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  medium: { day: "numeric", month: "long", year: "numeric" },
  short: { weekday: "short", day: "numeric", month: "short" },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(form: DateForm, lang: Lang): Intl.DateTimeFormat {
  const key = `${form}:${lang}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "fr-FR", { ...OPTIONS[form], timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date in words (a string that is not a date comes back as it is). French writes the first of the month "1er" in full forms. */
export function spokenDate(date: string, lang: Lang = "fr", form: DateForm = "long"): string {
  const m = DATE_RE.exec(date ?? "");
  if (!m) return date;
  const text = formatter(form, lang).format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)));
  return lang === "fr" && form !== "short" ? text.replace(/(^|\s)1 /, "$11er ") : text;
}

/** A wall-clock time: "18 h 30", "9 h" (French) / "18:30" (English). */
export function spokenTime(hhmm: string, lang: Lang = "fr"): string {
  const [h, m] = hhmm.split(":").map(Number);
  if (lang === "en") return `${String(h).padStart(2, "0")}:${String(m || 0).padStart(2, "0")}`;
  return m ? `${h} h ${String(m).padStart(2, "0")}` : `${h} h`;
}

/** An instant as the people of a time zone read it: "5 avril 2026 à 18 h" / "5 April 2026 at 18:00". */
export function spokenInstant(instant: Date, timeZone: string, lang: Lang = "fr"): string {
  const { date, time } = wallClock(instant, timeZone);
  return `${spokenDate(date, lang, "medium")} ${lang === "fr" ? "à" : "at"} ${spokenTime(time, lang)}`;
}
