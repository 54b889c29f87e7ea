import { INTERNAL_HEADER, internalSecret } from "../../services/kit/src";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, LOGIN, PASSWORD, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant } from "./authz/world";
import { OneTimeTokenService } from "../../services/member/src/accounts/one-time-token.service";
import { OneTimePurpose } from "../../services/member/src/accounts/one-time-token.entity";

/*
 * Revocation on the next request (issue 11, finding 3): each account has a token version, carried
 * by its access tokens and checked on every request by the gateway and by every subgraph against
 * the member database (no per-process truth, so that several gateways agree). Logout, password
 * reset, role changes and deletion bump it. When the check cannot run, nothing is accepted.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
const ME = `{ me { id grants { id role scopeId } } }`;
const WRITE = `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Grange" }) { id } }`;
const refused = (a: { status: number; errors?: Array<{ extensions?: { code?: string } }> }) => [
  a.status,
  codeOf(a as never),
];

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("revocation"));
  mine = await buildTenant(admin, 1);
}, 180_000);
afterAll(() => stack?.stop());

/** The same operation sent straight to a subgraph, as the gateway would (internal secret), with the old token. */
async function atSubgraph(
  name: "amap" | "network" | "member",
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return post(stack.subgraphUrls[name], query, variables, {
    ...bearer(token),
    [INTERNAL_HEADER]: await internalSecret(),
  });
}

describe("an access token stops working on the next request", () => {
  it("after its role is revoked: refused by the gateway and by the subgraphs", async () => {
    const bureau = await personWith(stack.graphqlUrl, admin, "bureau@example.org", [
      { role: "amap_admin", scopeId: mine.amap },
    ]);
    expect(codeOf(await post(stack.graphqlUrl, WRITE, { a: mine.amap }, bearer(bureau.accessToken)))).toBe("OK");
    const grant = (await bureau.gql(ME)).me.grants[0].id;
    await admin(`mutation($id: ID!) { revokeRole(input: { id: $id }) { id } }`, { id: grant });
    expect(refused(await post(stack.graphqlUrl, WRITE, { a: mine.amap }, bearer(bureau.accessToken)))).toEqual([
      401,
      "UNAUTHENTICATED",
    ]);
    for (const name of ["amap", "network", "member"] as const) {
      expect(codeOf(await atSubgraph(name, bureau.accessToken, `{ __typename }`))).toBe("UNAUTHENTICATED");
    }
  });

  it("after logout, on every device", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "sortie@example.org", [
      { role: "member", scopeId: mine.household },
    ]);
    const other = await login(stack.graphqlUrl, "sortie@example.org");
    await post(stack.graphqlUrl, `mutation($r: String!) { logout(input: { refreshToken: $r }) }`, {
      r: p.refreshToken,
    });
    expect(refused(await post(stack.graphqlUrl, ME, {}, bearer(p.accessToken)))).toEqual([401, "UNAUTHENTICATED"]);
    // The other device's access token stops too; its own session refreshes (it was not signed out).
    expect(refused(await post(stack.graphqlUrl, ME, {}, bearer(other.accessToken)))).toEqual([401, "UNAUTHENTICATED"]);
    const again = await post(
      stack.graphqlUrl,
      `mutation($r: String!) { refreshSession(input: { refreshToken: $r }) { accessToken } }`,
      { r: other.refreshToken },
    );
    expect(codeOf(await post(stack.graphqlUrl, ME, {}, bearer(again.data.refreshSession.accessToken)))).toBe("OK");
  });

  it("after a password reset", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "oubli@example.org", []);
    const { token } = await new OneTimeTokenService(stack.dataSources.member.manager).issue(
      p.id,
      OneTimePurpose.password_reset,
      60_000,
    );
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }`,
          { t: token, p: "un tout nouveau mot de passe" },
        ),
      ),
    ).toBe("OK");
    expect(refused(await post(stack.graphqlUrl, ME, {}, bearer(p.accessToken)))).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("after the account is deleted, even just after a request that found it", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "depart@example.org", []);
    expect(codeOf(await post(stack.graphqlUrl, ME, {}, bearer(p.accessToken)))).toBe("OK");
    await p.gql(`mutation($id: ID!) { deleteAccount(input: { id: $id }) }`, { id: p.id });
    expect(refused(await post(stack.graphqlUrl, ME, {}, bearer(p.accessToken)))).toEqual([401, "UNAUTHENTICATED"]);
    expect(codeOf(await atSubgraph("amap", p.accessToken, `{ __typename }`))).toBe("UNAUTHENTICATED");
  });
});

describe("new grants", () => {
  it("are used without signing in again: the session refreshes and holds them; login and me agree", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "nouvelle@example.org", [
      { role: "member", scopeId: mine.household },
    ]);
    const signedIn = await post(
      stack.graphqlUrl,
      LOGIN.replace("person { id email }", "person { id grants { id role scopeId } }"),
      { e: "nouvelle@example.org", p: PASSWORD },
    );
    const me = await post(stack.graphqlUrl, ME, {}, bearer(signedIn.data.login.accessToken));
    expect(signedIn.data.login.person.grants).toEqual(me.data.me.grants);
    expect(me.data.me.grants).toHaveLength(1);
    await admin(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
      i: { personId: p.id, role: "referent", scopeId: mine.template },
    });
    // The old token is refused once (the client refreshes, as the admin UI does on 401), the new one carries the role.
    expect(codeOf(await post(stack.graphqlUrl, ME, {}, bearer(p.accessToken)))).toBe("UNAUTHENTICATED");
    const fresh = await post(
      stack.graphqlUrl,
      `mutation($r: String!) { refreshSession(input: { refreshToken: $r }) { accessToken person { grants { role } } } }`,
      { r: p.refreshToken },
    );
    expect(fresh.data.refreshSession.person.grants.map((g: { role: string }) => g.role).sort()).toEqual([
      "member",
      "referent",
    ]);
    const t = await post(
      stack.graphqlUrl,
      `mutation($id: ID!) { updateContractTemplate(input: { id: $id, name: "Légumes d'été" }) { name } }`,
      { id: mine.template },
      bearer(fresh.data.refreshSession.accessToken),
    );
    expect(codeOf(t)).toBe("OK");
  });
});

describe("when the check cannot run", () => {
  let signed: SignedIn;
  beforeAll(async () => {
    signed = await personWith(stack.graphqlUrl, admin, "panne@example.org", [
      { role: "amap_admin", scopeId: mine.amap },
    ]);
    await stack.servers.member.stop();
  });

  it("refuses the request (fail-closed), at the gateway and at the subgraphs", async () => {
    const a = await post(
      stack.graphqlUrl,
      `query($a: ID!) { places(filter: { amapId: $a }) { total } }`,
      { a: mine.amap },
      bearer(signed.accessToken),
    );
    expect(a.data?.places).toBeUndefined();
    expect([
      [401, "UNAUTHENTICATED"],
      [503, "SERVICE_UNAVAILABLE"],
    ]).toContainEqual(refused(a));
    const direct = await atSubgraph(
      "amap",
      signed.accessToken,
      `query($a: ID!) { places(filter: { amapId: $a }) { total } }`,
      { a: mine.amap },
    );
    expect(direct.data?.places).toBeUndefined();
    expect(["UNAUTHENTICATED", "SERVICE_UNAVAILABLE"]).toContain(codeOf(direct));
  });
});
