import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { buildWorld } from "../../tools/src/demo/world";
import { createDemoAccounts, DEMO_PASSWORD, describeDemoAccounts } from "../../tools/src/demo/accounts";
import { startTestStack } from "./stack.helper";
import { codeOf, login, post } from "./auth.helper";

/* The first administrator comes from configuration (never a default password); demo data has one account per role. */

let stack: Stack;
let system: Gql;
const saved = { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD };

beforeAll(async () => {
  process.env.ADMIN_EMAIL = "Premiere@Admin.example";
  process.env.ADMIN_PASSWORD = "le tout premier mot de passe";
  try {
    ({ stack, gql: system } = await startTestStack("firstadmin"));
  } finally {
    for (const [k, v] of [
      ["ADMIN_EMAIL", saved.email],
      ["ADMIN_PASSWORD", saved.password],
    ] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}, 120_000);
afterAll(() => stack?.stop());

describe("the first administrator", () => {
  it("is created from ADMIN_EMAIL and ADMIN_PASSWORD at start, and may act anywhere", async () => {
    const admin = await login(stack.graphqlUrl, "premiere@admin.example", "le tout premier mot de passe");
    const claims = JSON.parse(Buffer.from(admin.accessToken.split(".")[1], "base64url").toString());
    expect(claims.sa).toBe(true);
    expect((await admin.gql(`{ me { superAdmin } }`)).me.superAdmin).toBe(true);
    const root = await admin.gql(`mutation { createNetwork(input: { name: "MIRAMAP" }) { id } }`);
    const someone = await admin.gql(
      `mutation { createAccount(input: { email: "staff@miramap.example", password: "un mot de passe du staff" }) { id } }`,
    );
    const g = await post(
      stack.graphqlUrl,
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { role } }`,
      { i: { personId: someone.createAccount.id, role: "network_admin", scopeId: root.createNetwork.id } },
      { authorization: `Bearer ${admin.accessToken}` },
    );
    expect(g.data.grantRole.role).toBe("network_admin");
  });
});

describe("demo accounts", () => {
  it("sign in, one per role, each seeing its own scope", async () => {
    const world = await buildWorld(system, {
      amaps: 2,
      farms: 2,
      templatesPerAmap: 3,
      householdsPerAmap: 3,
      weeks: 3,
      seasonStart: "2026-04-02",
    });
    const accounts = await createDemoAccounts(system, world);
    expect(accounts.map((a) => a.role)).toEqual(["network_admin", "amap_admin", "referent", "farmer", "member"]);
    const roles: string[] = [];
    for (const a of accounts) {
      const s = await login(stack.graphqlUrl, a.email, DEMO_PASSWORD);
      // The farmer holds the farm, and a reach into each AMAP it supplies (one grant per AMAP).
      roles.push(
        ...new Set<string>((await s.gql(`{ me { grants { role } } }`)).me.grants.map((g: { role: string }) => g.role)),
      );
    }
    expect(roles).toEqual(["network_admin", "amap_admin", "referent", "farmer", "member"]);
    const member = await login(stack.graphqlUrl, accounts[4].email, DEMO_PASSWORD);
    const seen = await post(
      stack.graphqlUrl,
      `query($a: ID!) { households(filter: { amapId: $a }) { items { id } } }`,
      { a: world.amapIds[0] },
      { authorization: `Bearer ${member.accessToken}` },
    );
    expect(codeOf(seen)).toBe("OK");
    expect(seen.data.households.items).toEqual([{ id: world.householdIds[0] }]);
    // What `npm start` prints: one line per account (its e-mail and what it may do), and the shared password.
    const printed = describeDemoAccounts(accounts).split("\n");
    expect(printed[0]).toContain(DEMO_PASSWORD);
    expect(printed.slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(accounts.map((a) => a.email));
  });
});
