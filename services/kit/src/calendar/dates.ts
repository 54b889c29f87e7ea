import type * as TemporalPolyfill from "temporal-polyfill" with { "resolution-mode": "import" };

// temporal-polyfill ships ES modules only: Node 24 requires them from our CommonJS build as they are.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Temporal } = require("temporal-polyfill") as typeof TemporalPolyfill;

/*
 * The one calendar of the code base (domain.md: "dates are calendar dates in the AMAP's time zone;
 * instants are UTC"). Time-zone arithmetic goes through the Temporal API (temporal-polyfill: the
 * lightweight, maintained polyfill already in our tree via node-ical, until Node ships Temporal),
 * never through hand-written offset guesses.
 */

/** Every AMAP's time zone unless it says otherwise (`Amap.timeZone`), and the one of networks and farms. */
export const DEFAULT_TIME_ZONE = "Europe/Paris";

/** True for a time zone the IANA database knows (Indian/Reunion, America/Cayenne…). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== "string" || !zone) return false;
  try {
    Temporal.Now.zonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

// One formatter per zone: building an Intl.DateTimeFormat costs ~0.1 ms, and "today" is asked per row of an import.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in a time zone (today, by default): `YYYY-MM-DD`. */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** A calendar date some days later (or earlier, when negative): calendar dates have no time zone. */
export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Calendar months later, keeping the day or the month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }, { overflow: "constrain" }).toString();
}

/** Whole days from one calendar date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: "days" }).days;
}

/**
 * The instant a wall-clock time (`HH:MM`) of a calendar date happens in a time zone: 18:30 on
 * 2026-01-06 is 17:30Z in Paris and 14:30Z in La Réunion. A time skipped by a daylight-saving
 * change counts as the hour after it; a time lived twice, as its first occurrence.
 */
export function zonedInstant(date: string, time: string | null | undefined, timeZone: string): Date {
  const wall = Temporal.PlainDate.from(date).toPlainDateTime(Temporal.PlainTime.from(time || "00:00"));
  const at = wall.toZonedDateTime(timeZone, { disambiguation: "compatible" });
  return new Date(at.epochMilliseconds);
}

/** An instant some hours before another (notice periods are counted in real hours, across DST changes too). */
export function hoursBefore(instant: Date, hours: number): Date {
  return new Date(Temporal.Instant.fromEpochMilliseconds(instant.getTime()).subtract({ hours }).epochMilliseconds);
}

/** An instant's calendar date and wall-clock time (`HH:MM`) in a time zone. */
export function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const z = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return { date: z.toPlainDate().toString(), time: z.toPlainTime().toString({ smallestUnit: "minute" }) };
}
