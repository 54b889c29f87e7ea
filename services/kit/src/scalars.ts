import { GraphQLError, GraphQLScalarType, type ValueNode } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";

const localDate = GraphQLLocalDate.toConfig();

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30): graphql-scalars' LocalDate rule. */
export function isCalendarDate(value: unknown): value is string {
  try {
    localDate.parseValue(value);
    return true;
  } catch {
    return false;
  }
}

/** A value that is not a calendar date is the client's error (400 BAD_USER_INPUT at the gateway), in both languages. */
function badDate(given: unknown): GraphQLError {
  return new GraphQLError(
    `Date attendue au format AAAA-MM-JJ / expected a calendar date YYYY-MM-DD, got ${JSON.stringify(given)}`,
    {
      extensions: { code: "BAD_USER_INPUT" },
    },
  );
}

function parse(value: unknown): string {
  if (!isCalendarDate(value)) throw badDate(value);
  return value;
}

/**
 * A calendar date in the AMAP's time zone, `YYYY-MM-DD`, kept as a string end to end: graphql-scalars'
 * `LocalDate` under the name the API has always given it (`Date`, api.md), its refusals typed as bad input.
 */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: "Date",
  description:
    "A calendar date, `YYYY-MM-DD`, with no time zone (a day in the AMAP's own calendar), e.g. `2026-04-07`.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => {
    try {
      return localDate.parseLiteral(ast, variables);
    } catch {
      throw badDate("value" in ast ? ast.value : ast.kind);
    }
  },
});
