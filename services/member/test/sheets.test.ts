import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { PaymentMeans } from "../src/entities/installment.entity";
import {
  fakeAmap,
  grid,
  makeTerms,
  memberHousehold,
  registerDistributions,
  registerPeriod,
  termsSource,
} from "./fixtures";

/*
 * The sign-off sheet and the farmer recap, computed from the grid and its alternations,
 * co-subscribers, absences, postponements, basket handovers and amendments, through GraphQL.
 */
let ds: DataSource;
let schema: GraphQLSchema;
const amapId = uuidv7();
const periodId = uuidv7();
const amap = fakeAmap();
registerPeriod(amapId, periodId, {}, amap);
const veg = makeTerms(amapId, periodId, { name: "Légumes", maxAbsences: 3 });
const source = termsSource(veg);
const d = veg.deliveries.map((x) => x.distributionId);
const NOW = new Date("2026-04-01T10:00:00Z");
const ctx = () => ({ ...memberContext(ds), templateTerms: source, amap, now: () => NOW });
const run = async (q: string, v: Record<string, unknown> = {}) => {
  const res = await execute(schema, q, ctx(), v);
  if (res.errors) throw new Error(res.errors.map((e) => e.message).join("; "));
  return res.data!;
};
const ids: Record<string, string> = {};
const SHEET = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheet { name household { id }
  items { templateName productName quantity status originalDate postponedToDate givenTo takenFrom alternatingWith coSubscribers } } } } }`;
const sheetOf = async (distributionId: string) =>
  (await run(SHEET, { r: [{ __typename: "Distribution", id: distributionId }] }))._entities[0].signOffSheet as Array<{
    name: string;
    items: Array<Record<string, unknown>>;
  }>;
const line = (sheet: Awaited<ReturnType<typeof sheetOf>>, name: string) => sheet.find((l) => l.name === name)?.items;

async function subscribe(
  name: string,
  quantities: Array<Array<number | undefined>>,
  extra: Record<string, unknown> = {},
) {
  const h = ids[name] ?? (ids[name] = (await memberHousehold(ds, amapId, periodId, name)).id);
  const m = `mutation($i: CreateSubscriptionInput!) { createSubscription(input: $i) { id } }`;
  const res = await run(m, {
    i: {
      templateId: veg.templateId,
      householdId: h,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(veg, quantities),
      ...extra,
    },
  });
  return (ids[`${name}:sub`] = res.createSubscription.id as string);
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "sheets"));
  schema = (await buildMemberSubgraph()).schema;
  registerDistributions(veg, "18:00", amap);
  for (const n of ["Beta", "Delta", "Eta"]) ids[n] = (await memberHousehold(ds, amapId, periodId, n)).id;
  await subscribe("Alpha", [[1, 1, 1, 1]], { partnerHouseholdId: ids.Beta });
  await subscribe(
    "Gamma",
    [
      [2, 2, 2, 2],
      [1, undefined, 1],
    ],
    { coSubscriberHouseholdIds: [ids.Delta] },
  );
  await subscribe("Epsilon", [[1, 1, 1, 1]]);
  await subscribe("Zeta", [[1, 1, 1, 1], [2]]);
  await subscribe("Theta", [[1, 1, 1, 1]]);
  await subscribe("Iota", [
    [1, 1, 1, 1],
    [1, undefined, 1],
  ]);
  await run(`mutation($s: ID!, $d: ID!) { declareAbsence(input: { subscriptionId: $s, distributionId: $d }) { id } }`, {
    s: ids["Epsilon:sub"],
    d: d[0],
  });
  const offer = async (name: string) =>
    (
      await run(
        `mutation($s: ID!, $d: ID!) { offerBasket(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
        { s: ids[`${name}:sub`], d: d[0] },
      )
    ).offerBasket.id;
  await run(`mutation($o: ID!, $h: ID) { takeBasket(input: { offerId: $o, householdId: $h }) { status } }`, {
    o: await offer("Zeta"),
    h: ids.Eta,
  });
  await run(`mutation($o: ID!) { takeBasket(input: { offerId: $o, takerName: "Sacha (intermittente)" }) { status } }`, {
    o: await offer("Theta"),
  });
  const p = await run(
    `mutation($s: ID!, $f: ID!, $t: ID!) { postponeDelivery(input: { subscriptionId: $s, fromDistributionId: $f, toDistributionId: $t }) { id status } }`,
    { s: ids["Iota:sub"], f: d[0], t: d[2] },
  );
  await run(`mutation($id: ID!) { approvePostponement(input: { id: $id }) { status } }`, { id: p.postponeDelivery.id });
  amap.changes.push({
    id: uuidv7(),
    amapId,
    distributionId: d[1],
    kind: "moved",
    originalDate: "2026-04-14",
    originalPlaceId: null,
    newDate: "2026-04-15",
    newPlaceId: null,
    reason: "Salle prise",
  });
  amap.changes.push({
    id: uuidv7(),
    amapId,
    distributionId: d[3],
    kind: "cancelled",
    originalDate: "2026-04-28",
    originalPlaceId: null,
    newDate: null,
    newPlaceId: null,
    reason: "Gel",
  });
  const synced = await run(`mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id kind } }`, {
    a: amapId,
  });
  expect(synced.syncDistributionChanges).toHaveLength(12);
});
afterAll(() => ds.destroy());

describe("the sign-off sheet", () => {
  it("lists everyone of the first distribution, with alternation, co-subscribers, absences, handovers and postponements applied", async () => {
    const sheet = await sheetOf(d[0]);
    expect(sheet.map((l) => l.name)).toEqual([
      "Alpha",
      "Epsilon",
      "Eta",
      "Gamma",
      "Iota",
      "Sacha (intermittente)",
      "Theta",
      "Zeta",
    ]);
    expect(sheet.find((l) => l.name === "Sacha (intermittente)")!).toMatchObject({ household: null });
    const basket = {
      templateName: "Légumes",
      productName: "Panier de légumes",
      quantity: 1,
      originalDate: null,
      postponedToDate: null,
      givenTo: null,
      takenFrom: null,
      alternatingWith: null,
      coSubscribers: [],
    };
    expect(line(sheet, "Alpha")).toEqual([{ ...basket, status: "to_collect", alternatingWith: "Beta" }]);
    expect(line(sheet, "Epsilon")).toEqual([{ ...basket, status: "absent" }]);
    expect(line(sheet, "Gamma")!.map((i) => [i.productName, i.quantity, i.status, i.coSubscribers])).toEqual([
      ["Œufs", 1, "to_collect", ["Delta"]],
      ["Panier de légumes", 2, "to_collect", ["Delta"]],
    ]);
    expect(line(sheet, "Iota")!.map((i) => [i.productName, i.status, i.postponedToDate])).toEqual([
      ["Œufs", "postponed", "2026-04-21"],
      ["Panier de légumes", "postponed", "2026-04-21"],
    ]);
    expect(line(sheet, "Zeta")!.map((i) => [i.productName, i.status, i.givenTo])).toEqual([
      ["Œufs", "given_away", "Eta"],
      ["Panier de légumes", "given_away", "Eta"],
    ]);
    expect(line(sheet, "Eta")!.map((i) => [i.productName, i.quantity, i.status, i.takenFrom])).toEqual([
      ["Œufs", 2, "taken_over", "Zeta"],
      ["Panier de légumes", 1, "taken_over", "Zeta"],
    ]);
    expect(line(sheet, "Theta")![0]).toMatchObject({ status: "given_away", givenTo: "Sacha (intermittente)" });
    expect(line(sheet, "Sacha (intermittente)")![0]).toMatchObject({
      status: "taken_over",
      takenFrom: "Theta",
      quantity: 1,
    });
  });

  it("gives the alternate dates to the partner, carries postponed and moved deliveries, and drops cancelled ones", async () => {
    const second = await sheetOf(d[1]);
    expect(line(second, "Beta")).toEqual([
      expect.objectContaining({ status: "to_collect", alternatingWith: "Alpha", originalDate: "2026-04-14" }),
    ]);
    expect(line(second, "Alpha")).toBeUndefined();
    const third = await sheetOf(d[2]);
    expect(line(third, "Alpha")![0]).toMatchObject({ alternatingWith: "Beta" });
    expect(line(third, "Iota")!.map((i) => [i.productName, i.quantity, i.originalDate])).toEqual([
      ["Œufs", 1, null],
      ["Œufs", 1, "2026-04-07"],
      ["Panier de légumes", 1, null],
      ["Panier de légumes", 1, "2026-04-07"],
    ]);
    expect(await sheetOf(d[3])).toEqual([]);
  });

  it("exports the sheet as CSV (semicolons, one UTF-8 BOM) and as printable A4 HTML in the layout AMAPs print", async () => {
    amap.distributions.set(d[0], {
      ...amap.distributions.get(d[0])!,
      endTime: "19:30",
      place: { name: "Préau de l'école", address: "12 rue des Écoles", city: "Les Lilas" },
    });
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheetCsv signOffSheetHtml } } }`,
      { r: [{ __typename: "Distribution", id: d[0] }] },
    );
    const { signOffSheetCsv: csv, signOffSheetHtml: html } = res._entities[0];
    expect(csv.startsWith("\uFEFFFoyer;Contrat;Produit;Quantité;Unité;Statut;Remarque;Émargement\r\n")).toBe(true);
    expect(csv.split("\uFEFF")).toHaveLength(2);
    expect(csv).toContain("Alpha;Légumes;Panier de légumes;1;panier;À retirer;en alternance avec Beta;\r\n");
    expect(csv).toContain("Eta;Légumes;Œufs;2;douzaine;Repris;panier de Zeta;\r\n");
    expect(csv).toContain("Iota;Légumes;Panier de légumes;1;panier;Reporté;reporté au mar. 21 avr.;\r\n");
    expect(csv).toContain("Gamma;Légumes;Œufs;1;douzaine;À retirer;avec Delta;\r\n");
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("@page { size: A4 portrait;");
    expect(html).toContain("<title>Feuille d&#39;émargement — mardi 7 avril 2026</title>");
    // The date, time and place in the table's header, which the browser repeats on every printed page.
    expect(html).toMatch(
      /<thead><tr><th class="banner" colspan="4"><strong>Feuille d&#39;émargement<\/strong> · mardi 7 avril 2026, 18:00 – 19:30 · Préau de l&#39;école, 12 rue des Écoles, Les Lilas<\/th><\/tr>/,
    );
    // One row per household, one column per product (Œufs, Panier de légumes), the quantity collected.
    const rows = [
      ...html.matchAll(
        /<tr><td class="who"><strong>([^<]+)<\/strong>(?:<span class="note">([^<]*)<\/span>)?<\/td><td class="qty">(\d*)<\/td><td class="qty">(\d*)<\/td>/g,
      ),
    ].map((m) => [m[1], m[3], m[4], m[2] ?? ""]);
    expect(rows).toEqual([
      ["Alpha", "", "1", "en alternance avec Beta"],
      ["Epsilon", "", "", "Panier de légumes : absent"],
      ["Eta", "2", "1", "panier de Zeta"],
      ["Gamma", "1", "2", "avec Delta"],
      ["Iota", "", "", "Œufs : reporté au mar. 21 avr. ; Panier de légumes : reporté au mar. 21 avr."],
      ["Sacha (intermittente)", "", "1", "panier de Theta"],
      ["Theta", "", "", "Panier de légumes : cédé à Sacha (intermittente)"],
      ["Zeta", "", "", "Œufs : cédé à Eta ; Panier de légumes : cédé à Eta"],
    ]);
    expect(html).toContain(
      '<tr class="total"><td>Total</td><td class="qty">3</td><td class="qty">5</td><td></td></tr>',
    );
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const moved = await execute(
      schema,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheetHtml } } }`,
      { ...ctx(), lang: "en" },
      { r: [{ __typename: "Distribution", id: d[1] }] },
    );
    expect(moved.data!._entities[0].signOffSheetHtml).toContain(
      "<title>Sign-off sheet — Wednesday, 15 April 2026</title>",
    );
    expect(moved.data!._entities[0].signOffSheetHtml).toContain("delivery of Tue 14 Apr");
  });
});

describe("the farmer recap", () => {
  it("counts what the farmer prepares for a distribution, per product, AMAP and household", async () => {
    const res = await run(
      `query($f: ID!, $d: ID) { farmerRecap(farmId: $f, distributionId: $d) { products { productName quantity amountCents } amaps { amapId households { name household { id } products { productName quantity } } } } }`,
      { f: veg.farmId, d: d[0] },
    );
    const recap = res.farmerRecap;
    // Baskets: Alpha 1, Gamma 2, Eta 1 (Zeta's), Sacha 1 (Theta's); Epsilon absent, Iota postponed. Eggs: Gamma 1, Eta 2.
    expect(recap.products).toEqual([
      { productName: "Œufs", quantity: 3, amountCents: 1050 },
      { productName: "Panier de légumes", quantity: 5, amountCents: 7500 },
    ]);
    expect(
      recap.amaps[0].households.map((h: { name: string; products: Array<{ quantity: number }> }) => [
        h.name,
        h.products.map((p) => p.quantity),
      ]),
    ).toEqual([
      ["Alpha", [1]],
      ["Eta", [2, 1]],
      ["Gamma", [1, 2]],
      ["Sacha (intermittente)", [1]],
    ]);
    expect(recap.amaps[0].households[3].household).toBeNull();
  });

  it("sums a season across its dates, and exports it as CSV and HTML", async () => {
    const res = await run(
      `query($f: ID!) { farmerRecap(farmId: $f, from: "2026-04-01", to: "2026-04-30") { products { productName quantity } dates { date products { productName quantity } } } }`,
      { f: veg.farmId },
    );
    // 04-07: 5 baskets, 3 eggs; 04-15 (moved): 7 baskets; 04-21: 7 baskets + 1 postponed, 2 eggs + 1 postponed; 04-28 cancelled.
    expect(
      res.farmerRecap.dates.map((x: { date: string; products: Array<{ quantity: number }> }) => [
        x.date,
        x.products.map((p) => p.quantity),
      ]),
    ).toEqual([
      ["2026-04-07", [3, 5]],
      ["2026-04-15", [7]],
      ["2026-04-21", [3, 8]],
    ]);
    expect(res.farmerRecap.products).toEqual([
      { productName: "Œufs", quantity: 6 },
      { productName: "Panier de légumes", quantity: 20 },
    ]);
    const files = await run(
      `query($f: ID!) { farmerRecapCsv(farmId: $f, from: "2026-04-01", to: "2026-04-30") farmerRecapHtml(farmId: $f, from: "2026-04-01", to: "2026-04-30") }`,
      { f: veg.farmId },
    );
    expect(files.farmerRecapCsv.startsWith("\uFEFFAMAP;Foyer;Produit;Quantité;Unité;Montant (€)\r\n")).toBe(true);
    expect(files.farmerRecapCsv).toContain("TOTAL;TOTAL;Panier de légumes;20;panier;300,00\r\n");
    expect(files.farmerRecapHtml).toContain("du 2026-04-01 au 2026-04-30");
    const bad = await execute(schema, `query($f: ID!) { farmerRecap(farmId: $f) { farmId } }`, ctx(), {
      f: veg.farmId,
    });
    expect(bad.errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { distributionId: expect.any(String) },
    });
  });
});
