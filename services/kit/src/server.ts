import { ApolloServer, BaseContext as ApolloBaseContext } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { IncomingMessage } from "node:http";
import type { GraphQLSchema } from "graphql";
import { GraphQLError } from "graphql";
import { maskError, toGraphQLError } from "./graphql-errors";
import { DomainError, langFromHeader } from "./errors";
import { BACKGROUND_HEADER, enterBackground } from "./sql-counter";
import { CHECKED_HEADER } from "./auth/credential";
import { DEADLINE_HEADER, trackResponse } from "./deadline";

export interface RunningServer {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

/** Headers a subgraph passes on when it calls another subgraph (identity, language). */
export function headersToForward(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ["authorization", "accept-language", "x-request-id", CHECKED_HEADER, DEADLINE_HEADER]) {
    const v = req.headers[name];
    if (typeof v === "string") out[name] = v;
  }
  return out;
}

export function requestLang(req: IncomingMessage) {
  return langFromHeader(req.headers["accept-language"]);
}

/**
 * Serves a subgraph over HTTP on 127.0.0.1 only: subgraphs are reached through the gateway, never
 * from outside. Port 0 picks a free port (tests).
 */
export async function serveSubgraph<C extends ApolloBaseContext>(opts: {
  schema: GraphQLSchema;
  port: number;
  host?: string;
  context: (req: IncomingMessage) => Promise<C>;
}): Promise<RunningServer> {
  const server = new ApolloServer<C>({
    // No Apollo Studio, no HTTP caching of GraphQL: both plugins would only add work to every field.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
    schema: opts.schema,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== "production",
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: opts.port, host: opts.host ?? "127.0.0.1" },
    context: async ({ req, res }) => {
      // A call made by another subgraph's background work (outbox, clocks): counted as background (sql-counter.ts).
      if (req.headers[BACKGROUND_HEADER] === "1") enterBackground();
      trackResponse(req, res);
      try {
        return await opts.context(req);
      } catch (err) {
        // Refusals decided before execution (no internal secret, a bad token) keep their code and an HTTP status.
        if (err instanceof DomainError) {
          const e = toGraphQLError(err, langFromHeader(req.headers["accept-language"]));
          const status = err.code === "UNAUTHENTICATED" ? 401 : err.code === "SERVICE_UNAVAILABLE" ? 503 : 403;
          throw new GraphQLError(e.message, { extensions: { ...e.extensions, http: { status } } });
        }
        throw err;
      }
    },
  });
  const port = Number(new URL(url).port);
  return { url: `http://127.0.0.1:${port}/`, port, stop: () => server.stop() };
}
