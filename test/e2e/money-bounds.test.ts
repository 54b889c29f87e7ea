import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { codeOf, post } from "./auth.helper";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import { buildTenant } from "./authz/world";

/*
 * Money bounds (issue 11, finding 6): every amount and every total is checked before anything is
 * written (at most 99 999 999 cents, 999 999,99 €, and always within a 32-bit Int), and a money
 * mutation refused leaves nothing behind: before, a price of 2³¹−1 cents wrote a subscription and
 * its installments, answered an error, and from then on the AMAP's subscription list was `null`.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let auth: Record<string, string>;
let mine: T;
const MAX = 99_999_999;
const INT32 = 2 ** 31 - 1;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("money"));
  auth = await systemAuthorization("test");
  mine = await buildTenant(admin, 1);
}, 180_000);
afterAll(() => stack?.stop());

const template = (price: number, name: string) =>
  post(
    stack.graphqlUrl,
    `mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id lines { id } } }`,
    {
      i: {
        amapId: mine.amap,
        farmId: mine.farm,
        name,
        season: String(new Date().getFullYear()),
        kind: "fixed",
        text: "Contrat.",
        payeeName: "EARL",
        membershipPeriodId: mine.period,
        allowedInstallmentCounts: [1, 3],
        acceptedMeans: ["cheque"],
        lines: [{ productId: mine.product, unitPriceCents: price, maxQuantity: 10 }],
        distributionIds: mine.distributions.slice(0, 3),
      },
    },
    auth,
  );

const subscriptions = () =>
  post(
    stack.graphqlUrl,
    `query($a: ID!) { subscriptions(filter: { amapId: $a }, perPage: 100) { total items { id totalCents installments { amountCents } lines { lineTotalCents } } } }`,
    { a: mine.amap },
    auth,
  );

describe("amounts and totals are bounded before any write", () => {
  it("refuses a price above 999 999,99 € (and 2³¹−1), naming the field", async () => {
    for (const price of [INT32, MAX + 1]) {
      const a = await template(price, `Trop cher ${price}`);
      expect(codeOf(a)).toBe("BAD_USER_INPUT");
      expect(Object.keys(a.errors![0].extensions!.fields!)).toEqual(["lines.0.unitPriceCents"]);
    }
    expect(codeOf(await template(MAX, "Le plus cher permis"))).toBe("OK");
  });

  it("refuses a subscription whose total would pass the bound, and writes nothing of it", async () => {
    const t = (await template(MAX, "Maximum")).data.createContractTemplate;
    await post(
      stack.graphqlUrl,
      `mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`,
      { id: t.id },
      auth,
    );
    const before = await subscriptions();
    const installments = async () =>
      (
        await post(
          stack.graphqlUrl,
          `query($h: ID!) { installments(filter: { householdId: $h }) { total } }`,
          { h: mine.otherHousehold },
          auth,
        )
      ).data.installments.total;
    const installmentsBefore = await installments();
    const a = await post(
      stack.graphqlUrl,
      `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id totalCents } }`,
      {
        i: {
          templateId: t.id,
          householdId: mine.otherHousehold,
          installmentCount: 3,
          means: "cheque",
          lines: mine.distributions
            .slice(0, 3)
            .map((distributionId) => ({ templateLineId: t.lines[0].id, distributionId, quantity: 10 })),
        },
      },
      auth,
    );
    expect(codeOf(a)).toBe("BAD_USER_INPUT");
    expect(a.errors![0].message).toMatch(/999 999,99/);
    const after = await subscriptions();
    expect(codeOf(after)).toBe("OK");
    expect(after.data.subscriptions.total).toBe(before.data.subscriptions.total);
    expect(await installments()).toBe(installmentsBefore);
  });

  it("keeps the AMAP's subscription list whole: every amount fits, the list is never null", async () => {
    const a = await subscriptions();
    expect(codeOf(a)).toBe("OK");
    for (const s of a.data.subscriptions.items) {
      expect(s.totalCents).toBeLessThanOrEqual(MAX);
      for (const i of s.installments) expect(i.amountCents).toBeLessThanOrEqual(MAX);
    }
  });

  it("bounds the other amounts people type: memberships, fees, corrections, network memberships and remittances", async () => {
    const big = MAX + 1;
    const calls: Array<[string, Record<string, unknown>]> = [
      [
        `mutation($i: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $i) { id } }`,
        { i: { amapId: mine.amap, name: "Chère", startsOn: "2031-01-01", endsOn: "2031-12-31", feeCents: big } },
      ],
      [
        `mutation($i: UpdateMembershipInput!) { updateMembership(input: $i) { id } }`,
        { i: { id: mine.membership, amountCents: big } },
      ],
      [
        `mutation($i: CorrectInstallmentInput!) { correctInstallment(input: $i) { id } }`,
        { i: { id: mine.installment, amountCents: big, reason: "erreur", expectedVersion: 99 } },
      ],
      [
        `mutation($i: CreateNetworkMembershipInput!) { createNetworkMembership(input: $i) { id } }`,
        { i: { networkId: mine.network, year: 2031, amapId: mine.amap, amountCents: big } },
      ],
      [
        `mutation($i: RecordNetworkShareRemittanceInput!) { recordNetworkShareRemittance(input: $i) { id } }`,
        { i: { networkId: mine.network, amapId: mine.amap, year: 2031, amountCents: big, remittedOn: "2031-01-02" } },
      ],
    ];
    for (const [q, v] of calls) {
      const a = await post(stack.graphqlUrl, q, v, auth);
      expect({ q: q.slice(9, 60), code: codeOf(a) }).toEqual({ q: q.slice(9, 60), code: "BAD_USER_INPUT" });
    }
  });
});

describe("a money mutation refused leaves nothing written", () => {
  it("marks no cheque received when one of those given cannot be", async () => {
    const sub = await post(
      stack.graphqlUrl,
      `query($id: ID!) { subscription(id: $id) { installments { id status } } }`,
      { id: mine.subscription },
      auth,
    );
    const [handed, waiting] = sub.data.subscription.installments;
    expect([handed.status, waiting.status]).toEqual(["handed_over", "to_provide"]);
    const a = await post(
      stack.graphqlUrl,
      `mutation($ids: [ID!]!) { markInstallmentsReceived(input: { ids: $ids }) { id status } }`,
      { ids: [waiting.id, handed.id] },
      auth,
    );
    expect(codeOf(a)).toBe("CONFLICT");
    const after = await post(
      stack.graphqlUrl,
      `query($id: ID!) { subscription(id: $id) { installments { id status } } }`,
      { id: mine.subscription },
      auth,
    );
    expect(after.data.subscription.installments.map((i: { status: string }) => i.status)).toEqual([
      "handed_over",
      "to_provide",
    ]);
  });

  it("changes no grid when the new total would pass the bound", async () => {
    const t = (await template(Math.floor(MAX / 4), "Quart")).data.createContractTemplate;
    await post(
      stack.graphqlUrl,
      `mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`,
      { id: t.id },
      auth,
    );
    const line = (q: number) =>
      mine.distributions
        .slice(0, 3)
        .map((distributionId) => ({ templateLineId: t.lines[0].id, distributionId, quantity: q }));
    const created = await post(
      stack.graphqlUrl,
      `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id totalCents } }`,
      {
        i: { templateId: t.id, householdId: mine.otherHousehold, installmentCount: 1, means: "cheque", lines: line(1) },
      },
      auth,
    );
    expect(codeOf(created)).toBe("OK");
    const s = created.data.createSubscription;
    const a = await post(
      stack.graphqlUrl,
      `mutation($id: ID!, $l: [SubscriptionLineInput!]!) { updateSubscriptionGrid(input: { id: $id, lines: $l }) { totalCents } }`,
      { id: s.id, l: line(5) },
      auth,
    );
    expect(codeOf(a)).toBe("BAD_USER_INPUT");
    const after = await post(
      stack.graphqlUrl,
      `query($id: ID!) { subscription(id: $id) { totalCents installments { amountCents } lines { quantity } } }`,
      { id: s.id },
      auth,
    );
    expect(after.data.subscription).toMatchObject({
      totalCents: s.totalCents,
      lines: [{ quantity: 1 }, { quantity: 1 }, { quantity: 1 }],
    });
  });
});
