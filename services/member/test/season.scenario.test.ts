import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { fakeAmap, grid, makeTerms, registerDistributions, registerPeriod, termsSource } from "./fixtures";

/*
 * One season of one AMAP through the member subgraph's GraphQL API: memberships, subscriptions,
 * a cancelled delivery credited, payments received, handed over or paid directly. At the end every
 * balance is zero: the households owe nothing, the AMAP holds nothing for the farm.
 */
let ds: DataSource;
let schema: GraphQLSchema;
const amapId = uuidv7();
const amap = fakeAmap();
const period = registerPeriod(amapId, uuidv7(), { feeMode: "fixed", feeCents: 1500, networkShareCents: 400 }, amap);
const terms = makeTerms(amapId, period.id, { name: "Légumes", allowedInstallmentCounts: [1, 2, 3] });
const source = termsSource(terms);
const run = async (q: string, v: Record<string, unknown> = {}) => {
  const res = await execute(
    schema,
    q,
    { ...memberContext(ds), templateTerms: source, amap, now: () => new Date("2026-03-20T09:00:00Z") },
    v,
  );
  if (res.errors) throw new Error(res.errors.map((e) => `${e.message} ${JSON.stringify(e.extensions)}`).join("; "));
  return res.data!;
};
const chequeOf = (id: string, n: number) => ({
  installmentId: id,
  chequeNumber: `00${n}`,
  bank: "Crédit Agricole",
  issuer: "Titulaire du compte",
});
const BALANCES = `query($h: [_Any!]!, $a: ID!, $f: ID!) {
  _entities(representations: $h) { ... on Household { displayName balanceCents subscriptions { balance { dueCents receivedCents handedOverCents outstandingCents creditCents } } } }
  farmBalance(amapId: $a, farmId: $f) { dueCents receivedCents handedOverCents heldCents outstandingCents subscriptionCount } }`;

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "scenario"));
  schema = (await buildMemberSubgraph()).schema;
  registerDistributions(terms, "18:00", amap);
});
afterAll(() => ds.destroy());

it("ends the season with every balance at zero", async () => {
  const households: string[] = [];
  const membershipInstallments: Array<{ id: string; means: string }> = [];
  for (const [name, means] of [
    ["Leroy", "cheque"],
    ["Nguyen", "transfer"],
  ] as const) {
    const h = await run(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
      i: { amapId, displayName: name, people: [{ lastName: name }] },
    });
    households.push(h.createHousehold.id);
    const m = await run(
      `mutation($i: CreateMembershipInput!) { createMembership(input: $i) { status installments { id means } } }`,
      { i: { householdId: h.createHousehold.id, periodId: period.id, amountCents: 1500, means } },
    );
    membershipInstallments.push(...m.createMembership.installments);
  }
  await run(
    `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d }) { status } }`,
    {
      ids: membershipInstallments.map((i) => i.id),
      d: [chequeOf(membershipInstallments[0].id, 1)],
    },
  );
  const shares = await run(
    `query($a: ID!, $p: ID!) { networkShareDue(amapId: $a, periodId: $p) { paidMemberships networkShareDueCents } }`,
    { a: amapId, p: period.id },
  );
  expect(shares.networkShareDue).toEqual({ paidMemberships: 2, networkShareDueCents: 800 });

  // Leroy: 4 baskets + 3 dozen eggs = 70.50 € in 3 cheques; Nguyen: 4 baskets = 60 € by 2 transfers.
  const subs: string[] = [];
  for (const [h, means, count, quantities] of [
    [
      households[0],
      "cheque",
      3,
      [
        [1, 1, 1, 1],
        [2, undefined, 1],
      ],
    ],
    [households[1], "transfer", 2, [[1, 1, 1, 1]]],
  ] as const) {
    const s = await run(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id totalCents } }`, {
      i: {
        templateId: terms.templateId,
        householdId: h,
        installmentCount: count,
        means,
        lines: grid(terms, quantities as never),
      },
    });
    subs.push(s.createSubscription.id);
  }
  const installmentsOf = async (id: string) =>
    (await run(`query($id: ID!) { subscription(id: $id) { installments { id status amountCents version } } }`, { id }))
      .subscription.installments as Array<{ id: string; status: string; amountCents: number; version: number }>;
  const leroy = await installmentsOf(subs[0]);
  expect(leroy.map((i) => i.amountCents)).toEqual([2350, 2350, 2350]);
  // The first cheque arrives with the contract; the farmer receives it at the first distribution.
  await run(
    `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d }) { id } }`,
    { ids: [leroy[0].id], d: [chequeOf(leroy[0].id, 2)] },
  );
  await run(
    `mutation($a: ID!, $f: ID!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: "2026-04-07" }) { totalCents } }`,
    { a: amapId, f: terms.farmId },
  );

  // Frost: the 21 April delivery is cancelled; its value comes off the last installments still to provide.
  amap.changes.push({
    id: uuidv7(),
    amapId,
    distributionId: terms.deliveries[2].distributionId,
    kind: "cancelled",
    originalDate: "2026-04-21",
    originalPlaceId: null,
    newDate: null,
    newPlaceId: null,
    reason: "Gel",
  });
  const amended = await run(
    `mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id household { displayName } amountCents } }`,
    { a: amapId },
  );
  expect(amended.syncDistributionChanges.map((a: { amountCents: number }) => a.amountCents).sort()).toEqual([
    1500, 1850,
  ]);
  for (const a of amended.syncDistributionChanges)
    await run(`mutation($id: ID!) { acceptAmendment(input: { id: $id }) { status } }`, { id: a.id });
  const leroyAfter = await installmentsOf(subs[0]);
  expect(leroyAfter.map((i) => i.amountCents)).toEqual([2350, 2350, 500]);

  const midSeason = await run(BALANCES, {
    h: households.map((id) => ({ __typename: "Household", id })),
    a: amapId,
    f: terms.farmId,
  });
  expect(midSeason.farmBalance).toEqual({
    dueCents: 5200 + 4500,
    receivedCents: 2350,
    handedOverCents: 2350,
    heldCents: 0,
    outstandingCents: 5200 + 4500 - 2350,
    subscriptionCount: 2,
  });

  // The remaining cheques and transfers, then the last handover.
  const rest = [...leroyAfter.slice(1), ...(await installmentsOf(subs[1]))];
  await run(
    `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d }) { status } }`,
    {
      ids: rest.map((i) => i.id),
      d: leroyAfter.slice(1).map((i, k) => ({ ...chequeOf(i.id, 3 + k), expectedVersion: i.version })),
    },
  );
  const last = await run(
    `mutation($a: ID!, $f: ID!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: "2026-05-05" }) { totalCents installmentIds } }`,
    { a: amapId, f: terms.farmId },
  );
  expect(last.handOverInstallments).toEqual({ totalCents: 2850, installmentIds: leroyAfter.slice(1).map((i) => i.id) });

  const end = await run(BALANCES, {
    h: households.map((id) => ({ __typename: "Household", id })),
    a: amapId,
    f: terms.farmId,
  });
  expect(end.farmBalance).toEqual({
    dueCents: 9700,
    receivedCents: 9700,
    handedOverCents: 9700,
    heldCents: 0,
    outstandingCents: 0,
    subscriptionCount: 2,
  });
  expect(end._entities.map((h: { balanceCents: number }) => h.balanceCents)).toEqual([0, 0]);
  expect(end._entities[0].subscriptions[0].balance).toEqual({
    dueCents: 5200,
    receivedCents: 5200,
    handedOverCents: 5200,
    outstandingCents: 0,
    creditCents: 1850,
  });
  expect(end._entities[1].subscriptions[0].balance).toEqual({
    dueCents: 4500,
    receivedCents: 4500,
    handedOverCents: 4500,
    outstandingCents: 0,
    creditCents: 1500,
  });
  const handovers = await run(
    `query($a: ID!, $f: ID!) { handovers(amapId: $a, farmId: $f) { total items { handedOverOn totalCents installments { status } } } }`,
    { a: amapId, f: terms.farmId },
  );
  expect(handovers.handovers.total).toBe(2);
  expect(
    handovers.handovers.items.map((h: { handedOverOn: string; totalCents: number }) => [h.handedOverOn, h.totalCents]),
  ).toEqual([
    ["2026-05-05", 2850],
    ["2026-04-07", 2350],
  ]);
  // Latest first, one per page: the second page holds the older handover and the total stays 2.
  const second = await run(
    `query($a: ID!, $f: ID!) { handovers(amapId: $a, farmId: $f, page: 2, perPage: 1) { total items { handedOverOn } } }`,
    { a: amapId, f: terms.farmId },
  );
  expect(second.handovers).toEqual({ total: 2, items: [{ handedOverOn: "2026-04-07" }] });
});
