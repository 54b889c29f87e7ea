import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant } from "./authz/world";

/*
 * Through the gateway, with real sign-ins: an AMAP admin's token returns nothing of another AMAP,
 * a network admin gets no member's personal data, and the sign-off sheet shows whole only to the
 * AMAP's admins, the référents concerned and that day's duty team.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
let theirs: T;
let bureau: SignedIn;
let reseau: SignedIn;
let second: { household: string; template: string };

const WALK = `{ networks(perPage: 100) { items { id amaps { id name households(perPage: 100) { total items { id displayName people { email } } }
  contractTemplates { id subscriptions { id household { displayName } } } distributions { id signOffSheet { household { id displayName } } } } } } }`;

beforeAll(async () => {
  // Walks of every record, as an attacker would: the cost limit would refuse them first (query-cost.test.ts); here, what they would see.
  Object.assign(process.env, { GRAPHQL_MAX_COST: "1000000000", QUERY_BUDGET_ITEMS: "2000000000" });
  try {
    ({ stack, gql: admin } = await startTestStack("isolation"));
  } finally {
    delete process.env.GRAPHQL_MAX_COST;
    delete process.env.QUERY_BUDGET_ITEMS;
  }
  mine = await buildTenant(admin, 1);
  theirs = await buildTenant(admin, 2);
  bureau = await personWith(stack.graphqlUrl, admin, "bureau@amap1.example", [
    { role: "amap_admin", scopeId: mine.amap },
  ]);
  reseau = await personWith(stack.graphqlUrl, admin, "reseau@reseau1.example", [
    { role: "network_admin", scopeId: mine.network },
  ]);
  // A second contract, without quota, so that the other household collects at the first distribution too.
  const tpl = await admin(
    `mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id lines { id } } }`,
    {
      i: {
        amapId: mine.amap,
        farmId: mine.farm,
        name: "Œufs",
        season: "2030",
        kind: "fixed",
        text: "…",
        payeeName: "EARL",
        allowedInstallmentCounts: [1],
        acceptedMeans: ["cheque"],
        membershipPeriodId: mine.period,
        lines: [{ productId: mine.product, unitPriceCents: 300 }],
        distributionIds: [mine.distributions[0]],
      },
    },
  );
  await admin(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, {
    id: tpl.createContractTemplate.id,
  });
  await admin(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
    i: {
      templateId: tpl.createContractTemplate.id,
      householdId: mine.otherHousehold,
      installmentCount: 1,
      means: "cheque",
      lines: [
        { templateLineId: tpl.createContractTemplate.lines[0].id, distributionId: mine.distributions[0], quantity: 1 },
      ],
    },
  });
  second = { household: mine.otherHousehold, template: tpl.createContractTemplate.id };
}, 180_000);
afterAll(() => stack?.stop());

/** Every id of the other tenant's AMAP-level records (networks and farms are the public directory). */
const foreignIds = () => [
  theirs.amap,
  theirs.place,
  theirs.template,
  theirs.household,
  theirs.otherHousehold,
  theirs.subscription,
  theirs.membership,
  theirs.installment,
  ...theirs.distributions,
  theirs.period,
];

describe("tenant isolation through the gateway", () => {
  it("gives an AMAP admin nothing of another AMAP, walking down from the networks", async () => {
    const r = await bureau.gql(WALK);
    const amaps = r.networks.items.flatMap((n: any) => n.amaps);
    expect(amaps.map((a: any) => a.id)).toEqual([mine.amap]);
    // Every household of its own AMAP (as the super admin counts them: the matrix's world may add some), none of the other.
    const all = await admin(`query($a: ID!) { amap(id: $a) { households(perPage: 100) { total } } }`, { a: mine.amap });
    expect(all.amap.households.total).toBeGreaterThanOrEqual(3);
    expect(amaps[0].households.items.length).toBe(all.amap.households.total);
    const text = JSON.stringify(r);
    for (const id of foreignIds()) expect(text).not.toContain(id);
  });

  it("gives an AMAP admin nothing of another AMAP when asked by id or filter", async () => {
    const ask = (q: string, v: Record<string, unknown>) => post(stack.graphqlUrl, q, v, bearer(bureau.accessToken));
    const byId = await ask(
      `query($a: ID!, $t: ID!, $h: ID!, $s: ID!, $p: ID!, $d: ID!) { amap(id: $a) { id } contractTemplate(id: $t) { id } household(id: $h) { id } subscription(id: $s) { id } place(id: $p) { id } distribution(id: $d) { id signOffSheet { household { id } } } }`,
      {
        a: theirs.amap,
        t: theirs.template,
        h: theirs.household,
        s: theirs.subscription,
        p: theirs.place,
        d: theirs.distributions[0],
      },
    );
    expect(byId.data).toEqual({
      amap: null,
      contractTemplate: null,
      household: null,
      subscription: null,
      place: null,
      distribution: null,
    });
    const lists = await ask(
      `query($a: ID!) { households(filter: { amapId: $a }) { total items { id } } subscriptions(filter: { amapId: $a }) { total items { id } } places(filter: { amapId: $a }) { total items { id } } contractTemplates(filter: { amapId: $a }) { total items { id } } installments(filter: { amapId: $a }) { total items { id } } }`,
      { a: theirs.amap },
    );
    for (const page of Object.values(lists.data as Record<string, { total: number; items: unknown[] }>))
      expect(page).toEqual({ total: 0, items: [] });
    expect(
      codeOf(await ask(`query($a: ID!) { auditEntries(filter: { amapId: $a }) { total } }`, { a: theirs.amap })),
    ).toBe("FORBIDDEN");
    expect(
      codeOf(
        await ask(`mutation($id: ID!) { updateHousehold(input: { id: $id, notes: "x" }) { id } }`, {
          id: theirs.household,
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("gives a network admin its AMAPs' shared records but no member's personal data", async () => {
    const r = await reseau.gql(WALK);
    const amaps = r.networks.items.flatMap((n: any) => n.amaps);
    expect(amaps.map((a: any) => a.id)).toEqual([mine.amap]);
    expect(amaps[0].contractTemplates.length).toBe(3);
    expect(amaps[0].households.items).toEqual([]);
    expect(amaps[0].contractTemplates.flatMap((t: any) => t.subscriptions)).toEqual([]);
    expect(amaps[0].distributions.flatMap((d: any) => d.signOffSheet)).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/Dupont|Martin|@foyer\.example/);
    expect(
      (await reseau.gql(`query($id: ID!) { household(id: $id) { id } }`, { id: mine.household })).household,
    ).toBeNull();
  });
});

describe("the sign-off sheet", () => {
  const SHEET = `query($d: ID!) { distribution(id: $d) { signOffSheet { household { id displayName address people { email } } items { quantity } } } }`;
  const sheetAs = async (token: string, d: string) =>
    (await post(stack.graphqlUrl, SHEET, { d }, bearer(token))).data.distribution?.signOffSheet ?? null;

  it("is whole for the AMAP's admins", async () => {
    expect((await sheetAs(bureau.accessToken, mine.distributions[0])).map((l: any) => l.household.id).sort()).toEqual(
      [mine.household, second.household].sort(),
    );
  });

  it("is whole for a référent whose contract delivers that day, names only for other households", async () => {
    const ref = await personWith(stack.graphqlUrl, admin, "ref@amap1.example", [
      { role: "referent", scopeId: second.template },
    ]);
    const lines = await sheetAs(ref.accessToken, mine.distributions[0]);
    expect(lines.map((l: any) => l.household.id).sort()).toEqual([mine.household, second.household].sort());
    // Its subscriber's record shows; the other household shows its name only.
    const other = lines.find((l: any) => l.household.id === mine.household);
    expect(other.household).toMatchObject({ displayName: "Dupont1", address: "", people: [] });
    // Not a delivery of its contract: only its own subscriber's line.
    expect((await sheetAs(ref.accessToken, mine.distributions[1])).length).toBe(0);
  });

  it("is whole for that day's duty team, and shows a member only their own line otherwise", async () => {
    // The first household signed up for the first duty shift (see authz/world.ts), at the first distribution.
    const member = await personWith(
      stack.graphqlUrl,
      admin,
      "dupont@amap1.example",
      [{ role: "member", scopeId: mine.household }],
      { personId: mine.person },
    );
    const onDuty = await sheetAs(member.accessToken, mine.distributions[0]);
    expect(onDuty.map((l: any) => l.household.id).sort()).toEqual([mine.household, second.household].sort());
    expect(onDuty.find((l: any) => l.household.id === second.household).household.people).toEqual([]);
    const martin = await personWith(stack.graphqlUrl, admin, "martin@amap1.example", [
      { role: "member", scopeId: second.household },
    ]);
    expect((await sheetAs(martin.accessToken, mine.distributions[0])).map((l: any) => l.household.id)).toEqual([
      second.household,
    ]);
  });
});
