import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function parse(value: unknown): string {
  if (!isCalendarDate(value)) {
    throw new GraphQLError(`Date attendue au format AAAA-MM-JJ / expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return value;
}

/** A calendar date in the AMAP's time zone, `YYYY-MM-DD`; kept as a string end to end. */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "A calendar date, YYYY-MM-DD (in the AMAP's time zone, Europe/Paris by default).",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return parse(ast.value);
  },
});

/** Adds days to a calendar date (UTC arithmetic: calendar dates have no time zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function todayIn(timeZone = "Europe/Paris", now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** A calendar date as a message writes it: "jeudi 17 décembre 2026" (fr), "Thursday 17 December 2026" (en). */
export function spokenDate(date: string, lang: "fr" | "en" = "fr"): string {
  if (!isCalendarDate(date)) return date;
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === "en" ? "en-GB" : "fr-FR", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
}
