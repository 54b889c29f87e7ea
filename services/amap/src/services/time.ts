import { todayIn } from "@champ-commun/kit";

/**
 * The AMAP's time zone. Every AMAP today is in metropolitan France; the network subgraph keeps
 * `Amap.timeZone`, which this subgraph will read once an AMAP overseas needs it.
 */
export const AMAP_TIME_ZONE = "Europe/Paris";

const HOUR_MS = 3_600_000;

/** How far ahead of UTC the zone's wall clock is at this instant, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time of a calendar date happens in a time zone (18:30 on 2026-01-06 in
 * Paris is 17:30Z). Two passes settle the offset on either side of a daylight-saving change.
 */
export function zonedInstant(date: string, time: string, timeZone = AMAP_TIME_ZONE): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  let utc = wall - offsetAt(wall, timeZone);
  utc = wall - offsetAt(utc, timeZone);
  return new Date(utc);
}

/** An instant some hours before another one (deadlines are counted in hours, across DST changes too). */
export function hoursBefore(instant: Date, hours: number): Date {
  return new Date(instant.getTime() - hours * HOUR_MS);
}

/** Today's calendar date in the AMAP's time zone. */
export function amapToday(now: Date = new Date()): string {
  return todayIn(AMAP_TIME_ZONE, now);
}

/** A calendar date in words for a message: "jeudi 16 décembre 2027" / "Thursday 16 December 2027" (never 2027-12-16). */
export function dateInWords(date: string, lang: "fr" | "en"): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === "en" ? "en-GB" : "fr-FR", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
}
