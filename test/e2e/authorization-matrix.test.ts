import { GraphQLField, GraphQLObjectType, GraphQLSchema } from "graphql";
import { Supergraph } from "@apollo/federation-internals";
import { composeSupergraph } from "../../tools/src/compose";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, PASSWORD, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant, Tenant } from "./authz/world";
import { documentFor, isEmpty, variablesFor } from "./authz/variables";
import { EXPECTATIONS, RoleKey, ROLES, RUN_LAST } from "./authz/expectations";
import { OneTimeTokenService } from "../../services/member/src/accounts/one-time-token.service";
import { OneTimePurpose } from "../../services/member/src/accounts/one-time-token.entity";
import { AccountService } from "../../services/member/src/accounts/account.service";

/*
 * Every root operation of the public API × every role × own and foreign tenant, against the
 * expectations table (authz/expectations.ts), through the gateway as a client would call it.
 */

let stack: Stack;
let admin: Gql;
let api: GraphQLSchema;
const tenants: Tenant[] = [];
/** Each role's session in each tenant (index 0 acts; index 1's accounts are the foreign ones). */
const sessions: Array<Partial<Record<RoleKey, SignedIn | { partnerToken: string }>>> = [{}, {}];
const LOGIN_EMAIL = "matrix.login@example.org";
let loginAccount: string;
let invited = 0;

async function accountsOf(k: number, t: Omit<Tenant, "accounts" | "spareGrant" | "spareApiToken">): Promise<Tenant> {
  const url = stack.graphqlUrl;
  const s = sessions[k];
  s.networkAdmin = await personWith(url, admin, `reseau.${k}@example.org`, [
    { role: "network_admin", scopeId: t.network },
  ]);
  s.amapAdmin = await personWith(url, admin, `bureau.${k}@example.org`, [{ role: "amap_admin", scopeId: t.amap }]);
  s.referent = await personWith(url, admin, `referent.${k}@example.org`, [
    { role: "referent", scopeId: t.template },
    { role: "referent", scopeId: t.openTemplate },
  ]);
  s.farmer = await personWith(url, admin, `paysan.${k}@example.org`, [
    { role: "farmer", scopeId: t.farm },
    { role: "farmer", scopeId: t.farm, amapId: t.amap },
  ]);
  s.member = await personWith(url, admin, `amapien.${k}@example.org`, [{ role: "member", scopeId: t.household }], {
    personId: t.person,
  });
  const spare = await personWith(url, admin, `spare.${k}@example.org`, [{ role: "member", scopeId: t.otherHousehold }]);
  const bureau = s.amapAdmin.gql;
  const partner = await bureau(`mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`, {
    i: { name: "Site de l'AMAP", scopeType: "amap", scopeId: t.amap },
  });
  s.partner = { partnerToken: partner.createApiToken.token };
  const spareToken = await bureau(
    `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { apiToken { id } } }`,
    { i: { name: "Ancien site", scopeType: "amap", scopeId: t.amap } },
  );
  const grants = await admin(`query($p: ID!) { roleGrants(filter: { personId: $p }) { items { id } } }`, {
    p: spare.id,
  });
  const accounts = Object.fromEntries(Object.entries(s).map(([role, v]) => [role, (v as SignedIn).id]));
  return {
    ...t,
    accounts: { ...accounts, spare: spare.id },
    spareGrant: grants.roleGrants.items[0].id,
    spareApiToken: spareToken.createApiToken.apiToken.id,
  };
}

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("authz"));
  for (const k of [0, 1]) tenants.push(await accountsOf(k, await buildTenant(admin, k + 1)));
  loginAccount = (
    await admin(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, {
      i: { email: LOGIN_EMAIL, password: PASSWORD, lastName: "Login" },
    })
  ).createAccount.id;
  api = Supergraph.build(await composeSupergraph())
    .apiSchema()
    .toGraphQLJSSchema();
}, 300_000);
afterAll(() => stack?.stop());

function operations(): Array<[string, GraphQLField<unknown, unknown>]> {
  const out: Array<[string, GraphQLField<unknown, unknown>]> = [];
  for (const root of [api.getQueryType(), api.getMutationType()] as GraphQLObjectType[]) {
    for (const f of Object.values(root.getFields())) out.push([`${root.name}.${f.name}`, f]);
  }
  return out;
}

/** What a cell expects on one tenant ("own/foreign" or one code for both). */
function expected(op: string, role: RoleKey, tenant: 0 | 1): string {
  const cell = EXPECTATIONS[op][ROLES.indexOf(role)];
  const [own, foreign] = cell.split("/");
  return tenant === 0 ? own : (foreign ?? own);
}

function headersOf(role: RoleKey): Record<string, string> {
  const s = sessions[0][role];
  if (!s) return {};
  return "partnerToken" in s ? bearer(s.partnerToken) : bearer(s.accessToken);
}

/** The observed code of a cell: F, U, A (data), E (nothing), or err:<CODE> for a business error. */
async function observe(
  op: string,
  field: GraphQLField<unknown, unknown>,
  role: RoleKey,
  tenant: 0 | 1,
): Promise<string> {
  const variables = await variablesFor(op, field, {
    t: tenants[tenant],
    accountOf: (t) => t.accounts[role] ?? "00000000-0000-7000-8000-000000000000",
    freshRefreshToken: async () => (await login(stack.graphqlUrl, LOGIN_EMAIL)).refreshToken,
    loginEmail: LOGIN_EMAIL,
    loginPassword: PASSWORD,
    // What the reset and invitation mails would carry.
    freshResetToken: async () =>
      (
        await new OneTimeTokenService(stack.dataSources.member.manager).issue(
          loginAccount,
          OneTimePurpose.password_reset,
          60_000,
        )
      ).token,
    freshInvitationToken: async () => {
      const account = await new AccountService(stack.dataSources.member.manager).create({
        email: `invite.${++invited}@example.org`,
        lastName: "Invitée",
      });
      return (
        await new OneTimeTokenService(stack.dataSources.member.manager).issue(
          account.id,
          OneTimePurpose.invitation,
          60_000,
        )
      ).token;
    },
    admin,
  });
  const answer = await post(stack.graphqlUrl, documentFor(op, field, variables), variables, headersOf(role));
  const code = codeOf(answer);
  if (code === "FORBIDDEN") return "F";
  if (code === "UNAUTHENTICATED") return "U";
  if (code !== "OK") return `err:${code} (${answer.errors![0].message.slice(0, 140)})`;
  return isEmpty(answer.data?.r) ? "E" : "A";
}

/**
 * "a": the call succeeds (data or nothing): an internal or validation error fails the cell;
 * "x:CODE": allowed, then refused by the business rules with that code (the state an earlier
 * allowed cell left, e.g. a template already opened); otherwise the exact code.
 */
const matches = (want: string, got: string) =>
  want === "a"
    ? got === "A" || got === "E"
    : want.startsWith("x:")
      ? got.startsWith(`err:${want.slice(2)} `)
      : want === got;

describe("authorization matrix (every operation × role × own and foreign tenant)", () => {
  it("has an expectation for every operation of the API, and none for operations that no longer exist", () => {
    const ops = operations().map(([op]) => op);
    expect(ops.filter((op) => !EXPECTATIONS[op])).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((op) => !ops.includes(op))).toEqual([]);
  });

  it("answers each cell as the table says", async () => {
    const all = operations().filter(([op]) => EXPECTATIONS[op]);
    const queries = all.filter(([op]) => op.startsWith("Query."));
    const mutations = all.filter(([op]) => op.startsWith("Mutation.") && !RUN_LAST.includes(op));
    const last = RUN_LAST.map((op) => all.find(([o]) => o === op)!).filter(Boolean);
    const mismatches: string[] = [];
    let cells = 0;
    for (const [op, field] of [...queries, ...mutations, ...last]) {
      const planned = ROLES.flatMap((role) =>
        ([0, 1] as const).map((tenant) => ({ role, tenant, want: expected(op, role, tenant) })),
      );
      // Refusals first: an allowed call may change what the refused ones would name.
      // …then the cells that succeed, then those refused by the state the successful ones left (x:).
      const rank = (w: string) => (w.startsWith("x:") ? 2 : w === "a" || w === "A" ? 1 : 0);
      planned.sort((a, b) => rank(a.want) - rank(b.want));
      const run = async (c: (typeof planned)[number]) => {
        const got = await observe(op, field, c.role, c.tenant);
        cells++;
        if (!matches(c.want, got))
          mismatches.push(`${op} × ${c.role} × ${c.tenant ? "foreign" : "own"}: expected ${c.want}, got ${got}`);
      };
      if (op.startsWith("Query.")) await Promise.all(planned.map(run));
      else for (const c of planned) await run(c);
    }
    console.log(
      `authorization matrix: ${all.length} operations × ${ROLES.length} roles × 2 tenants = ${cells} cells, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
  }, 600_000);
});
