/**
 * The real product for the admin UI's tests: the three subgraphs and the gateway (which also
 * serves admin-ui/dist) over fresh databases, with a super administrator signed in through the API.
 */
import { freshTestDbUrl } from "../../../services/kit/src/testing";
import { startStack, type Stack } from "../../../tools/src/stack";
import { apiClient, type Gql } from "../../../tools/src/demo/client";
import { systemAuthorization } from "../../../tools/src/demo/system-token";
import { AccountService } from "../../../services/member/src/accounts/account.service";

export const ADMIN = { email: "admin@champ-commun.test", password: "champ-commun-admin-2026" };

export interface TestStack {
  stack: Stack;
  /** Calls the API as the operator's scripts (system token, super-admin rights); `token` is the super administrator's own session. */
  gql: Gql;
  token: string;
}

export async function startAdminTestStack(tag: string): Promise<TestStack> {
  const stack = await startStack({
    dbUrls: {
      network: await freshTestDbUrl("network", tag),
      amap: await freshTestDbUrl("amap", tag),
      member: await freshTestDbUrl("member", tag),
    },
  });
  await new AccountService(stack.dataSources.member.manager).ensureSuperAdmin(ADMIN.email, ADMIN.password);
  const login = await apiClient(stack.graphqlUrl)(
    `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
    { e: ADMIN.email, p: ADMIN.password },
  );
  const token: string = login.login.accessToken;
  // The world is set up as the operator's scripts do (a system token, like the demo seed): a person,
  // even a super administrator, entering a household's subscription leaves it awaiting its signature.
  return { stack, token, gql: apiClient(stack.graphqlUrl, await systemAuthorization("ui-tests")) };
}

/** An account with a password and one role, as an administrator sets it up (createAccount + grantRole). */
export async function createPersonWithRole(
  gql: Gql,
  p: {
    email: string;
    password: string;
    role: string;
    scopeId: string;
    personId?: string;
    firstName?: string;
    lastName?: string;
  },
): Promise<string> {
  const account = await gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, {
    i: {
      email: p.email,
      password: p.password,
      personId: p.personId,
      firstName: p.firstName ?? "Test",
      lastName: p.lastName ?? p.role,
    },
  });
  const id: string = account.createAccount.id;
  await gql(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
    i: { personId: id, role: p.role, scopeId: p.scopeId },
  });
  // A farmer reads an AMAP's members' contracts once that AMAP lets them in: here, every AMAP the farm supplies.
  if (p.role === "farmer") {
    const t = await gql(
      `query($f: ID!) { contractTemplates(filter: { farmId: $f }, perPage: 100) { items { amapId } } }`,
      { f: p.scopeId },
    );
    for (const amapId of new Set<string>(t.contractTemplates.items.map((x: { amapId: string }) => x.amapId))) {
      await gql(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
        i: { personId: id, role: "farmer", scopeId: p.scopeId, amapId },
      });
    }
  }
  return id;
}
