import { GraphQLError } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import type { BaseContext } from "./context";
import { t } from "./i18n";

/**
 * The database connection was lost or its node left the cluster (a Galera node killed, a
 * failover): the next connection goes to another node (data-source.ts failoverDriver).
 */
export function isLostDatabaseConnection(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; message?: string; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return (
    code === "PROTOCOL_CONNECTION_LOST" ||
    code === "ECONNRESET" ||
    code === "ECONNREFUSED" ||
    code === "EPIPE" ||
    code === "ETIMEDOUT" ||
    errno === 1047 || // WSREP has not yet prepared node for application use (node out of the primary component)
    errno === 2013 ||
    /Connection lost|closed state|Can't add new command when connection is in closed state/i.test(e?.message ?? "")
  );
}

const UNAVAILABLE = t("dbFailover.databaseSwitchedNodesDuring");

/**
 * Root middleware: a mutation whose database connection was lost is not repeated (its commit may
 * have reached the cluster) and answers SERVICE_UNAVAILABLE saying so. A query is run again as a
 * whole by the server (server.ts), nested fields included.
 */
export const DatabaseFailover: MiddlewareFn<BaseContext> = async ({ info, context }, next) => {
  try {
    return await next();
  } catch (err) {
    if (!isLostDatabaseConnection(err) || info.parentType.name === "Query") throw err;
    throw new GraphQLError(UNAVAILABLE[context?.lang === "en" ? "en" : "fr"], {
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }
};

/** Set on a request's context when a query met a lost database connection: the server runs it again once. */
export const LOST_DATABASE = Symbol("lostDatabase");
