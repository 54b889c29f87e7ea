import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant } from "./authz/world";

/*
 * Network-level records (issue 11, finding 11). partnerAmaps / partnerFarms: non-null lists of records another subgraph
 * resolves; an item the caller may not see came back null and wiped the whole answer (`data: null`,
 * no error) for members and farmers. The lists hold what the caller may see, and the rest of the
 * answer stays.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
let theirs: T;
const who: Record<string, SignedIn> = {};

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("partners"));
  mine = await buildTenant(admin, 1);
  theirs = await buildTenant(admin, 2);
  // The farm of the first tenant also supplies the second AMAP: the member and the farmer of the first do not see that AMAP.
  const tpl = await admin(`mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id } }`, {
    i: {
      amapId: theirs.amap,
      farmId: mine.farm,
      name: "Ailleurs",
      season: "2030",
      kind: "fixed",
      text: "…",
      payeeName: "EARL",
      allowedInstallmentCounts: [1],
      acceptedMeans: ["cheque"],
      membershipPeriodId: theirs.period,
      lines: [{ productId: mine.product, unitPriceCents: 300 }],
      distributionIds: [theirs.distributions[0]],
    },
  });
  void tpl;
  who.member = await personWith(
    stack.graphqlUrl,
    admin,
    "amapien@example.org",
    [{ role: "member", scopeId: mine.household }],
    { personId: mine.person },
  );
  who.farmer = await personWith(stack.graphqlUrl, admin, "paysan@example.org", [
    { role: "farmer", scopeId: mine.farm },
    { role: "farmer", scopeId: mine.farm, amapId: mine.amap },
  ]);
  who.referent = await personWith(stack.graphqlUrl, admin, "referent@example.org", [
    { role: "referent", scopeId: mine.template },
  ]);
}, 180_000);
afterAll(() => stack?.stop());

describe("partner lists", () => {
  it.each(["member", "farmer", "referent"])(
    "give a %s the partners it may see, and the rest of the answer",
    async (role) => {
      const q = `query($a: ID!, $f: ID!) { amap(id: $a) { name partnerFarms { id name } } farm(id: $f) { name partnerAmaps { id name } } }`;
      const a = await post(stack.graphqlUrl, q, { a: mine.amap, f: mine.farm }, bearer(who[role].accessToken));
      expect(a.data).not.toBeNull();
      expect(a.data.amap).toMatchObject({ name: "AMAP 1", partnerFarms: [{ id: mine.farm, name: "Ferme 1" }] });
      expect(a.data.farm.name).toBe("Ferme 1");
      // The AMAPs it sees: its own; the farmer, every AMAP its farm supplies.
      const expected = role === "farmer" ? [mine.amap, theirs.amap] : [mine.amap];
      expect(a.data.farm.partnerAmaps.map((x: { id: string }) => x.id).sort()).toEqual(expected.sort());
      expect(a.extensions?.valueCompletion).toBeUndefined();
      expect(codeOf(a)).toBe("OK");
    },
  );

  it("give the admin every partner", async () => {
    const a = await admin(`query($f: ID!) { farm(id: $f) { partnerAmaps { id } } }`, { f: mine.farm });
    expect(a.farm.partnerAmaps.map((x: { id: string }) => x.id).sort()).toEqual([mine.amap, theirs.amap].sort());
  });
});

describe("the network's money records", () => {
  it("have an audit trail (who, when, before and after), for the network's admins only", async () => {
    const reseau = await personWith(stack.graphqlUrl, admin, "reseau@example.org", [
      { role: "network_admin", scopeId: mine.network },
    ]);
    const bureau = await personWith(stack.graphqlUrl, admin, "bureau@example.org", [
      { role: "amap_admin", scopeId: mine.amap },
    ]);
    const m = (
      await reseau.gql(
        `mutation($i: CreateNetworkMembershipInput!) { createNetworkMembership(input: $i) { id version } }`,
        { i: { networkId: mine.network, year: 2031, amapId: mine.amap, amountCents: 6000 } },
      )
    ).createNetworkMembership;
    await reseau.gql(`mutation($i: UpdateNetworkMembershipInput!) { updateNetworkMembership(input: $i) { id } }`, {
      i: { id: m.id, amountCents: 6500, expectedVersion: m.version },
    });
    const r = (
      await bureau.gql(
        `mutation($i: RecordNetworkShareRemittanceInput!) { recordNetworkShareRemittance(input: $i) { id } }`,
        { i: { networkId: mine.network, amapId: mine.amap, year: 2031, amountCents: 400, remittedOn: "2026-01-05" } },
      )
    ).recordNetworkShareRemittance;
    const trail = await reseau.gql(
      `query($n: ID!) { networkAuditEntries(filter: { networkId: $n }) { items { actorId entity entityId action before after } } }`,
      { n: mine.network },
    );
    const mine2 = trail.networkAuditEntries.items.filter((e: any) => e.entityId === m.id || e.entityId === r.id);
    expect(mine2.map((e: any) => [e.entity, e.action, e.actorId])).toEqual([
      ["NetworkShareRemittance", "record", bureau.id],
      ["NetworkMembership", "update", reseau.id],
      ["NetworkMembership", "create", reseau.id],
    ]);
    expect(JSON.parse(mine2[1].before).amountCents).toBe(6000);
    expect(JSON.parse(mine2[1].after).amountCents).toBe(6500);
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `query($n: ID!) { networkAuditEntries(filter: { networkId: $n }) { total } }`,
          { n: mine.network },
          bearer(bureau.accessToken),
        ),
      ),
    ).toBe("FORBIDDEN");
  });
});
