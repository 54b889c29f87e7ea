import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import type { Lang } from "@champ-commun/kit";
import { amapFake, grid, makeTerms, registerPeriod, termsSource } from "./fixtures";

let ds: DataSource;
let schema: GraphQLSchema;
const amapId = uuidv7();
const otherAmapId = uuidv7();
const periodId = uuidv7();
const veg = makeTerms(amapId, periodId, { name: "Légumes" });
const bread = makeTerms(amapId, periodId, {
  name: "Pain",
  deliveries: veg.deliveries,
  lines: [
    {
      id: uuidv7(),
      productId: uuidv7(),
      productName: "Pain de campagne",
      unit: "pièce",
      unitPriceCents: 420,
      minQuantity: 0,
      maxQuantity: 4,
      quotaPerDelivery: null,
    },
  ],
});
bread.availability = veg.deliveries.map((d) => ({
  templateLineId: bread.lines[0].id,
  distributionId: d.distributionId,
}));
const source = termsSource(veg, bread);
const run = (q: string, v?: Record<string, unknown>, lang: Lang = "fr") =>
  execute(schema, q, { ...memberContext(ds), lang, templateTerms: source, amap: amapFake }, v);
const ids: Record<string, string> = {};

const otherPeriodId = uuidv7();
registerPeriod(otherAmapId, otherPeriodId);

async function household(name: string, amap = amapId) {
  const res = await run(
    `mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id displayName people { firstName isPrimary } } }`,
    {
      i: {
        amapId: amap,
        displayName: name,
        people: [{ firstName: "Alex", lastName: name, email: `${name.toLowerCase()}@example.org` }],
      },
    },
  );
  expect(res.errors).toBeUndefined();
  const id = res.data!.createHousehold.id as string;
  const m = await run(
    `mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id status household { displayName } } }`,
    { i: { householdId: id, periodId: amap === amapId ? periodId : otherPeriodId, amountCents: 1000 } },
  );
  expect(m.data!.createMembership.household.displayName).toBe(name);
  return id;
}

async function subscribe(
  householdId: string,
  terms: typeof veg,
  quantities: Array<Array<number | undefined>>,
  draft = false,
) {
  const res = await run(
    `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id status totalCents } }`,
    {
      i: {
        templateId: terms.templateId,
        householdId,
        installmentCount: 1,
        means: "cheque",
        draft,
        lines: grid(terms, quantities),
      },
    },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createSubscription.id as string;
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "sub"));
  schema = (await buildMemberSubgraph()).schema;
  ids.bernard = await household("Bernard");
  ids.arnaud = await household("Arnaud");
  ids.zola = await household("Zola");
  ids.duval = await household("Duval");
  ids.elsewhere = await household("Ailleurs", otherAmapId);
  ids.bernardVeg = await subscribe(ids.bernard, veg, [
    [1, 1, 1, 1],
    [2, undefined, 0],
  ]);
  ids.bernardBread = await subscribe(ids.bernard, bread, [[1, 0, 1, 0]]);
  ids.arnaudVeg = await subscribe(ids.arnaud, veg, [[2, 2, 2, 2]]);
  ids.zolaDraft = await subscribe(ids.zola, veg, [[1, 1, 1, 1]], true);
  ids.duvalVeg = await subscribe(ids.duval, veg, [[1, 1, 1, 1]]);
  const end = await run(
    `mutation($id: ID!) { terminateSubscription(input: { id: $id, reason: "Déménagement" }) { status terminationReason } }`,
    { id: ids.duvalVeg },
  );
  expect(end.data!.terminateSubscription).toEqual({ status: "terminated", terminationReason: "Déménagement" });
});
afterAll(() => ds.destroy());

describe("member subgraph", () => {
  it("walks from a household to its people, memberships, subscriptions, grid and installments", async () => {
    const res = await run(
      `query($id: ID!) { household(id: $id) { displayName amap { id } people { firstName isPrimary } memberships { status periodId }
        subscriptions { templateName status totalCents template { id } terms { payeeName kind }
          lines { productName date quantity unitPriceCents lineTotalCents distribution { id } }
          installments { rank amountCents dueOn means status payee } } } }`,
      { id: ids.bernard },
    );
    expect(res.errors).toBeUndefined();
    const h = res.data!.household;
    expect(h.amap).toEqual({ id: amapId });
    expect(h.people).toEqual([{ firstName: "Alex", isPrimary: true }]);
    expect(h.memberships).toEqual([{ status: "pending", periodId }]);
    expect(
      h.subscriptions.map((s: { templateName: string; totalCents: number }) => [s.templateName, s.totalCents]),
    ).toEqual([
      ["Légumes", 6700],
      ["Pain", 840],
    ]);
    const [vegSub] = h.subscriptions;
    expect(vegSub.template).toEqual({ id: veg.templateId });
    expect(vegSub.lines[0]).toEqual({
      productName: "Œufs",
      date: "2026-04-07",
      quantity: 2,
      unitPriceCents: 350,
      lineTotalCents: 700,
      distribution: { id: veg.deliveries[0].distributionId },
    });
    expect(vegSub.lines).toHaveLength(5);
    expect(vegSub.installments).toEqual([
      {
        rank: 1,
        amountCents: 6700,
        dueOn: "2026-04-10",
        means: "cheque",
        status: "to_provide",
        payee: "GAEC du Bout du Monde",
      },
    ]);
  });

  it("lists subscriptions, memberships and installments with filters and totals", async () => {
    const res = await run(
      `query($t: ID!, $a: ID!) { subscriptions(filter: { templateId: $t, status: signed }) { total items { household { displayName } } }
        memberships(filter: { amapId: $a }) { total } installments(filter: { amapId: $a, status: cancelled }) { total items { subscription { status } } } }`,
      { t: veg.templateId, a: amapId },
    );
    expect(res.data!.subscriptions.total).toBe(2);
    expect(res.data!.memberships.total).toBe(4);
    expect(res.data!.installments).toEqual({ total: 1, items: [{ subscription: { status: "terminated" } }] });
  });

  it("resolves Household references and extends Amap with its households", async () => {
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Household { displayName }
        ... on Amap { households(perPage: 2, sort: [{ field: "displayName", order: ASC }]) { total items { displayName } } } } }`,
      {
        r: [
          { __typename: "Household", id: ids.zola },
          { __typename: "Amap", id: amapId },
          { __typename: "Amap", id: otherAmapId },
          { __typename: "Household", id: uuidv7() },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { displayName: "Zola" },
      { households: { total: 4, items: [{ displayName: "Arnaud" }, { displayName: "Bernard" }] } },
      { households: { total: 1, items: [{ displayName: "Ailleurs" }] } },
      null,
    ]);
    const filtered = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { households(filter: { q: "zola@" }, page: 1) { total items { displayName } } } } }`,
      {
        r: [{ __typename: "Amap", id: amapId }],
      },
    );
    expect(filtered.data!._entities).toEqual([{ households: { total: 1, items: [{ displayName: "Zola" }] } }]);
  });

  it("extends ContractTemplate with its subscriptions", async () => {
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ContractTemplate { id subscriptions { household { displayName } status totalCents } } } }`,
      {
        r: [
          { __typename: "ContractTemplate", id: veg.templateId },
          { __typename: "ContractTemplate", id: bread.templateId },
        ],
      },
    );
    expect(
      res.data!._entities[0].subscriptions.map(
        (s: { household: { displayName: string }; status: string }) => `${s.household.displayName}:${s.status}`,
      ),
    ).toEqual(["Bernard:signed", "Arnaud:signed", "Zola:draft", "Duval:terminated"]);
    expect(res.data!._entities[1]).toEqual({
      id: bread.templateId,
      subscriptions: [{ household: { displayName: "Bernard" }, status: "signed", totalCents: 840 }],
    });
  });

  it("extends Distribution with its sign-off sheet: households by name, everything they collect, no drafts, no terminated, no zeros", async () => {
    const [d1, , d3, d4] = veg.deliveries.map((d) => d.distributionId);
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheet { household { displayName } items { templateName productName unit quantity } } } } }`,
      {
        r: [d1, d3, d4].map((id) => ({ __typename: "Distribution", id })),
      },
    );
    expect(res.errors).toBeUndefined();
    const [first, third, fourth] = res.data!._entities;
    expect(first.signOffSheet).toEqual([
      {
        household: { displayName: "Arnaud" },
        items: [{ templateName: "Légumes", productName: "Panier de légumes", unit: "panier", quantity: 2 }],
      },
      {
        household: { displayName: "Bernard" },
        items: [
          { templateName: "Légumes", productName: "Œufs", unit: "douzaine", quantity: 2 },
          { templateName: "Légumes", productName: "Panier de légumes", unit: "panier", quantity: 1 },
          { templateName: "Pain", productName: "Pain de campagne", unit: "pièce", quantity: 1 },
        ],
      },
    ]);
    expect(third.signOffSheet[1].items.map((i: { productName: string }) => i.productName)).toEqual([
      "Panier de légumes",
      "Pain de campagne",
    ]);
    expect(fourth.signOffSheet.map((l: { household: { displayName: string } }) => l.household.displayName)).toEqual([
      "Arnaud",
      "Bernard",
    ]);
  });

  it("returns typed errors with fields, in French by default and in English on request", async () => {
    const input = {
      templateId: veg.templateId,
      householdId: ids.zola,
      installmentCount: 2,
      means: "cash",
      lines: grid(veg, [[5]]),
    };
    const fr = await run(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
      i: input,
    });
    expect(fr.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(fr.errors![0].extensions.fields as object).sort()).toEqual([
      "installmentCount",
      "lines.0.quantity",
      "means",
    ]);
    expect((fr.errors![0].extensions.fields as Record<string, string>)["lines.0.quantity"]).toMatch(
      /^Au plus 2 panier/,
    );
    const en = await run(
      `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`,
      { i: input },
      "en",
    );
    expect((en.errors![0].extensions.fields as Record<string, string>)["lines.0.quantity"]).toMatch(
      /^At most 2 panier/,
    );
    const missing = await run(
      `mutation { createSubscription(input: { templateId: "${uuidv7()}", householdId: "${ids.zola}", installmentCount: 1, means: cheque, lines: [] }) { id } }`,
    );
    expect(missing.errors![0].extensions.code).toBe("NOT_FOUND");
    const held = await run(`mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`, {
      i: { ...input, householdId: ids.arnaud, installmentCount: 1, means: "cheque", lines: grid(veg, [[1, 1, 1, 1]]) },
    });
    expect([held.errors![0].extensions.code, Object.keys(held.errors![0].extensions.fields as object)]).toEqual([
      "CONFLICT",
      ["householdId"],
    ]);
  });

  it("signs a draft, and keeps the other household mutations reachable", async () => {
    const signed = await run(`mutation($id: ID!) { signSubscription(input: { id: $id }) { status signedAt } }`, {
      id: ids.zolaDraft,
    });
    expect(signed.data!.signSubscription.status).toBe("signed");
    const person = await run(
      `mutation($h: ID!) { addPerson(input: { householdId: $h, firstName: "Noa", lastName: "Zola" }) { id isPrimary } }`,
      { h: ids.zola },
    );
    const pid = person.data!.addPerson.id;
    await run(`mutation($id: ID!) { updatePerson(input: { id: $id, isPrimary: true }) { id } }`, { id: pid });
    const removed = await run(`mutation($id: ID!) { removePerson(input: { id: $id }) }`, { id: pid });
    expect(removed.data!.removePerson).toBe(true);
    const h = await run(
      `mutation($id: ID!) { updateHousehold(input: { id: $id, status: intermittent }) { status people { firstName isPrimary } } }`,
      { id: ids.zola },
    );
    expect(h.data!.updateHousehold).toEqual({
      status: "intermittent",
      people: [{ firstName: "Alex", isPrimary: true }],
    });
  });
});
