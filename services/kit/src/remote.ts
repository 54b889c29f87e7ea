import type * as GraphQLRequest from "graphql-request" with { "resolution-mode": "import" };
import { GraphQLError } from "graphql";
import { DomainError } from "./errors";
import { internalHeaders } from "./auth/internal";
import { BACKGROUND_HEADER, isBackground } from "./sql-counter";
import { replicaFetch, replicaUrls } from "./replicas";
import { log, requestIdHeader } from "./log";

// graphql-request ships ESM typings and a CommonJS build: take the types from the former and the
// code from the latter, so services compiled to CommonJS (and jest) can use it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GraphQLClient, ClientError } = require("graphql-request") as typeof GraphQLRequest;

/** Where each subgraph listens; overridable per environment (tests use ephemeral ports). */
export const DEFAULT_PORTS = { gateway: 4000, network: 4101, amap: 4102, member: 4103 } as const;

/** Longest wait for another subgraph's answer (per replica tried). */
const ASK_TIMEOUT_MS = Number(process.env.ASK_SUBGRAPH_TIMEOUT_MS ?? 10_000);

/** The subgraph's URL, or its replicas' URLs separated by commas. */
export function subgraphUrl(service: "network" | "amap" | "member"): string {
  return process.env[`${service.toUpperCase()}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[service]}/`;
}

/**
 * Asks another subgraph over GraphQL (graphql-request), forwarding the caller's identity.
 * Its typed errors keep their code; a subgraph that is down becomes a clear CONFLICT-free error.
 */
export async function askSubgraph<T>(
  service: "network" | "amap" | "member",
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  // Subgraphs only answer requests carrying the internal secret (see auth/internal.ts).
  // Spread over the subgraph's replicas (replicas.ts), each attempt bounded in time; a call made by
  // background work says so (its statements are counted apart, sql-counter.ts).
  const list = subgraphUrl(service);
  const client = new GraphQLClient(replicaUrls(list)[0], {
    fetch: replicaFetch(list, ASK_TIMEOUT_MS),
    // The request's id goes along, so the other subgraph's lines carry it too.
    headers: {
      ...headers,
      ...requestIdHeader(),
      ...(await internalHeaders()),
      "apollo-require-preflight": "true",
      ...(isBackground() ? { [BACKGROUND_HEADER]: "1" } : {}),
    },
  });
  try {
    return await client.request<T>(query, variables);
  } catch (err) {
    if (err instanceof ClientError) {
      const first = err.response.errors?.[0];
      const code = first?.extensions?.code as string | undefined;
      if (code === "NOT_FOUND" || code === "FORBIDDEN" || code === "BAD_USER_INPUT" || code === "UNAUTHENTICATED") {
        throw new DomainError(code, { fr: first!.message, en: first!.message });
      }
      // Any other answer (a query the other subgraph does not know yet…) keeps its text for the caller to read.
      if (code !== "SERVICE_UNAVAILABLE")
        throw new Error(`subgraph ${service} unavailable: ${err.message}`, { cause: err });
    }
    // No replica answered (replicas.ts): the caller's operation fails as the other subgraph's absence, not as an internal error.
    log().warn({ err, subgraph: service }, "subgraph unavailable");
    throw new GraphQLError(
      `Le service « ${service} » est momentanément indisponible ; réessayez dans un instant. / The ${service} service is temporarily unavailable; try again in a moment.`,
      {
        extensions: { code: "SERVICE_UNAVAILABLE" },
      },
    );
  }
}
