import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DEFAULT_TIME_ZONE } from "./calendar/dates";

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
  description: `A calendar date, YYYY-MM-DD (in the AMAP's time zone, ${DEFAULT_TIME_ZONE} by default).`,
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD", { extensions: { code: "BAD_USER_INPUT" } });
    return parse(ast.value);
  },
});
