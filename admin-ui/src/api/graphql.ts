/**
 * The smallest GraphQL-over-HTTP client the back-offices need: a POST of the query text and its
 * variables, the answer as it came (status, data, errors). Queries are plain strings built by the
 * registry (dataProvider/build.ts), so no GraphQL parser or printer ships to the browser.
 * No `import.meta`, no DOM beyond `fetch`: jest runs it under Node.
 */
import type { GqlError, GqlResponse } from "../dataProvider/types";

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The network itself failed (offline, gateway down): no HTTP answer at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "NetworkError";
  }
}

export async function postGraphQL(
  endpoint: string,
  { query, variables, headers, signal }: GraphQLRequest,
): Promise<GqlResponse> {
  let res: Response;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      // Apollo's CSRF prevention wants a non-simple header on every request.
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        "apollo-require-preflight": "true",
        ...headers,
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (err) {
    if (signal?.aborted || (err instanceof Error && err.name === "AbortError")) throw err;
    throw new NetworkError(err);
  }
  type Body = { data?: Record<string, unknown> | null; errors?: GqlError[] };
  // Not JSON (a proxy's error page): no data, no errors, only the status.
  const body = (await res.json().catch(() => null)) as Body | null;
  return { status: res.status, data: body?.data ?? null, errors: body?.errors };
}
