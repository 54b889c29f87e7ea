import { ApolloServer, BaseContext as ApolloBaseContext } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import http from "node:http";
import type { DataSource } from "typeorm";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import type { IncomingMessage } from "node:http";
import type { GraphQLSchema } from "graphql";
import { GraphQLError, OperationTypeNode } from "graphql";
import { maskError, toGraphQLError } from "./graphql-errors";
import { DomainError, langFromHeader } from "./errors";
import { BACKGROUND_HEADER, inBackground } from "./sql-counter";
import { CHECKED_HEADER } from "./auth/credential";
import { DEADLINE_HEADER, trackResponse } from "./deadline";
import { databaseReady } from "./data-source";
import { listenGracefully } from "./http-server";
import { isLostDatabaseConnection, LOST_DATABASE } from "./db-failover";
import type { ApolloServerPlugin } from "@apollo/server";
import { log, logRequestLine, operationName, REQUEST_ID_HEADER, requestIdOf, withRequest } from "./log";

export interface RunningServer {
  url: string;
  port: number;
  /** Graceful: stops accepting, lets the requests under way finish (up to `SHUTDOWN_GRACE_MS`), then stops. */
  stop: () => Promise<void>;
  /** As a crash looks from outside: every connection cut at once, requests under way lost (fault tests). */
  kill?: () => void;
}

const BODY_LIMIT = 50 * 1024 * 1024;

function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > BODY_LIMIT) reject(Object.assign(new Error("request body too large"), { status: 413 }));
      else chunks.push(c);
    });
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      if (!text) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(Object.assign(new Error("malformed JSON body"), { status: 400 }));
      }
    });
    req.on("error", reject);
  });
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
 * Serves a subgraph over HTTP, on 127.0.0.1 unless SUBGRAPH_HOST says otherwise (a container):
 * subgraphs are reached through the gateway and each other, never from outside. Port 0 picks a
 * free port (tests). `/live` and `/ready` for probes and load balancers; `stop()` drains.
 */
export async function serveSubgraph<C extends ApolloBaseContext>(opts: {
  /** The subgraph's name, on every line it logs. */
  name?: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  context: (req: IncomingMessage) => Promise<C>;
  /** The subgraph's database: `/ready` checks it answers and is migrated; closed last on stop. */
  ds?: DataSource;
}): Promise<RunningServer> {
  // A query that met a lost database connection (a Galera node gone) is marked for one more run.
  const lostDatabase: ApolloServerPlugin<C> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operation, contextValue }) {
          const holder = (contextValue as Record<symbol, { lost: boolean } | undefined>)[LOST_DATABASE];
          if (
            holder &&
            operation?.operation === OperationTypeNode.QUERY &&
            errors.some((e) => isLostDatabaseConnection(e.originalError))
          )
            holder.lost = true;
        },
      };
    },
  };
  const server = new ApolloServer<C>({
    // No Apollo Studio, no HTTP caching of GraphQL: both plugins would only add work to every field.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), lostDatabase],
    schema: opts.schema,
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== "production",
  });
  await server.start();
  const context = async (req: IncomingMessage, res: http.ServerResponse): Promise<C> => {
    // The client's deadline and hang-up stop this request's work (deadline.ts).
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
  };
  const handle = async (req: IncomingMessage, res: http.ServerResponse, seen: { operation?: string }) => {
    try {
      const body = await readJsonBody(req);
      seen.operation = operationName(body);
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers))
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      const run = async () => {
        // Apollo clones the context object: the flag lives in an object they share.
        const holder = { lost: false };
        const answer = await server.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: (req.method ?? "GET").toUpperCase(),
            headers,
            search: new URL(req.url ?? "/", "http://x").search,
            body,
          },
          context: async () => Object.assign(await context(req, res), { [LOST_DATABASE]: holder }),
        });
        return { answer, lost: holder.lost };
      };
      const first = await run();
      let { answer } = first;
      // Reads are safe to repeat; the failover pool has moved to another database node by now.
      if (first.lost) {
        await new Promise((r) => setTimeout(r, 200));
        ({ answer } = await run());
      }
      for (const [k, v] of answer.headers) res.setHeader(k, v);
      res.statusCode = answer.status ?? 200;
      if (res.statusCode === 400 && answer.body.kind === "complete")
        log().debug(`answered 400: ${answer.body.string.slice(0, 300)}`);
      if (answer.body.kind === "complete") return void res.end(answer.body.string);
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (err) {
      const status = (err as { status?: number }).status ?? 500;
      if (!res.headersSent) res.writeHead(status, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          errors: [
            {
              message: status === 500 ? "Internal server error" : (err as Error).message,
              extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
            },
          ],
        }),
      );
    }
  };
  const ds = opts.ds;
  const running = await listenGracefully({
    port: opts.port,
    // In a container the subgraph must listen beyond loopback (SUBGRAPH_HOST=0.0.0.0); the internal secret still guards it.
    host: opts.host ?? process.env.SUBGRAPH_HOST ?? "127.0.0.1",
    ready: async () => (ds ? databaseReady(ds) : true),
    // A call made by another subgraph's background work (outbox, clocks) counts as background (sql-counter.ts).
    // The request's id (the gateway's, else a new one) is on every line logged while serving it, and passed on.
    handle: (req, res) => {
      const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
      req.headers[REQUEST_ID_HEADER] = id;
      const seen: { operation?: string } = {};
      withRequest(id, opts.name ?? "subgraph", () => {
        logRequestLine(req, res, () => (seen.operation ? { operation: seen.operation } : {}));
        void (req.headers[BACKGROUND_HEADER] === "1"
          ? inBackground(() => handle(req, res, seen))
          : handle(req, res, seen));
      });
    },
    onStop: () => server.stop(),
  });
  const port = running.port;
  return { url: `http://127.0.0.1:${port}/`, port, stop: running.stop, kill: running.kill };
}
