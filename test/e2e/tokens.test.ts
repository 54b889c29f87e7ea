import { generateKeyPair } from "jose";
import { INTERNAL_HEADER, internalSecret, loadSigningKey, signAccessToken } from "../../services/kit/src";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, PASSWORD, personWith, post } from "./auth.helper";

/*
 * Access and refresh tokens through the gateway: what is refused, and that it is refused before
 * anything is planned (a bad token wins over a bad query).
 */

let stack: Stack;
let admin: Gql;
const ME = `{ me { id email } }`;
const REFRESH = `mutation($r: String!) { refreshSession(input: { refreshToken: $r }) { accessToken refreshToken } }`;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("tokens"));
}, 120_000);
afterAll(() => stack?.stop());

describe("access tokens at the gateway", () => {
  it("lets an anonymous caller reach public operations only", async () => {
    expect(codeOf(await post(stack.graphqlUrl, `{ charterVersions { total } }`))).toBe("OK");
    const me = await post(stack.graphqlUrl, ME);
    expect(codeOf(me)).toBe("UNAUTHENTICATED");
  });

  it("refuses a malformed token or header with 401, before planning (even an invalid query)", async () => {
    for (const authorization of ["Bearer not-a-token", "Bearer a.b.c", "Basic dXNlcjpwYXNz", "Bearer"]) {
      const a = await post(stack.graphqlUrl, `{ charterVersions { total } }`, {}, { authorization });
      expect({ authorization, status: a.status, code: codeOf(a) }).toEqual({
        authorization,
        status: 401,
        code: "UNAUTHENTICATED",
      });
    }
    const broken = await post(stack.graphqlUrl, `{ this is not graphql`, {}, { authorization: "Bearer nope" });
    expect(codeOf(broken)).toBe("UNAUTHENTICATED");
  });

  it("refuses an expired token and one signed with another key", async () => {
    const identity = { subject: "system:test", kind: "person" as const, grants: [], superAdmin: true };
    const expired = await signAccessToken(identity, await loadSigningKey(), 60, Date.now() - 3_600_000);
    const e = await post(stack.graphqlUrl, ME, {}, bearer(expired));
    expect([e.status, codeOf(e)]).toEqual([401, "UNAUTHENTICATED"]);
    expect(e.errors![0].message).toMatch(/expiré/);
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const forged = await signAccessToken(identity, privateKey);
    const f = await post(stack.graphqlUrl, `{ networks { total } }`, {}, bearer(forged));
    expect([f.status, codeOf(f)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("refuses the tokens of a deleted account", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "parti@example.org", []);
    expect((await p.gql(ME)).me.email).toBe("parti@example.org");
    await p.gql(`mutation($id: ID!) { deleteAccount(input: { id: $id }) }`, { id: p.id });
    const after = await post(stack.graphqlUrl, ME, {}, bearer(p.accessToken));
    expect([after.status, codeOf(after)]).toEqual([401, "UNAUTHENTICATED"]);
    expect(codeOf(await post(stack.graphqlUrl, REFRESH, { r: p.refreshToken }))).toBe("UNAUTHENTICATED");
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation { login(input: { email: "parti@example.org", password: "${PASSWORD}" }) { accessToken } }`,
        ),
      ),
    ).toBe("UNAUTHENTICATED");
  });

  it("is verified again by each subgraph, which only answers the gateway", async () => {
    const forged = await signAccessToken(
      { subject: "system:x", kind: "person", grants: [], superAdmin: true },
      (await generateKeyPair("EdDSA", { crv: "Ed25519" })).privateKey,
    );
    const direct = await post(
      stack.subgraphUrls.network,
      `{ networks { total } }`,
      {},
      { [INTERNAL_HEADER]: await internalSecret(), ...bearer(forged) },
    );
    expect([direct.status, codeOf(direct)]).toEqual([401, "UNAUTHENTICATED"]);
    for (const url of Object.values(stack.subgraphUrls)) {
      const outside = await post(url, `{ __typename }`);
      expect([outside.status, codeOf(outside)]).toEqual([403, "FORBIDDEN"]);
      const wrong = await post(url, `{ __typename }`, {}, { [INTERNAL_HEADER]: "not-the-secret" });
      expect(wrong.status).toBe(403);
    }
  });
});

describe("refresh tokens", () => {
  it("rotate: each refresh gives a new pair, and the used token stops working", async () => {
    await personWith(stack.graphqlUrl, admin, "tourne@example.org", []);
    const first = await login(stack.graphqlUrl, "tourne@example.org");
    const second = await post(stack.graphqlUrl, REFRESH, { r: first.refreshToken });
    expect(codeOf(second)).toBe("OK");
    const r2 = second.data.refreshSession.refreshToken;
    expect(r2).not.toBe(first.refreshToken);
    expect(codeOf(await post(stack.graphqlUrl, ME, {}, bearer(second.data.refreshSession.accessToken)))).toBe("OK");
    const third = await post(stack.graphqlUrl, REFRESH, { r: r2 });
    expect(codeOf(third)).toBe("OK");
  });

  it("revoke the whole family when a rotated token is reused", async () => {
    await personWith(stack.graphqlUrl, admin, "vole@example.org", []);
    const s = await login(stack.graphqlUrl, "vole@example.org");
    const rotated = await post(stack.graphqlUrl, REFRESH, { r: s.refreshToken });
    const current = rotated.data.refreshSession.refreshToken;
    // A thief replays the first token: refused, and the owner's current token dies with it.
    expect(codeOf(await post(stack.graphqlUrl, REFRESH, { r: s.refreshToken }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await post(stack.graphqlUrl, REFRESH, { r: current }))).toBe("UNAUTHENTICATED");
    // Another sign-in is another family: unaffected.
    const other = await login(stack.graphqlUrl, "vole@example.org");
    expect(codeOf(await post(stack.graphqlUrl, REFRESH, { r: other.refreshToken }))).toBe("OK");
  });

  it("stop at logout", async () => {
    await personWith(stack.graphqlUrl, admin, "sort@example.org", []);
    const s = await login(stack.graphqlUrl, "sort@example.org");
    expect(
      (
        await post(stack.graphqlUrl, `mutation($r: String!) { logout(input: { refreshToken: $r }) }`, {
          r: s.refreshToken,
        })
      ).data.logout,
    ).toBe(true);
    expect(codeOf(await post(stack.graphqlUrl, REFRESH, { r: s.refreshToken }))).toBe("UNAUTHENTICATED");
  });

  it("carry the scoped grants of the account, fresh at each refresh", async () => {
    const network = (await admin(`mutation { createNetwork(input: { name: "Réseau des grants" }) { id } }`))
      .createNetwork.id;
    const p = await personWith(stack.graphqlUrl, admin, "grants@example.org", [
      { role: "network_admin", scopeId: network },
    ]);
    const claims = JSON.parse(Buffer.from(p.accessToken.split(".")[1], "base64url").toString());
    expect(claims).toMatchObject({
      sub: p.id,
      kind: "person",
      iss: "champ-commun",
      aud: "champ-commun-api",
      grants: [{ role: "network_admin", scopeId: network, networkIds: [network] }],
    });
    expect(claims.exp - claims.iat).toBe(15 * 60);
  });
});
