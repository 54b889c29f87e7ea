import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant } from "./authz/world";

/* Who grants which role where, the roles' audit trail, and partner API tokens. */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
let theirs: T;
let bureau: SignedIn;
let reseau: SignedIn;
const saved = process.env.PARTNER_TOKEN_CACHE_MS;
const GRANT = `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id role scopeId amapId grantedBy revokedAt } }`;

beforeAll(async () => {
  // A revoked partner token stops at once here (in production: within a minute).
  process.env.PARTNER_TOKEN_CACHE_MS = "0";
  ({ stack, gql: admin } = await startTestStack("roles"));
  mine = await buildTenant(admin, 1);
  theirs = await buildTenant(admin, 2);
  bureau = await personWith(stack.graphqlUrl, admin, "bureau@amap1.example", [
    { role: "amap_admin", scopeId: mine.amap },
  ]);
  reseau = await personWith(stack.graphqlUrl, admin, "reseau@reseau1.example", [
    { role: "network_admin", scopeId: mine.network },
  ]);
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  if (saved === undefined) delete process.env.PARTNER_TOKEN_CACHE_MS;
  else process.env.PARTNER_TOKEN_CACHE_MS = saved;
});

describe("granting roles", () => {
  it("lets an AMAP admin grant AMAP roles within their AMAP only", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "futur.referent@example.org", []);
    const g = (as: SignedIn, role: string, scopeId: string) =>
      post(stack.graphqlUrl, GRANT, { i: { personId: p.id, role, scopeId } }, bearer(as.accessToken));
    const ok = await g(bureau, "referent", mine.template);
    expect(ok.data.grantRole).toMatchObject({
      role: "referent",
      scopeId: mine.template,
      amapId: mine.amap,
      grantedBy: bureau.id,
      revokedAt: null,
    });
    expect(codeOf(await g(bureau, "amap_admin", mine.amap))).toBe("OK");
    expect(codeOf(await g(bureau, "referent", theirs.template))).toBe("FORBIDDEN");
    expect(codeOf(await g(bureau, "network_admin", mine.network))).toBe("FORBIDDEN");
    // Farms are the networks' directory: an AMAP cannot hand someone a farm.
    expect(codeOf(await g(bureau, "farmer", mine.farm))).toBe("FORBIDDEN");
    // The new référent signs in with the role.
    const ref = await login(stack.graphqlUrl, "futur.referent@example.org");
    expect(
      (await ref.gql(`query($id: ID!) { contractTemplate(id: $id) { id } }`, { id: mine.template })).contractTemplate
        .id,
    ).toBe(mine.template);
  });

  it("lets a network admin grant AMAP admin and farmer roles within its networks, and network admin below it", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "futur.bureau@example.org", []);
    const g = (role: string, scopeId: string) =>
      post(stack.graphqlUrl, GRANT, { i: { personId: p.id, role, scopeId } }, bearer(reseau.accessToken));
    expect(codeOf(await g("amap_admin", mine.amap))).toBe("OK");
    expect(codeOf(await g("farmer", mine.farm))).toBe("OK");
    expect(codeOf(await g("network_admin", mine.subNetwork))).toBe("OK");
    expect(codeOf(await g("amap_admin", theirs.amap))).toBe("FORBIDDEN");
    expect(codeOf(await g("network_admin", theirs.network))).toBe("FORBIDDEN");
    expect(codeOf(await g("member", mine.household))).toBe("FORBIDDEN");
  });

  it("audits grants and revocations (who, when, before and after), for the AMAP's admins only", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "audite@example.org", []);
    const granted = (await bureau.gql(GRANT, { i: { personId: p.id, role: "member", scopeId: mine.otherHousehold } }))
      .grantRole;
    await bureau.gql(`mutation($id: ID!) { revokeRole(input: { id: $id }) { id revokedAt } }`, { id: granted.id });
    const trail = await bureau.gql(
      `query($a: ID!, $id: ID!) { auditEntries(filter: { amapId: $a, entity: "RoleGrant", entityId: $id }) { total items { actorId action before after at } } }`,
      { a: mine.amap, id: granted.id },
    );
    expect(trail.auditEntries.items.map((e: any) => e.action)).toEqual(["revoke", "grant"]);
    const [revoke, grant] = trail.auditEntries.items;
    expect(grant).toMatchObject({ actorId: bureau.id, before: null });
    expect(JSON.parse(grant.after)).toMatchObject({
      personId: p.id,
      role: "member",
      scopeId: mine.otherHousehold,
      revokedAt: null,
    });
    expect(JSON.parse(revoke.before).revokedAt).toBeNull();
    expect(JSON.parse(revoke.after)).toMatchObject({ revokedBy: bureau.id, revokedAt: expect.any(String) });
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `query($a: ID!) { auditEntries(filter: { amapId: $a }) { total } }`,
          { a: mine.amap },
          bearer(reseau.accessToken),
        ),
      ),
    ).toBe("FORBIDDEN");
  });
});

describe("partner API tokens", () => {
  const CREATE = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id name prefix readOnly scopeType scopeId } } }`;

  it("are created by an admin for their scope, shown once, listable and read-only", async () => {
    const created = (await bureau.gql(CREATE, { i: { name: "Site de l'AMAP", scopeType: "amap", scopeId: mine.amap } }))
      .createApiToken;
    expect(created.token).toMatch(/^ccp_/);
    expect(created.apiToken).toMatchObject({
      readOnly: true,
      scopeType: "amap",
      scopeId: mine.amap,
      prefix: created.token.slice(0, 10),
    });
    const listed = await bureau.gql(`query($s: ID!) { apiTokens(filter: { scopeId: $s }) { items { id prefix } } }`, {
      s: mine.amap,
    });
    expect(listed.apiTokens.items.map((t: any) => t.id)).toContain(created.apiToken.id);
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          CREATE,
          { i: { name: "x", scopeType: "amap", scopeId: theirs.amap } },
          bearer(bureau.accessToken),
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          CREATE,
          { i: { name: "x", scopeType: "network", scopeId: mine.network } },
          bearer(bureau.accessToken),
        ),
      ),
    ).toBe("FORBIDDEN");

    // The partner reads its AMAP's shared records through the gateway, nothing personal, nothing else, and writes nothing.
    const partner = bearer(created.token);
    const read = await post(
      stack.graphqlUrl,
      `query($a: ID!, $b: ID!) { places(filter: { amapId: $a }) { total } other: places(filter: { amapId: $b }) { total } amap(id: $a) { name } }`,
      { a: mine.amap, b: theirs.amap },
      partner,
    );
    expect(read.data).toEqual({ places: { total: 2 }, other: { total: 0 }, amap: { name: "AMAP 1" } });
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `query($a: ID!) { households(filter: { amapId: $a }) { total } }`,
          { a: mine.amap },
          partner,
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Halle" }) { id } }`,
          { a: mine.amap },
          partner,
        ),
      ),
    ).toBe("FORBIDDEN");

    // Revoked: refused.
    await bureau.gql(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { revokedAt } }`, {
      id: created.apiToken.id,
    });
    const after = await post(stack.graphqlUrl, `{ networks { total } }`, {}, partner);
    expect([after.status, codeOf(after)]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("scoped to a network reach its AMAPs (and its statistics), and may write when granted more", async () => {
    const created = (
      await reseau.gql(CREATE, {
        i: { name: "Carte du réseau", scopeType: "network", scopeId: mine.network, readOnly: false },
      })
    ).createApiToken;
    const partner = bearer(created.token);
    const r = await post(
      stack.graphqlUrl,
      `query($n: ID!) { amaps(filter: { networkId: $n }) { items { id } } networkStatistics(networkId: $n) { season } }`,
      { n: mine.subNetwork },
      partner,
    );
    expect(r.data.amaps.items).toEqual([{ id: mine.amap }]);
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `query($n: ID!) { networkStatistics(networkId: $n) { season } }`,
          { n: mine.network },
          partner,
        ),
      ),
    ).toBe("OK");
    const w = await post(
      stack.graphqlUrl,
      `mutation($n: ID!) { createAmap(input: { name: "AMAP créée par un outil", networkId: $n }) { id } }`,
      { n: mine.network },
      partner,
    );
    expect(codeOf(w)).toBe("OK");
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation($n: ID!) { createAmap(input: { name: "Ailleurs", networkId: $n }) { id } }`,
          { n: theirs.network },
          partner,
        ),
      ),
    ).toBe("FORBIDDEN");
  });
});
