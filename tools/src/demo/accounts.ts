import type { Gql } from "./client";
import type { World } from "./world";

/** Demo sign-ins, one per role, all with this password: for trying the product, never for production data. */
export const DEMO_PASSWORD = "champ-commun-demo";

export interface DemoAccount {
  email: string;
  /** The role's code, as in grants: network_admin, amap_admin, referent, farmer, member. */
  role: string;
  /** The role in words, for people. */
  label: string;
  scope: string;
}

/** The demo sign-ins: who they are and what they hold on the demo world (`npm start` prints them). */
export const DEMO_ACCOUNTS: ReadonlyArray<DemoAccount & { firstName: string; lastName: string }> = [
  {
    email: "reseau@demo.champ-commun.org",
    role: "network_admin",
    label: "network admin",
    scope: "réseau régional (et son sous-réseau)",
    firstName: "Rosa",
    lastName: "Réseau",
  },
  {
    email: "bureau@demo.champ-commun.org",
    role: "amap_admin",
    label: "AMAP admin",
    scope: "1re AMAP",
    firstName: "Bernard",
    lastName: "Bureau",
  },
  {
    email: "referent@demo.champ-commun.org",
    role: "referent",
    label: "référent",
    scope: "1er contrat de la 1re AMAP",
    firstName: "Rémi",
    lastName: "Référent",
  },
  {
    email: "paysan@demo.champ-commun.org",
    role: "farmer",
    label: "farmer",
    scope: "1re ferme",
    firstName: "Paule",
    lastName: "Paysanne",
  },
  {
    email: "amapien@demo.champ-commun.org",
    role: "member",
    label: "member",
    scope: "un foyer de la 1re AMAP",
    firstName: "",
    lastName: "",
  },
];

/**
 * One account per role of domain.md on the demo world, created through the API as a super admin
 * (createAccount + grantRole): a network admin of the regional network, an AMAP admin, a référent
 * of a contract template, a farmer, and a member of a household (the household's own person).
 */
export async function createDemoAccounts(gql: Gql, world: World): Promise<DemoAccount[]> {
  const household = await gql<{ household: { displayName: string; people: Array<{ id: string }> } }>(
    `query($id: ID!) { household(id: $id) { displayName people { id } } }`,
    {
      id: world.householdIds[0],
    },
  );
  const scopes: Record<string, { scopeId: string; personId?: string }> = {
    network_admin: { scopeId: world.networkId },
    amap_admin: { scopeId: world.amapIds[0] },
    referent: { scopeId: world.templateIds[0] },
    farmer: { scopeId: world.farmIds[0] },
    member: { scopeId: world.householdIds[0], personId: household.household.people[0].id },
  };
  for (const a of DEMO_ACCOUNTS) {
    const { scopeId, personId } = scopes[a.role];
    const { createAccount } = await gql<{ createAccount: { id: string } }>(
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      {
        i: {
          email: a.email,
          password: DEMO_PASSWORD,
          firstName: a.firstName || null,
          lastName: a.lastName || null,
          personId: personId ?? null,
        },
      },
    );
    await gql(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
      i: { personId: createAccount.id, role: a.role, scopeId },
    });
    // The demo farmer is let into every AMAP the farm supplies (each AMAP's admins would grant it).
    if (a.role === "farmer") {
      const t = await gql<{ contractTemplates: { items: Array<{ amapId: string }> } }>(
        `query($f: ID!) { contractTemplates(filter: { farmId: $f }, perPage: 100) { items { amapId } } }`,
        { f: scopeId },
      );
      for (const amapId of new Set(t.contractTemplates.items.map((x) => x.amapId))) {
        await gql(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
          i: { personId: createAccount.id, role: "farmer", scopeId, amapId },
        });
      }
    }
  }
  return DEMO_ACCOUNTS.map(({ email, role, label, scope }) => ({ email, role, label, scope }));
}

/** For `npm start`: the demo sign-ins, clearly marked as such. */
export function describeDemoAccounts(accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return [
    `Demo accounts (demo data only; password for all: ${DEMO_PASSWORD}):`,
    ...accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.label} — ${a.scope}`),
  ].join("\n");
}
