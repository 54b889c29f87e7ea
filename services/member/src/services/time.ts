/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Paris: +1 h in winter, +2 h in summer). */
function offsetMs(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const v = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(v("year"), v("month") - 1, v("day"), v("hour"), v("minute"), v("second")) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time of a calendar date happens in the AMAP's time zone: a
 * distribution "2026-04-07 18:00" in Europe/Paris starts at 16:00 UTC (summer time).
 */
export function zonedInstant(date: string, time = "00:00", timeZone = "Europe/Paris"): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = (time || "00:00").split(":").map(Number);
  const wall = Date.UTC(y, m - 1, d, hh || 0, mm || 0);
  // Two passes: the offset at the guessed instant, then at the corrected one (daylight-saving edges).
  let at = wall - offsetMs(timeZone, wall);
  at = wall - offsetMs(timeZone, at);
  return new Date(at);
}

/** The deadline `hours` before a distribution's start. */
export function hoursBefore(date: string, time: string | null | undefined, hours: number, timeZone = "Europe/Paris"): Date {
  return new Date(zonedInstant(date, time ?? "00:00", timeZone).getTime() - hours * 3_600_000);
}

/** `2026-04-05 18:00` in the AMAP's time zone, for messages. */
export function wallClock(instant: Date, timeZone = "Europe/Paris"): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(instant);
}
