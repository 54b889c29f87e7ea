/** A minimal GraphQL-over-HTTP client for scripts: throws with the API's code and message on error. */
export class ApiError extends Error {
  constructor(
    message: string,
    public readonly errors: Array<{ message: string; extensions?: Record<string, unknown> }>,
  ) {
    super(message);
  }
}

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export function apiClient(url: string, headers: Record<string, string> = {}): Gql {
  return async (query, variables) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: ApiError["errors"] };
    if (body.errors?.length) {
      const e = body.errors[0];
      throw new ApiError(
        `${typeof e.extensions?.code === "string" ? e.extensions.code : "ERROR"}: ${e.message} ${JSON.stringify(e.extensions?.fields ?? {})}`,
        body.errors,
      );
    }
    return body.data;
  };
}
