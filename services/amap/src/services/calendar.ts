import { addDays } from "@champ-commun/kit";

/** Rhythms of a generated calendar (same values as the GraphQL enum DistributionCycle). */
export type Cycle = "weekly" | "fortnightly" | "monthly";

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y, m, d];
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** The first date on or after `date` falling on `weekday`. */
function nextWeekday(date: string, weekday: number): string {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/** The n-th `weekday` of a month (n = 5 means the last one, as some months have only four). */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  let date = addDays(nextWeekday(first, weekday), 7 * (Math.min(n, 5) - 1));
  if (parts(date)[1] !== month) date = addDays(date, -7);
  return date;
}

/**
 * The dates of a distribution calendar between `from` and `to` (both included), without the
 * excluded ones. Weekly and fortnightly count from the first `weekday` on or after `from`;
 * monthly keeps the rank of that first date in its month ("2nd Thursday").
 */
export function calendarDates(
  from: string,
  to: string,
  cycle: Cycle,
  weekday: number,
  excluded: string[] = [],
): string[] {
  const skip = new Set(excluded);
  const first = nextWeekday(from, weekday);
  const dates: string[] = [];
  if (cycle === "monthly") {
    const rank = Math.ceil(parts(first)[2] / 7);
    let [year, month] = parts(first);
    for (let date = first; date <= to;) {
      if (date >= from) dates.push(date);
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year += 1;
      date = nthWeekdayOfMonth(year, month, weekday, rank);
    }
  } else {
    const step = cycle === "weekly" ? 7 : 14;
    for (let date = first; date <= to; date = addDays(date, step)) dates.push(date);
  }
  return dates.filter((d) => !skip.has(d));
}
