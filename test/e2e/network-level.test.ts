import { loadSigningKey, signAccessToken } from "../../services/kit/src";
import type { Grant } from "../../services/kit/src/auth/identity";
import { resetSqlCounters, sqlCount } from "../../services/kit/src/sql-counter";
import { buildWorld, World, WorldSize } from "../../tools/src/demo/world";
import type { Stack } from "../../tools/src/stack";
import { apiClient, Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";

/*
 * The network level through the gateway: partnerships derived from contract templates, the
 * network's statistics (checked against figures computed here from the API's own lists, and
 * scanned for personal data), and a farmer's single view across AMAPs.
 */

const SEASON = "2026";
const SMALL: WorldSize = {
  amaps: 3,
  farms: 4,
  templatesPerAmap: 3,
  householdsPerAmap: 5,
  weeks: 4,
  seasonStart: "2026-04-02",
};
const TYPE_ORDER = ["vegetables", "fruit", "eggs", "poultry", "meat", "dairy", "bread", "honey", "fish", "other"];
const COUNTED = ["signed", "countersigned", "active", "finished"];

let stack: Stack;
let admin: Gql; // super admin: builds the world and reads the raw lists
let world: World;

/** A client acting with these grants (a `system:` subject: no account stands behind it). */
async function as(s: Stack, name: string, grants: Grant[]): Promise<Gql> {
  const token = await signAccessToken({ subject: `system:${name}`, kind: "person", grants }, await loadSigningKey());
  return apiClient(s.graphqlUrl, { authorization: `Bearer ${token}` });
}

const networkAdmin = (s: Stack, w: World) =>
  as(s, "network-admin", [{ role: "network_admin", scopeId: w.networkId, networkIds: [w.networkId, w.subNetworkId] }]);

const STATISTICS = `query($id: ID!, $seasons: [String!], $sub: Boolean) { networkStatistics(networkId: $id, seasons: $seasons, includeSubNetworks: $sub) {
  season includesSubNetworks amapCount farmCount householdCount subscriptionCount prefinancedCents network { id }
  byFarm { farm { id name } productionType amapCount templateCount subscriptionCount prefinancedCents }
  byProductionType { productionType farmCount subscriptionCount prefinancedCents } csv } }`;

/** Everything the statistics are made of, read as a super admin through the public API. */
async function rawLists(gql: Gql, networkId: string) {
  const tpl = `contractTemplates { id season farm { id } subscriptions { id status totalCents household { id } lines { quantity unitPriceCents productName unit } } }`;
  const r = await gql(`query($id: ID!) { network(id: $id) { amaps { id ${tpl} } children { amaps { id ${tpl} } } } }`, {
    id: networkId,
  });
  const amaps = [...r.network.amaps, ...r.network.children.flatMap((c: any) => c.amaps)];
  const farmIds = [...new Set(amaps.flatMap((a: any) => a.contractTemplates.map((t: any) => t.farm.id)))];
  const farms = (
    await gql(
      `query($ids: [ID!]) { farms(filter: { ids: $ids }, perPage: 100) { items { id name products { productionType active } } } }`,
      { ids: farmIds },
    )
  ).farms.items;
  return { amaps, farms };
}

/** The expected statistics of one season, computed here from the raw lists. */
function expectedStatistics(raw: Awaited<ReturnType<typeof rawLists>>, amapIds: string[], season: string) {
  const templates = raw.amaps
    .filter((a: any) => amapIds.includes(a.id))
    .flatMap((a: any) =>
      a.contractTemplates.filter((t: any) => t.season === season).map((t: any) => ({ ...t, amapId: a.id })),
    );
  const subs = templates.flatMap((t: any) =>
    t.subscriptions.filter((s: any) => COUNTED.includes(s.status)).map((s: any) => ({ ...s, farmId: t.farm.id })),
  );
  const typeOf = (farmId: string) => {
    const products = raw.farms.find((f: any) => f.id === farmId)!.products.filter((p: any) => p.active);
    const counts = TYPE_ORDER.map((type) => products.filter((p: any) => p.productionType === type).length);
    const best = Math.max(...counts);
    return best ? TYPE_ORDER[counts.indexOf(best)] : "other";
  };
  const farmIds = [...new Set(templates.map((t: any) => t.farm.id))] as string[];
  const byFarm = farmIds.map((farmId) => {
    const mine = subs.filter((s: any) => s.farmId === farmId);
    return {
      farmId,
      productionType: typeOf(farmId),
      amapCount: new Set(templates.filter((t: any) => t.farm.id === farmId).map((t: any) => t.amapId)).size,
      templateCount: templates.filter((t: any) => t.farm.id === farmId).length,
      subscriptionCount: mine.length,
      prefinancedCents: mine.reduce((n: number, s: any) => n + s.totalCents, 0),
    };
  });
  const types = [...new Set(byFarm.map((f) => f.productionType))];
  return {
    amapCount: new Set(templates.map((t: any) => t.amapId)).size,
    farmCount: farmIds.length,
    householdCount: new Set(subs.map((s: any) => s.household.id)).size,
    subscriptionCount: subs.length,
    prefinancedCents: subs.reduce((n: number, s: any) => n + s.totalCents, 0),
    byFarm: byFarm.sort((a, b) => a.farmId.localeCompare(b.farmId)),
    byProductionType: types
      .map((productionType) => {
        const of = byFarm.filter((f) => f.productionType === productionType);
        return {
          productionType,
          farmCount: of.length,
          subscriptionCount: of.reduce((n, f) => n + f.subscriptionCount, 0),
          prefinancedCents: of.reduce((n, f) => n + f.prefinancedCents, 0),
        };
      })
      .sort((a, b) => a.productionType.localeCompare(b.productionType)),
  };
}

/** The API's answer in the same shape, order-free. */
function actualStatistics(s: any) {
  return {
    amapCount: s.amapCount,
    farmCount: s.farmCount,
    householdCount: s.householdCount,
    subscriptionCount: s.subscriptionCount,
    prefinancedCents: s.prefinancedCents,
    byFarm: s.byFarm
      .map((f: any) => ({
        farmId: f.farm.id,
        productionType: f.productionType,
        amapCount: f.amapCount,
        templateCount: f.templateCount,
        subscriptionCount: f.subscriptionCount,
        prefinancedCents: f.prefinancedCents,
      }))
      .sort((a: any, b: any) => a.farmId.localeCompare(b.farmId)),
    byProductionType: [...s.byProductionType].sort((a: any, b: any) =>
      a.productionType.localeCompare(b.productionType),
    ),
  };
}

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("netlevel"));
  world = await buildWorld(admin, SMALL);
  // A terminated subscription is no pre-financing: the statistics must leave it out.
  await admin(`mutation($id: ID!) { terminateSubscription(input: { id: $id, reason: "Déménagement" }) { id } }`, {
    id: world.subscriptionIds[1],
  });
}, 180_000);
afterAll(() => stack?.stop());

describe("partnerships AMAP × farm, derived from the contract templates", () => {
  it("gives Network.partnerships, Amap.partnerFarms and Farm.partnerAmaps the templates' pairs", async () => {
    const raw = await rawLists(admin, world.networkId);
    const pairs = new Map<string, number>();
    for (const a of raw.amaps)
      for (const t of a.contractTemplates)
        pairs.set(`${a.id}|${t.farm.id}|${t.season}`, (pairs.get(`${a.id}|${t.farm.id}|${t.season}`) ?? 0) + 1);

    const gql = await networkAdmin(stack, world);
    const r = await gql(
      `query($id: ID!) { network(id: $id) { partnerships(season: "2026") { amap { id name } farm { id name } season templateCount } } }`,
      { id: world.networkId },
    );
    const got = new Map<string, number>(
      r.network.partnerships.map((p: any) => [`${p.amap.id}|${p.farm.id}|${p.season}`, p.templateCount]),
    );
    expect(got).toEqual(pairs);
    const names = r.network.partnerships.map((p: any) => `${p.amap.name}|${p.farm.name}`);
    expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y, "fr")));

    const sub = await gql(
      `query($id: ID!) { network(id: $id) { partnerships(includeSubNetworks: false) { amap { id network { id } } } } }`,
      { id: world.networkId },
    );
    expect(sub.network.partnerships.length).toBeGreaterThan(0);
    expect(sub.network.partnerships.every((p: any) => p.amap.network.id === world.networkId)).toBe(true);

    const amapId = world.amapIds[0];
    const a = await gql(`query($id: ID!) { amap(id: $id) { partnerFarms(season: "2026") { id name } } }`, {
      id: amapId,
    });
    expect(a.amap.partnerFarms.map((f: any) => f.id).sort()).toEqual(
      [...pairs.keys()]
        .filter((k) => k.startsWith(amapId))
        .map((k) => k.split("|")[1])
        .sort(),
    );
    expect(a.amap.partnerFarms.every((f: any) => f.name)).toBe(true);
    const f = await admin(`query($id: ID!) { farm(id: $id) { partnerAmaps { id name } } }`, { id: world.farmIds[0] });
    expect(f.farm.partnerAmaps.map((x: any) => x.id).sort()).toEqual(
      [
        ...new Set([...pairs.keys()].filter((k) => k.split("|")[1] === world.farmIds[0]).map((k) => k.split("|")[0])),
      ].sort(),
    );
  });
});

describe("network statistics through the gateway", () => {
  it("match the figures computed from the API's own lists, for the network with its sub-network, alone, and the sub-network", async () => {
    const raw = await rawLists(admin, world.networkId);
    const gql = await networkAdmin(stack, world);
    const [all] = (await gql(STATISTICS, { id: world.networkId, seasons: [SEASON] })).networkStatistics;
    expect(all).toMatchObject({ season: SEASON, includesSubNetworks: true, network: { id: world.networkId } });
    expect(actualStatistics(all)).toEqual(expectedStatistics(raw, world.amapIds, SEASON));
    expect(all.householdCount).toBeGreaterThan(0);
    expect(all.byFarm.reduce((n: number, f: any) => n + f.prefinancedCents, 0)).toBe(all.prefinancedCents);

    const own = raw.amaps.filter((a: any) => world.amapIds.indexOf(a.id) % 2 === 1).map((a: any) => a.id);
    const [alone] = (await gql(STATISTICS, { id: world.networkId, seasons: [SEASON], sub: false })).networkStatistics;
    expect(actualStatistics(alone)).toEqual(expectedStatistics(raw, own, SEASON));
    const [dept] = (await gql(STATISTICS, { id: world.subNetworkId })).networkStatistics;
    expect(actualStatistics(dept)).toEqual(
      expectedStatistics(
        raw,
        world.amapIds.filter((id) => !own.includes(id)),
        SEASON,
      ),
    );
  });

  it("leaves out the terminated subscription", async () => {
    const gql = await networkAdmin(stack, world);
    const [s] = (await gql(STATISTICS, { id: world.networkId, seasons: [SEASON] })).networkStatistics;
    expect(s.subscriptionCount).toBe(world.subscriptionIds.length - 1);
    expect(s.prefinancedCents).toBeLessThan(world.totalCents);
  });

  it("carry no household name, e-mail, phone or id, nor any person's (nor does the CSV or the partnerships)", async () => {
    const personal = new Set<string>();
    for (const amapId of world.amapIds) {
      const r = await admin(
        `query($a: ID!) { households(filter: { amapId: $a }, perPage: 100) { items { id displayName address people { id firstName lastName email phone } } } }`,
        { a: amapId },
      );
      for (const h of r.households.items) {
        for (const v of [
          h.id,
          h.displayName,
          h.address,
          ...h.people.flatMap((p: any) => [p.id, p.firstName, p.lastName, p.email, p.phone]),
        ])
          if (v && v.length >= 3) personal.add(v);
      }
    }
    expect(personal.size).toBeGreaterThan(SMALL.amaps * SMALL.householdsPerAmap * 3);
    const gql = await networkAdmin(stack, world);
    const answers = [
      await gql(STATISTICS, { id: world.networkId }),
      await gql(`query($id: ID!) { networkStatisticsCsv(networkId: $id) }`, { id: world.networkId }),
      await gql(
        `query($id: ID!) { network(id: $id) { partnerships { amap { id name city } farm { id name } season templateCount } } }`,
        { id: world.networkId },
      ),
    ];
    const json = JSON.stringify(answers);
    const leaked = [...personal].filter((v) => json.includes(v));
    expect(leaked).toEqual([]);
  });

  it("exports CSV: a French header, one figure per row, the totals of the JSON answer", async () => {
    const gql = await networkAdmin(stack, world);
    const r = await gql(
      `query($id: ID!) { networkStatisticsCsv(networkId: $id, seasons: ["2026"]) networkStatistics(networkId: $id, seasons: ["2026"]) { householdCount prefinancedCents csv } }`,
      { id: world.networkId },
    );
    const lines = r.networkStatisticsCsv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Saison;Indicateur;Détail;Valeur");
    const s = r.networkStatistics[0];
    expect(lines).toContain(`2026;Foyers;;${s.householdCount}`);
    expect(lines).toContain(
      `2026;Montant préfinancé (€);;${Math.floor(s.prefinancedCents / 100)},${String(s.prefinancedCents % 100).padStart(2, "0")}`,
    );
    expect(s.csv).toBe(r.networkStatisticsCsv);
  });

  it("keep the internal aggregate queries out of the public API", async () => {
    for (const q of [
      `{ templateStatistics(amapIds: ["${world.amapIds[0]}"]) { amapIds } }`,
      `{ subscriptionStatistics(amapIds: ["${world.amapIds[0]}"], seasons: []) { amapIds } }`,
    ]) {
      const res = await fetch(stack.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({ query: q }),
      }).then((x) => x.json());
      expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
  });
});

describe("a farmer's single view across AMAPs, in one query", () => {
  it("gives the farm's templates, every subscription to them and the season's recap per AMAP and product", async () => {
    const farmId = world.farmIds[0];
    const raw = await rawLists(admin, world.networkId);
    const templates = raw.amaps.flatMap((a: any) =>
      a.contractTemplates.filter((t: any) => t.farm.id === farmId).map((t: any) => ({ ...t, amapId: a.id })),
    );
    expect(new Set(templates.map((t: any) => t.amapId)).size).toBeGreaterThan(1);
    const amapIds = [...new Set(templates.map((t: any) => t.amapId as string))];
    const gql = await as(stack, "farmer", [
      { role: "farmer", scopeId: farmId, amapIds },
      { role: "farmer", scopeId: farmId, scopeType: "amap", amapIds },
    ]);
    const r = await gql(
      `query($id: ID!) { farm(id: $id) { name
        contractTemplates { id name amap { id name } }
        subscriptions(season: "2026") { id status totalCents template { id } amap { id } }
        recap(season: "2026") { amap { id name } product { id name } productName unit quantity amountCents subscriptionCount } } }`,
      { id: farmId },
    );
    const f = r.farm;
    expect(f.contractTemplates.map((t: any) => t.id).sort()).toEqual(templates.map((t: any) => t.id).sort());
    expect(f.contractTemplates.every((t: any) => t.amap.name)).toBe(true);
    const subs = templates.flatMap((t: any) => t.subscriptions.map((s: any) => ({ ...s, amapId: t.amapId })));
    expect(f.subscriptions.map((s: any) => s.id).sort()).toEqual(subs.map((s: any) => s.id).sort());

    const expected = new Map<string, { quantity: number; amountCents: number }>();
    for (const s of subs.filter((x: any) => COUNTED.includes(x.status))) {
      for (const l of s.lines.filter((x: any) => x.quantity > 0)) {
        const k = `${s.amapId}|${l.productName}|${l.unit}`;
        const e = expected.get(k) ?? { quantity: 0, amountCents: 0 };
        e.quantity += l.quantity;
        e.amountCents += l.quantity * l.unitPriceCents;
        expected.set(k, e);
      }
    }
    const got = new Map<string, { quantity: number; amountCents: number }>(
      f.recap.map((l: any) => [
        `${l.amap.id}|${l.productName}|${l.unit}`,
        { quantity: l.quantity, amountCents: l.amountCents },
      ]),
    );
    expect(got).toEqual(expected);
    expect(f.recap.every((l: any) => l.amap.name && l.product.name === l.productName)).toBe(true);

    // Another season: nothing.
    const none = await gql(
      `query($id: ID!) { farm(id: $id) { subscriptions(season: "1999") { id } recap(season: "1999") { quantity } } }`,
      { id: farmId },
    );
    expect(none.farm).toEqual({ subscriptions: [], recap: [] });
  });
});

describe("SQL statements of the statistics query", () => {
  async function statements(s: Stack, w: World): Promise<{ count: number; subscriptions: number }> {
    const gql = await networkAdmin(s, w);
    await gql(STATISTICS, { id: w.networkId, seasons: [SEASON] }); // warm-up: caches of the access rules
    resetSqlCounters();
    const r = await gql(STATISTICS, { id: w.networkId, seasons: [SEASON] });
    return { count: sqlCount(), subscriptions: r.networkStatistics[0].subscriptionCount };
  }

  it("is the same for 3 AMAPs as for 6 with twice the farms and households", async () => {
    const small = await statements(stack, world);
    const big = await startTestStack("netlevel-big");
    try {
      const bigWorld = await buildWorld(big.gql, { ...SMALL, amaps: 6, farms: 5, householdsPerAmap: 10 });
      const large = await statements(big.stack, bigWorld);
      expect(large.subscriptions).toBeGreaterThan(small.subscriptions * 2);
      console.log(
        `networkStatistics: ${small.count} SQL statements for ${small.subscriptions} subscriptions, ${large.count} for ${large.subscriptions}`,
      );
      expect(large.count).toBe(small.count);
    } finally {
      await big.stack.stop();
    }
  }, 180_000);
});
