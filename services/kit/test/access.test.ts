import { generateKeyPair, SignJWT } from "jose";
import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import {
  checkExportsDeclared,
  byTenantKeys,
  emptyValueFor,
  isVisible,
  narrowFilter,
  signAccessToken,
  TenantScope,
  verifyAccessToken,
  SYSTEM_IDENTITY,
  Identity,
} from "../src";

/* The kit's access primitives, without a server: tokens' claims, tenant scopes, narrowed lists, the guard's defaults. */

const person = (grants: Identity["grants"]): Identity => ({ subject: "p", kind: "person", grants });

describe("access tokens", () => {
  it("keep only well-formed grants, and never carry the system identity", async () => {
    const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const token = await new SignJWT({
      kind: "person",
      grants: [
        { role: "amap_admin", scopeId: "a1" },
        { role: "god", scopeId: "*" },
        { role: "member", scopeId: 3 },
        { role: "referent", scopeId: "t1", amapIds: ["a1", 2] },
      ],
    })
      .setProtectedHeader({ alg: "EdDSA" })
      .setSubject("p")
      .setIssuer("champ-commun")
      .setAudience("champ-commun-api")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
    const identity = await verifyAccessToken(token, publicKey);
    expect(identity.grants).toEqual([
      { role: "amap_admin", scopeId: "a1" },
      { role: "referent", scopeId: "t1", amapIds: ["a1"] },
    ]);
    await expect(signAccessToken(SYSTEM_IDENTITY, privateKey)).rejects.toThrow(/system/);
  });
});

describe("tenant scopes", () => {
  it("read each role on its scope, with the tenants snapshot at sign-in", async () => {
    const s = new TenantScope(
      person([
        { role: "network_admin", scopeId: "n1", networkIds: ["n1", "n1a"] },
        { role: "member", scopeId: "h1", amapIds: ["a2"] },
      ]),
      async (ids) => (ids.includes("n1a") ? ["a9"] : []),
    );
    expect([s.isNetworkAdmin("n1a"), s.isNetworkAdmin("n2"), s.isMemberOf("h1"), s.isAmapAdmin("a2")]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([await s.seesAmap("a2"), await s.seesAmap("a9"), await s.seesAmap("a3")]).toEqual([true, true, false]);
    expect(byTenantKeys({ amapId: "a2", householdId: "h1" }, s)).toBe(true);
    expect(byTenantKeys({ amapId: "a2", householdId: "h2" }, s)).toBe(false);
  });

  it("make partner tokens read-only unless granted more", () => {
    const ro = new TenantScope({
      subject: "t",
      kind: "partner",
      grants: [{ role: "partner", scopeId: "a1", scopeType: "amap", readOnly: true }],
    });
    const rw = new TenantScope({
      subject: "t",
      kind: "partner",
      grants: [{ role: "partner", scopeId: "a1", scopeType: "amap", readOnly: false }],
    });
    expect([
      ro.readOnly,
      ro.managesAmap("a1"),
      ro.isAmapAdmin("a1"),
      rw.managesAmap("a1"),
      rw.isAmapAdmin("a1"),
    ]).toEqual([true, false, false, true, false]);
  });
});

describe("narrowed lists", () => {
  it("answer nothing for a foreign tenant, fill in a single one, intersect lists", () => {
    const foreign: Record<string, unknown> = { filter: { amapId: "a2" } };
    expect(narrowFilter(foreign, { one: "amapId" }, new Set(["a1"]))).toBe("empty");
    const none: Record<string, unknown> = {};
    expect(narrowFilter(none, { one: "amapId" }, new Set(["a1"]))).toBeUndefined();
    expect(none.filter).toEqual({ amapId: "a1" });
    const ids: Record<string, unknown> = { filter: { ids: ["a1", "a2"] } };
    narrowFilter(ids, { many: "ids" }, new Set(["a1", "a3"]));
    expect(ids.filter).toEqual({ ids: ["a1"] });
    expect(narrowFilter({}, { one: "amapId" }, null)).toBeUndefined();
  });
});

describe("the guard's defaults", () => {
  it("hides records carrying tenant keys of others, even of a type nobody declared", async () => {
    const ctx = { identity: person([{ role: "amap_admin", scopeId: "a1" }]) } as never;
    const vis = { types: {} };
    expect(await isVisible(vis, "NewThing", { id: "x", amapId: "a1" }, ctx)).toBe(true);
    expect(await isVisible(vis, "NewThing", { id: "y", amapId: "a2" }, ctx)).toBe(false);
    expect(await isVisible(vis, "Value", { quantity: 3 }, ctx)).toBe(true);
  });

  it("answer nothing in the shape the field allows", () => {
    const Page = new GraphQLObjectType({
      name: "P",
      fields: { items: { type: new GraphQLList(GraphQLString) }, total: { type: GraphQLInt } },
    });
    expect(emptyValueFor(GraphQLString)).toBeNull();
    expect(emptyValueFor(new GraphQLNonNull(new GraphQLList(GraphQLString)))).toEqual([]);
    expect(emptyValueFor(new GraphQLNonNull(Page))).toEqual({ items: [], total: 0 });
    expect(() => emptyValueFor(new GraphQLNonNull(GraphQLString))).toThrow(/may not/);
  });
});

describe("exports", () => {
  const schemaWith = (fields: Record<string, { type: typeof GraphQLString }>) =>
    new GraphQLSchema({ query: new GraphQLObjectType({ name: "Query", fields }) });

  it("refuse to build a subgraph whose export does not say which field's view it renders", () => {
    const schema = schemaWith({ sheet: { type: GraphQLString }, sheetCsv: { type: GraphQLString } });
    expect(() => checkExportsDeclared(schema, { types: {} })).toThrow(/Query\.sheetCsv/);
    expect(() =>
      checkExportsDeclared(schema, { types: {}, exports: { "Query.sheetCsv": "Query.sheet" } }),
    ).not.toThrow();
  });
});
