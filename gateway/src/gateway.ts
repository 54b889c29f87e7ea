import { ApolloServer } from "@apollo/server";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import type { GraphQLFormattedError } from "graphql";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { CLIENT_IP_HEADER, DEFAULT_PORTS, internalHeaders, replicaFetch, replicaUrls } from "@champ-commun/kit/dist/edge";

export type SubgraphName = "network" | "amap" | "member";
/** Each subgraph's URL, or its replicas' URLs separated by commas (kit replicas.ts). */
export type SubgraphUrls = Record<SubgraphName, string>;

export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphUrls {
  return {
    network: env.NETWORK_URL ?? `http://127.0.0.1:${DEFAULT_PORTS.network}/`,
    amap: env.AMAP_URL ?? `http://127.0.0.1:${DEFAULT_PORTS.amap}/`,
    member: env.MEMBER_URL ?? `http://127.0.0.1:${DEFAULT_PORTS.member}/`,
  };
}

export interface GatewayContext {
  /** What every subgraph call carries: the verified Authorization (see auth.ts), language, request id, client address. */
  headers: Record<string, string>;
}

// Language and request id travel from the client to every subgraph; Authorization is forwarded
// only once verified (http.ts), and the internal headers are set here, never taken from a client.
const FORWARDED = ["accept-language", "x-request-id"];

// @apollo/gateway has no timeout towards subgraphs (a hung subgraph held requests past 70 s in
// the prototype): replicaFetch bounds every attempt.

const PUBLIC_CODES = new Set(["BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE"]);

/**
 * Limits on what one request may ask (graphql-armor): nesting depth, aliases, tokens, directives
 * and an estimated cost, so that a single query cannot make the subgraphs walk the whole database.
 * Sized with room for the deepest walk of api.md (networks → amaps → distributions → sign-off
 * sheet → household: depth 7, cost ≈ 175, ≈ 280 with a dozen more fields). Field suggestions ("did you mean…") are blocked in production, where
 * introspection is off too.
 */
export function armor(production = process.env.NODE_ENV === "production") {
  return new ApolloArmor({
    maxDepth: { n: Number(process.env.GRAPHQL_MAX_DEPTH ?? 10), ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxTokens: { n: 4_000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: Number(process.env.GRAPHQL_MAX_COST ?? 3_000), ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * The gateway's errors may carry internal subgraph URLs (a subgraph down, a timeout): the client
 * gets a code and a plain sentence; the detail is logged here.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_CODES.has(code) && !/https?:\/\//.test(formatted.message)) {
    const { stacktrace: _s, serviceName: _n, exception: _e, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: ext };
  }
  if (process.env.NODE_ENV !== "test" || process.env.LOG_ERRORS) console.error("[gateway error]", JSON.stringify(formatted));
  return {
    message: "Un service est momentanément indisponible ; le reste de la réponse est arrivé. / A service is temporarily unavailable; the rest of the answer arrived.",
    path: formatted.path,
    extensions: { code: "SERVICE_UNAVAILABLE" },
  };
}

export function createGatewayServer(opts: { supergraphSdl: string; urls: SubgraphUrls; timeoutMs?: number }): ApolloServer<GatewayContext> {
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    // Idle memory: the API has a few hundred operations, whose plans take a few MiB, not the default 30.
    experimental_approximateQueryPlanStoreMiB: Number(process.env.GATEWAY_PLAN_CACHE_MIB ?? 8),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: replicaUrls(opts.urls[name as SubgraphName])[0],
        // Spread over the replicas; a query cut by a replica's death is sent to another one.
        fetcher: replicaFetch(opts.urls[name as SubgraphName], opts.timeoutMs ?? 15_000) as never,
        async willSendRequest({ request, context }) {
          for (const [k, v] of Object.entries((context.headers ?? {}) as Record<string, string>)) request.http?.headers.set(k, v);
          // Subgraphs answer only requests carrying the internal secret.
          for (const [k, v] of Object.entries(await internalHeaders())) request.http?.headers.set(k, v);
        },
      }),
  });
  const production = process.env.NODE_ENV === "production";
  const limits = armor(production);
  return new ApolloServer<GatewayContext>({
    gateway,
    // Parsed and validated operations: bounded like the plans (default ≈ 30 MiB).
    documentStore: new InMemoryLRUCache({ maxSize: 2 ** 20 * Number(process.env.GATEWAY_PLAN_CACHE_MIB ?? 8) }),
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    // A browser may not post a "simple" request on a user's behalf (Apollo's default, kept explicit).
    csrfPrevention: true,
    plugins: limits.plugins,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
  });
}

/** The headers passed on to subgraphs: the client's language and request id, its verified token, its address. */
export function forwardedHeaders(headers: Record<string, string | string[] | undefined>, auth: { authorization?: string; clientIp?: string } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED) {
    const v = headers[name];
    if (typeof v === "string") out[name] = v;
  }
  if (auth.authorization) out.authorization = auth.authorization;
  if (auth.clientIp) out[CLIENT_IP_HEADER] = auth.clientIp;
  return out;
}
