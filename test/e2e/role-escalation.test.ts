import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, PASSWORD, personWith, post, SignedIn } from "./auth.helper";
import { AccountService } from "../../services/member/src/accounts/account.service";
import { buildTenant } from "./authz/world";

/*
 * No self-escalation (issue 11, finding 2): nobody grants himself a role; a role that reads an
 * AMAP's personal data (AMAP admin, référent, member, a farmer's reach into that AMAP) is granted
 * by that AMAP's admins: a network admin may only invite (a pending grant), which the AMAP's admins
 * accept. Every grant, acceptance and revocation is in the AMAP's audit trail.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
let bureau: SignedIn;
let reseau: SignedIn;
const GRANT = `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id role scopeId amapId status grantedBy } }`;
const ACCEPT = `mutation($i: AcceptRoleGrantInput!) { acceptRoleGrant(input: $i) { id status acceptedBy } }`;
const CONTACTS = `query($a: ID!) { households(filter: { amapId: $a }) { total items { people { email phone } } } }`;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("escalation"));
  mine = await buildTenant(admin, 1);
  bureau = await personWith(stack.graphqlUrl, admin, "bureau@amap1.example", [
    { role: "amap_admin", scopeId: mine.amap },
  ]);
  reseau = await personWith(stack.graphqlUrl, admin, "reseau@reseau1.example", [
    { role: "network_admin", scopeId: mine.network },
  ]);
}, 180_000);
afterAll(() => stack?.stop());

const grant = (as: SignedIn, i: Record<string, unknown>) =>
  post(stack.graphqlUrl, GRANT, { i }, bearer(as.accessToken));

describe("nobody grants himself a role", () => {
  it("refuses a network admin making himself AMAP admin or farmer in an AMAP of his network", async () => {
    expect(codeOf(await grant(reseau, { personId: reseau.id, role: "amap_admin", scopeId: mine.amap }))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await grant(reseau, { personId: reseau.id, role: "farmer", scopeId: mine.farm }))).toBe("FORBIDDEN");
    expect(
      codeOf(await grant(reseau, { personId: reseau.id, role: "farmer", scopeId: mine.farm, amapId: mine.amap })),
    ).toBe("FORBIDDEN");
    // He signs in again: still nothing personal of the AMAP.
    const again = await login(stack.graphqlUrl, reseau.email);
    expect(
      (await post(stack.graphqlUrl, CONTACTS, { a: mine.amap }, bearer(again.accessToken))).data?.households?.total ??
        0,
    ).toBe(0);
  });

  it("refuses an AMAP admin making himself référent, and a super admin granting himself anything", async () => {
    expect(codeOf(await grant(bureau, { personId: bureau.id, role: "referent", scopeId: mine.template }))).toBe(
      "FORBIDDEN",
    );
    await new AccountService(stack.dataSources.member.manager).ensureSuperAdmin("racine@example.org", PASSWORD);
    const root = await login(stack.graphqlUrl, "racine@example.org");
    expect(codeOf(await grant(root, { personId: root.id, role: "amap_admin", scopeId: mine.amap }))).toBe("FORBIDDEN");
  });
});

describe("a network admin invites, the AMAP accepts", () => {
  it("makes an AMAP admin invited by the network a pending grant that reads nothing until the AMAP's admins accept it", async () => {
    const friend = await personWith(stack.graphqlUrl, admin, "complice@example.org", []);
    const invited = await grant(reseau, { personId: friend.id, role: "amap_admin", scopeId: mine.amap });
    expect(invited.data.grantRole).toMatchObject({
      role: "amap_admin",
      scopeId: mine.amap,
      amapId: mine.amap,
      status: "pending",
      grantedBy: reseau.id,
    });
    const before = await login(stack.graphqlUrl, friend.email);
    expect((await before.gql(`{ me { grants { role } } }`)).me.grants).toEqual([]);
    expect(
      (await post(stack.graphqlUrl, CONTACTS, { a: mine.amap }, bearer(before.accessToken))).data?.households?.total ??
        0,
    ).toBe(0);
    // Only the AMAP's admins accept: not the network admin, not the invited person.
    expect(
      codeOf(
        await post(stack.graphqlUrl, ACCEPT, { i: { id: invited.data.grantRole.id } }, bearer(reseau.accessToken)),
      ),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await post(stack.graphqlUrl, ACCEPT, { i: { id: invited.data.grantRole.id } }, bearer(before.accessToken)),
      ),
    ).toBe("FORBIDDEN");
    const accepted = await post(
      stack.graphqlUrl,
      ACCEPT,
      { i: { id: invited.data.grantRole.id } },
      bearer(bureau.accessToken),
    );
    expect(accepted.data.acceptRoleGrant).toMatchObject({ status: "active", acceptedBy: bureau.id });
    const after = await login(stack.graphqlUrl, friend.email);
    expect((await after.gql(CONTACTS, { a: mine.amap })).households.total).toBeGreaterThan(0);
  });

  it("lets a farmer's role over the farm (from the network) read no household until an AMAP lets the farmer in", async () => {
    const farmer = await personWith(stack.graphqlUrl, admin, "paysanne@example.org", []);
    expect(
      (await grant(reseau, { personId: farmer.id, role: "farmer", scopeId: mine.farm })).data.grantRole,
    ).toMatchObject({ status: "active", amapId: null });
    const farmOnly = await login(stack.graphqlUrl, farmer.email);
    const subs = `query($t: ID!) { subscriptions(filter: { templateId: $t }) { total items { household { people { email } } } } }`;
    expect((await farmOnly.gql(subs, { t: mine.template })).subscriptions.total).toBe(0);
    // Farm records are the farmer's: the farm's profile still is.
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation($id: ID!) { updateFarm(input: { id: $id, city: "Rennes" }) { id } }`,
          { id: mine.farm },
          bearer(farmOnly.accessToken),
        ),
      ),
    ).toBe("OK");
    // The network asks the AMAP to let the farmer in; the AMAP accepts.
    const reach = await grant(reseau, { personId: farmer.id, role: "farmer", scopeId: mine.farm, amapId: mine.amap });
    expect(reach.data.grantRole).toMatchObject({ status: "pending", amapId: mine.amap });
    await bureau.gql(ACCEPT, { i: { id: reach.data.grantRole.id } });
    const inAmap = await login(stack.graphqlUrl, farmer.email);
    expect((await inAmap.gql(subs, { t: mine.template })).subscriptions.total).toBe(1);
    // An AMAP admin gives a farmer the AMAP's data directly, never the farm itself.
    const other = await personWith(stack.graphqlUrl, admin, "associe@example.org", []);
    expect(
      (await grant(bureau, { personId: other.id, role: "farmer", scopeId: mine.farm, amapId: mine.amap })).data
        .grantRole.status,
    ).toBe("active");
    expect(codeOf(await grant(bureau, { personId: other.id, role: "farmer", scopeId: mine.farm }))).toBe("FORBIDDEN");
  });

  it("keeps référent and member roles the AMAP's own: a network admin cannot even invite them", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "referente@example.org", []);
    expect(codeOf(await grant(reseau, { personId: p.id, role: "referent", scopeId: mine.template }))).toBe("FORBIDDEN");
    expect(codeOf(await grant(reseau, { personId: p.id, role: "member", scopeId: mine.household }))).toBe("FORBIDDEN");
  });

  it("audits the invitation, the acceptance and the revocation in the AMAP's trail", async () => {
    const p = await personWith(stack.graphqlUrl, admin, "tresoriere@example.org", []);
    const id = (await reseau.gql(GRANT, { i: { personId: p.id, role: "amap_admin", scopeId: mine.amap } })).grantRole
      .id;
    await bureau.gql(ACCEPT, { i: { id } });
    await bureau.gql(`mutation($id: ID!) { revokeRole(input: { id: $id }) { id } }`, { id });
    const trail = await bureau.gql(
      `query($a: ID!, $id: ID!) { auditEntries(filter: { amapId: $a, entity: "RoleGrant", entityId: $id }) { items { actorId action } } }`,
      { a: mine.amap, id },
    );
    expect(trail.auditEntries.items).toEqual([
      { actorId: bureau.id, action: "revoke" },
      { actorId: bureau.id, action: "accept" },
      { actorId: reseau.id, action: "invite" },
    ]);
  });
});
