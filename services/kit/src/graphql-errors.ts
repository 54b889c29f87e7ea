import { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { MiddlewareFn } from "type-graphql";
import { DomainError, INTERNAL_MESSAGE, Lang } from "./errors";
import type { BaseContext } from "./context";
import { log } from "./log";

export function toGraphQLError(err: DomainError, lang: Lang): GraphQLError {
  const fields: Record<string, string> = {};
  for (const [k, m] of Object.entries(err.fields)) fields[k] = m[lang];
  return new GraphQLError(err.msg[lang], {
    extensions: { code: err.code, ...(Object.keys(fields).length ? { fields } : {}) },
  });
}

/** Global type-graphql middleware: domain errors become typed GraphQL errors in the caller's language. */
export const ErrorMiddleware: MiddlewareFn<BaseContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (err) {
    if (err instanceof DomainError) throw toGraphQLError(err, context?.lang ?? "fr");
    throw err;
  }
};

/** What a client is told of an internal error (the detail stays in the logs). */

const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "SERVICE_UNAVAILABLE", // a database node lost under a write (db-failover.ts): the outcome is told, not masked
]);

/**
 * Apollo `formatError`: typed errors pass; anything else (a bug, an SQL error) is logged here and
 * reaches the client as a plain internal error, never with a stack trace or SQL text.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return toGraphQLError(original, "fr").toJSON();
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
    return { ...formatted, extensions: ext };
  }
  log().error({ err: original, path: formatted.path?.join(".") }, "internal error");
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
