import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLFormattedError, GraphQLSchema, isScalarType } from "graphql";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import {
  CHECKED_HEADER,
  CLIENT_IP_HEADER,
  DateScalar,
  DEADLINE_HEADER,
  DEFAULT_PORTS,
  INTERNAL_MESSAGE,
  internalHeaders,
  log,
  replicaFetch,
  replicaUrls,
} from "@champ-commun/kit/dist/edge";
import { costLimitPlugin, costLimitsFromEnv, type LimitsContext } from "./limits/plugin";
import type { QueryBudget } from "./limits/budget";

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

export interface GatewayContext extends LimitsContext {
  /** What every subgraph call carries: the verified Authorization (see auth.ts), language, request id, client address. */
  headers: Record<string, string>;
  /** When the client's request times out (epoch ms): subgraph calls stop then, and so does the subgraphs' work. */
  deadline: number;
}

// Language and request id travel from the client to every subgraph; Authorization is forwarded
// only once verified (http.ts), and the internal headers are set here, never taken from a client.
const FORWARDED = ["accept-language", "x-request-id", "idempotency-key"];

// @apollo/gateway has no timeout towards subgraphs (a hung subgraph held requests past 70 s in the
// prototype): replicaFetch bounds every attempt, and none outlives the client's request (its
// deadline travels in a header): the subgraph sees the call aborted and stops its work.

/** How long a client's request may run (GATEWAY_REQUEST_TIMEOUT_MS, default 20 s). */
export const requestTimeoutMs = () => Number(process.env.GATEWAY_REQUEST_TIMEOUT_MS ?? 20_000);

/** Codes a client may be given as they are (api.md, plus the request-level ones). */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "SERVICE_UNAVAILABLE",
  "QUERY_TOO_COSTLY",
  "QUERY_BUDGET_EXHAUSTED",
]);

/** The only extensions a client sees: the code, the fields at fault, a refused query's cost. Anything else (service names, URLs, raw answers, stacks) stays here. */
const PUBLIC_EXTENSIONS = ["code", "fields", "cost"] as const;

/**
 * Limits on the shape of what one request may ask (graphql-armor): nesting depth, aliases, tokens
 * and directives. What it costs in items is limits/cost.ts's business. Field suggestions ("did
 * you mean…") are blocked in production, where introspection is off too.
 */
export function armor(production = process.env.NODE_ENV === "production") {
  return new ApolloArmor({
    maxDepth: { n: Number(process.env.GRAPHQL_MAX_DEPTH ?? 10), ignoreIntrospection: true },
    maxAliases: { n: 15 },
    // Apollo's own parser counts tokens (parseOptions below): a syntax error is then 400 GRAPHQL_PARSE_FAILED, not 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

const publicExtensions = (ext: Record<string, unknown> = {}) =>
  Object.fromEntries(PUBLIC_EXTENSIONS.filter((k) => ext[k] !== undefined).map((k) => [k, ext[k]]));

/**
 * What a client is told of an error, by an allow-list: typed errors keep their message and the
 * allowed extensions; a subgraph's internal error stays one, with its plain sentence; anything
 * else the gateway met (a subgraph down or too slow, a raw answer, an internal URL) becomes
 * SERVICE_UNAVAILABLE with a plain sentence, its detail logged here.
 */
export function formatGatewayError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const where = {
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
  };
  if (code && PUBLIC_CODES.has(code) && !/https?:\/\//.test(formatted.message)) {
    // A literal of the wrong form ("2026-13-45" for a Date) is bad input, as the same value in a variable is.
    const cause = (error as { originalError?: { extensions?: { code?: unknown } } } | undefined)?.originalError;
    const badLiteral =
      code === "GRAPHQL_VALIDATION_FAILED" &&
      (/^Expected value of type /.test(formatted.message) || cause?.extensions?.code === "BAD_USER_INPUT");
    return {
      message: formatted.message,
      ...where,
      extensions: publicExtensions({ ...formatted.extensions, ...(badLiteral ? { code: "BAD_USER_INPUT" } : {}) }),
    };
  }
  if (code === "INTERNAL_SERVER_ERROR" && formatted.message === INTERNAL_MESSAGE)
    return { message: INTERNAL_MESSAGE, ...where, extensions: { code } };
  log().error(
    { error: { message: formatted.message, code, path: formatted.path?.join(".") } },
    "answered as unavailable",
  );
  return {
    message:
      "Un service est momentanément indisponible ; le reste de la réponse est arrivé. / A service is temporarily unavailable; the rest of the answer arrived.",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "SERVICE_UNAVAILABLE" },
  };
}

/**
 * The supergraph knows custom scalars by name only, so the gateway would pass "2026-13-45" on to a
 * subgraph, whose refusal came back as an internal error with its address. The gateway checks
 * them itself, with the subgraphs' own implementations: a bad literal fails validation (400), a bad
 * variable fails coercion (400 BAD_USER_INPUT), before anything is planned.
 */
export function checkScalarsAtTheGateway(schema: GraphQLSchema): void {
  const date = schema.getType("Date");
  if (date && isScalarType(date))
    Object.assign(date, { parseValue: DateScalar.parseValue, parseLiteral: DateScalar.parseLiteral });
}

export function createGatewayServer(opts: {
  supergraphSdl: string;
  urls: SubgraphUrls;
  timeoutMs?: number;
  budget?: QueryBudget;
}): ApolloServer<GatewayContext> {
  const gateway: ApolloGateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    // Idle memory: the API has a few hundred operations, whose plans take a few MiB, not the default 30.
    experimental_approximateQueryPlanStoreMiB: Number(process.env.GATEWAY_PLAN_CACHE_MIB ?? 8),
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: replicaUrls(opts.urls[name as SubgraphName])[0],
        // Spread over the replicas; a query cut by a replica's death is sent to another one.
        // tsc needs the cast (Node's fetch types against @apollo/gateway's Fetcher, Buffer bodies); the
        // rule judges the overloaded fetch signature compatible and would drop it.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        fetcher: replicaFetch(opts.urls[name as SubgraphName], opts.timeoutMs ?? 15_000) as never,
        async willSendRequest({ request, context }) {
          for (const [k, v] of Object.entries((context.headers ?? {}) as Record<string, string>))
            request.http?.headers.set(k, v);
          if (context.deadline) request.http?.headers.set(DEADLINE_HEADER, String(context.deadline));
          // Subgraphs answer only requests carrying the internal secret.
          for (const [k, v] of Object.entries(await internalHeaders())) request.http?.headers.set(k, v);
        },
      }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkScalarsAtTheGateway(apiSchema));
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
    // Apollo's landing page loads its sandbox from Apollo's CDN, which the Content-Security-Policy (http.ts) forbids: any GraphQL client will do.
    plugins: [
      ...limits.plugins,
      costLimitPlugin<GatewayContext>({ ...costLimitsFromEnv(), budget: opts.budget }),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 4_000 },
  });
}

/** The headers passed on to subgraphs: the client's language and request id, its verified token, its address. */
export function forwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  auth: { authorization?: string; checked?: string; clientIp?: string } = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of FORWARDED) {
    const v = headers[name];
    if (typeof v === "string") out[name] = v;
  }
  if (auth.authorization) out.authorization = auth.authorization;
  if (auth.checked) out[CHECKED_HEADER] = auth.checked;
  if (auth.clientIp) out[CLIENT_IP_HEADER] = auth.clientIp;
  return out;
}
