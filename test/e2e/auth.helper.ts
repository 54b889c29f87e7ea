import type { Gql } from "../../tools/src/demo/client";
import { apiClient } from "../../tools/src/demo/client";

/** A GraphQL answer as it came: data and errors, with the HTTP status. */
export interface Answer<T = any> {
  extensions?: Record<string, unknown>;
  status: number;
  data?: T;
  errors?: Array<{
    message: string;
    path?: Array<string | number>;
    extensions?: { code?: string; fields?: Record<string, string> };
  }>;
}

/** Posts one operation as a client would (JSON, CSRF-safe content type), without throwing on errors. */
export async function post<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<Answer<T>, "status">;
  return { status: res.status, ...body };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The code of the first error, or "OK". */
export const codeOf = (a: Answer) => (a.errors?.length ? (a.errors[0].extensions?.code ?? "ERROR") : "OK");

export const PASSWORD = "un mot de passe assez long";

export interface SignedIn {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
  gql: Gql;
}

export const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken expiresIn person { id email } } }`;

export async function login(
  url: string,
  email: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
): Promise<SignedIn> {
  const a = await post<{ login: { accessToken: string; refreshToken: string; person: { id: string } } }>(
    url,
    LOGIN,
    { e: email, p: password },
    headers,
  );
  if (!a.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(a.errors)}`);
  return {
    id: a.data.login.person.id,
    email,
    accessToken: a.data.login.accessToken,
    refreshToken: a.data.login.refreshToken,
    gql: apiClient(url, bearer(a.data.login.accessToken)),
  };
}

/**
 * A person with an account, the given roles (granted by the super admin `admin`) and a session:
 * the real path (createAccount, grantRole, login), so that tokens carry what sign-in computes.
 */
export async function personWith(
  url: string,
  admin: Gql,
  email: string,
  grants: Array<{ role: string; scopeId: string; amapId?: string }>,
  opts: { personId?: string } = {},
): Promise<SignedIn> {
  const { createAccount } = await admin<{ createAccount: { id: string } }>(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
    {
      i: { email, password: PASSWORD, lastName: email.split("@")[0], personId: opts.personId ?? null },
    },
  );
  for (const g of grants)
    await admin(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
      i: { personId: createAccount.id, ...g },
    });
  return login(url, email);
}
