import { resetSqlCounters, sqlCount, statementGrowth } from "../../services/kit/src/sql-counter";
import { buildWorld, World } from "../../tools/src/demo/world";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { systemAuthorization } from "../../tools/src/demo/system-token";

// The example walk of api.md: from networks down to what each household collects.
const WALK = `{ networks { items { name amaps { name
    contractTemplates { name farm { name } subscriptions { household { displayName } totalCents } }
    distributions { date signOffSheet { household { displayName } items { productName quantity } } } } } } }`;

const SMALL = { amaps: 2, farms: 3, templatesPerAmap: 3, householdsPerAmap: 4, weeks: 4, seasonStart: "2026-04-02" };

let stack: Stack;
let gql: Gql;
let world: World;

beforeAll(async () => {
  ({ stack, gql } = await startTestStack("core"));
  world = await buildWorld(gql, SMALL);
}, 120_000);
afterAll(() => stack?.stop());

describe("the core shape through the gateway", () => {
  it("links networks: parent, children, amaps, farms; Amap.network; Farm.products and networks; Product.farm", async () => {
    const r = await gql(
      `query($id: ID!) { network(id: $id) { name parent { id } children { id name parent { id } } amaps { id network { id } } farms { id networks { id } products { name farm { id } } } } }`,
      { id: world.networkId },
    );
    const n = r.network;
    expect(n.parent).toBeNull();
    expect(n.children).toEqual([
      { id: world.subNetworkId, name: "AMAP de Seine-Saint-Denis", parent: { id: world.networkId } },
    ]);
    expect(n.amaps.every((a: any) => a.network.id === world.networkId)).toBe(true);
    expect(n.farms).toHaveLength(SMALL.farms);
    for (const f of n.farms) {
      expect(f.networks).toEqual([{ id: world.networkId }]);
      expect(f.products.length).toBeGreaterThan(0);
      expect(f.products.every((p: any) => p.farm.id === f.id)).toBe(true);
    }
  });

  it("links Amap to places, distributions (with a date range), contract templates and households", async () => {
    const r = await gql(
      `query($id: ID!) { amap(id: $id) { name places { name } all: distributions { id date place { name } amap { id } }
        april: distributions(from: "2026-04-01", to: "2026-04-30") { date }
        contractTemplates { id amap { id } farm { id name } lines { productName unitPriceCents } distributions { id } }
        households(perPage: 100) { total items { id displayName people { firstName } memberships { status } } } } }`,
      { id: world.amapIds[0] },
    );
    const a = r.amap;
    expect(a.places).toEqual([{ name: "Préau de l'école" }]);
    expect(a.all).toHaveLength(SMALL.weeks);
    expect(a.all.every((d: any) => d.amap.id === world.amapIds[0] && d.place.name === "Préau de l'école")).toBe(true);
    expect(a.april.map((d: any) => d.date)).toEqual(
      ["2026-04-02", "2026-04-09", "2026-04-16", "2026-04-23", "2026-04-30"].slice(0, SMALL.weeks),
    );
    expect(a.contractTemplates).toHaveLength(SMALL.templatesPerAmap);
    for (const t of a.contractTemplates) {
      expect(t.amap.id).toBe(world.amapIds[0]);
      expect(t.farm.name).toBeTruthy();
      expect(t.lines.length).toBeGreaterThan(0);
      expect(t.distributions.length).toBeGreaterThan(0);
    }
    expect(a.households.total).toBe(SMALL.householdsPerAmap);
    expect(a.households.items.every((h: any) => h.people.length >= 1 && h.memberships.length === 1)).toBe(true);
  });

  it("links Farm to its contract templates in every AMAP", async () => {
    const r = await gql(`query($id: ID!) { farm(id: $id) { contractTemplates { amap { id } farm { id } } } }`, {
      id: world.farmIds[0],
    });
    const amaps = new Set(r.farm.contractTemplates.map((t: any) => t.amap.id));
    expect(r.farm.contractTemplates.every((t: any) => t.farm.id === world.farmIds[0])).toBe(true);
    expect(amaps.size).toBeGreaterThanOrEqual(1);
  });

  it("links ContractTemplate to subscriptions, and Subscription to household, template, lines and installments that sum to its total", async () => {
    const r = await gql(
      `query($id: ID!) { contractTemplate(id: $id) { id subscriptions { totalCents household { id displayName subscriptions { id } }
        template { id name } lines { quantity unitPriceCents distribution { id date } } installments { amountCents dueOn status } } } }`,
      { id: world.templateIds[0] },
    );
    const subs = r.contractTemplate.subscriptions;
    expect(subs.length).toBe(SMALL.householdsPerAmap);
    for (const s of subs) {
      expect(s.template.id).toBe(world.templateIds[0]);
      expect(s.totalCents).toBe(s.lines.reduce((sum: number, l: any) => sum + l.quantity * l.unitPriceCents, 0));
      expect(s.installments.reduce((sum: number, i: any) => sum + i.amountCents, 0)).toBe(s.totalCents);
      expect(s.lines.every((l: any) => l.distribution && l.distribution.date)).toBe(true);
      expect(s.household.subscriptions.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("gives each distribution a sign-off sheet equal to the sum of the households' grids for that day", async () => {
    const r = await gql(
      `query($id: ID!) { amap(id: $id) { distributions { id signOffSheet { household { id } items { productName quantity } } } } }`,
      { id: world.amapIds[0] },
    );
    const d = r.amap.distributions[0];
    const subs = await gql(
      `query($a: ID!) { subscriptions(filter: { amapId: $a }, perPage: 100) { items { household { id } lines { productName quantity distribution { id } } } } }`,
      { a: world.amapIds[0] },
    );
    const expected = new Map<string, number>();
    for (const s of subs.subscriptions.items)
      for (const l of s.lines)
        if (l.distribution.id === d.id && l.quantity > 0)
          expected.set(
            `${s.household.id}|${l.productName}`,
            (expected.get(`${s.household.id}|${l.productName}`) ?? 0) + l.quantity,
          );
    const got = new Map<string, number>();
    for (const line of d.signOffSheet)
      for (const it of line.items)
        got.set(
          `${line.household.id}|${it.productName}`,
          (got.get(`${line.household.id}|${it.productName}`) ?? 0) + it.quantity,
        );
    expect(got).toEqual(expected);
    expect(d.signOffSheet.length).toBe(new Set([...expected.keys()].map((k) => k.split("|")[0])).size);
  });

  it("answers the example walk of api.md", async () => {
    const r = await gql(WALK);
    const amaps = r.networks.items.flatMap((n: any) => n.amaps);
    expect(amaps).toHaveLength(SMALL.amaps);
    const sheetLines = amaps.flatMap((a: any) => a.distributions.flatMap((d: any) => d.signOffSheet));
    expect(sheetLines.length).toBeGreaterThan(0);
    const subscribed = amaps.flatMap((a: any) =>
      a.contractTemplates.flatMap((t: any) => t.subscriptions.map((s: any) => s.totalCents)),
    );
    expect(subscribed.reduce((x: number, y: number) => x + y, 0)).toBe(world.totalCents);
  });

  it("returns typed errors through the gateway, in French by default and in English on request", async () => {
    const q = `mutation { createAmap(input: { name: "", postalCode: "12" }) { id } }`;
    const auth = await systemAuthorization("test");
    const fr = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify({ query: q }),
    }).then((r) => r.json());
    expect(fr.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(fr.errors[0].extensions.fields.name).toBe("Ce champ est obligatoire.");
    const en = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "en-GB,en;q=0.9", ...auth },
      body: JSON.stringify({ query: q }),
    }).then((r) => r.json());
    expect(en.errors[0].extensions.fields.name).toBe("This field is required.");
    expect(JSON.stringify(en)).not.toMatch(/127\.0\.0\.1|stack|SELECT/i);
  });

  it("reports the gateway's and subgraphs' health", async () => {
    const res = await fetch(`${stack.gatewayUrl}/health`);
    expect(res.status).toBe(200);
    expect((await res.json()).subgraphs.member.up).toBe(true);
  });
});

describe("SQL statements per request do not grow with list sizes", () => {
  async function countWalk(s: Stack, g: Gql): Promise<{ statements: number; lines: number }> {
    await g(WALK); // warm-up: schema caches, prepared statements
    resetSqlCounters();
    const r = await g(WALK);
    const lines = r.networks.items.flatMap((n: any) =>
      n.amaps.flatMap((a: any) => a.distributions.flatMap((d: any) => d.signOffSheet)),
    ).length;
    void s;
    return { statements: sqlCount(), lines };
  }

  it("runs the example walk with the same number of statements for 2 AMAPs × 3 templates × 4 households as for 4 × 5 × 10", async () => {
    const small = await countWalk(stack, gql);
    const big = await startTestStack("big");
    try {
      await buildWorld(big.gql, {
        amaps: 4,
        farms: 5,
        templatesPerAmap: 5,
        householdsPerAmap: 10,
        weeks: 6,
        seasonStart: "2026-04-02",
      });
      const large = await countWalk(big.stack, big.gql);
      expect(large.lines).toBeGreaterThan(small.lines * 2);
      console.log(
        `example walk: ${small.statements} SQL statements for ${small.lines} sign-off lines; ${large.statements} for ${large.lines}`,
      );
      expect(statementGrowth(small.statements, large.statements, 2)).toBeNull();
    } finally {
      await big.stack.stop();
    }
  }, 180_000);
});
