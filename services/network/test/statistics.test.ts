import { uuidv7 } from "@champ-commun/kit";
import { resetSqlCounters, sqlCount } from "../../kit/src/sql-counter";
import { DomainError } from "../../kit/src/errors";
import { ProductionType } from "../src/entities/product.entity";
import { mainProductionType, NetworkStatisticsService } from "../src/services/statistics.service";
import { statisticsCsv, STATISTICS_CSV_HEADER } from "../src/services/statistics-export";
import { PartnershipService } from "../src/services/partnership.service";
import type {
  SeasonTemplates,
  StatisticsSources,
  SubscriptionAggregate,
  TemplateAggregate,
} from "../src/services/statistics.sources";
import { buildNetworkSubgraph } from "../src/schema";
import { fixtures, ok, useNetworkSubgraph } from "./helpers";

/*
 * The network's side of the statistics: its subtree of AMAPs, the join of the other subgraphs'
 * aggregates with its farms and their production types, the CSV. The other subgraphs are played
 * by a fake that answers from a plain list of templates and subscriptions (the end-to-end test
 * runs the real ones).
 */
const h = useNetworkSubgraph("stats");
const CONSENT = `mutation($i: SetNetworkConsentInput!) { setNetworkConsent(input: $i) { id } }`;

interface FakeTemplate {
  id: string;
  amapId: string;
  farmId: string;
  season: string;
}
interface FakeSubscription {
  amapId: string;
  templateId: string;
  householdId: string;
  totalCents: number;
}

/** The amap and member subgraphs' answers, computed from plain lists; records what was asked. */
function fakeSources(templates: FakeTemplate[], subscriptions: FakeSubscription[]) {
  const asked: { templates: string[][]; subscriptions: Array<{ amapIds: string[]; seasons: SeasonTemplates[] }> } = {
    templates: [],
    subscriptions: [],
  };
  const sources: StatisticsSources = {
    async templates(amapIds, seasons) {
      asked.templates.push(amapIds);
      const out = new Map<string, TemplateAggregate>();
      for (const t of templates.filter((x) => amapIds.includes(x.amapId) && (!seasons || seasons.includes(x.season)))) {
        const k = `${t.amapId}|${t.farmId}|${t.season}`;
        const a = out.get(k) ?? {
          amapId: t.amapId,
          farmId: t.farmId,
          season: t.season,
          templateCount: 0,
          templateIds: [],
        };
        a.templateCount++;
        a.templateIds.push(t.id);
        out.set(k, a);
      }
      return [...out.values()];
    },
    async subscriptions(amapIds, seasons) {
      asked.subscriptions.push({ amapIds, seasons });
      const out: SubscriptionAggregate[] = [];
      for (const { season, templateIds } of seasons) {
        for (const amapId of amapIds) {
          const mine = subscriptions.filter((s) => s.amapId === amapId && templateIds.includes(s.templateId));
          if (!mine.length) continue;
          const fig = (l: FakeSubscription[]) => ({
            householdCount: new Set(l.map((s) => s.householdId)).size,
            subscriptionCount: l.length,
            totalCents: l.reduce((n, s) => n + s.totalCents, 0),
          });
          out.push({ amapId, season, templateId: null, ...fig(mine) });
          for (const templateId of new Set(mine.map((s) => s.templateId)))
            out.push({ amapId, season, templateId, ...fig(mine.filter((s) => s.templateId === templateId)) });
        }
      }
      return out;
    },
  };
  return { sources, asked };
}

let region: string;
let dept: string;
let amaps: string[];
let outside: string;
let farms: Record<"veg" | "eggs" | "bread", string>;
const templates: FakeTemplate[] = [];
const subscriptions: FakeSubscription[] = [];

async function product(farmId: string, name: string, productionType: ProductionType) {
  ok(
    await h.run(`mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, {
      i: { farmId, name, unit: "pièce", productionType },
    }),
  );
}

beforeAll(async () => {
  const f = fixtures(h.run);
  region = await f.network("Réseau régional");
  dept = await f.network("Réseau départemental", region);
  const other = await f.network("Autre réseau");
  amaps = [
    await f.amap({ name: "AMAP A", networkId: region }),
    await f.amap({ name: "AMAP B", networkId: dept }),
    await f.amap({ name: "AMAP C", networkId: dept }),
  ];
  outside = await f.amap({ name: "AMAP hors réseau", networkId: other });
  // Every AMAP agrees to show its figures and partnerships (the consent test below withdraws one).
  for (const a of [...amaps, outside])
    ok(await h.run(CONSENT, { i: { amapId: a, directory: true, partnerships: true, statistics: true } }));
  farms = {
    veg: await f.farm({ name: "Ferme des légumes", networkIds: [region] }),
    eggs: await f.farm({ name: "Ferme des œufs", networkIds: [region] }),
    bread: await f.farm({ name: '=Fournil; "le" bon', networkIds: [region] }),
  };
  await product(farms.veg, "Panier", ProductionType.vegetables);
  // Eggs and poultry, one product each: the tie goes to eggs (first in the enum's order).
  await product(farms.eggs, "Œufs", ProductionType.eggs);
  await product(farms.eggs, "Poulet", ProductionType.poultry);
  await product(farms.bread, "Pain", ProductionType.bread);

  let n = 0;
  const tpl = (amapId: string, farmId: string, season: string) => {
    const t = { id: uuidv7(), amapId, farmId, season };
    templates.push(t);
    return t;
  };
  const subscribe = (t: FakeTemplate, households: string[], cents: number) =>
    households.forEach((householdId) =>
      subscriptions.push({ amapId: t.amapId, templateId: t.id, householdId, totalCents: cents + n++ }),
    );
  const hh = (amap: number, count: number) => Array.from({ length: count }, (_, i) => `${amap}-${i}`);
  // 2026: AMAP A with vegetables and eggs, AMAP B with vegetables (two templates) and bread, AMAP C with none.
  subscribe(tpl(amaps[0], farms.veg, "2026"), hh(0, 4), 60000);
  subscribe(tpl(amaps[0], farms.eggs, "2026"), hh(0, 2), 9000);
  subscribe(tpl(amaps[1], farms.veg, "2026"), hh(1, 3), 50000);
  subscribe(tpl(amaps[1], farms.veg, "2026"), hh(1, 1), 20000);
  subscribe(tpl(amaps[1], farms.bread, "2026"), hh(1, 5).slice(2), 15000);
  tpl(amaps[1], farms.eggs, "2026"); // no subscription yet
  // 2025: AMAP A only.
  subscribe(tpl(amaps[0], farms.veg, "2025"), hh(0, 3), 55000);
  // Outside the network: never counted.
  subscribe(tpl(outside, farms.veg, "2026"), ["x-1", "x-2"], 99999);
});

const sum = (l: FakeSubscription[]) => l.reduce((n, s) => n + s.totalCents, 0);
const of = (amapIds: string[], season: string, farmId?: string) =>
  subscriptions.filter((s) => {
    const t = templates.find((x) => x.id === s.templateId)!;
    return amapIds.includes(s.amapId) && t.season === season && (!farmId || t.farmId === farmId);
  });

describe("network statistics", () => {
  it("counts the network's and its sub-networks' AMAPs, farms, households, subscriptions and amounts, season by season", async () => {
    const { sources } = fakeSources(templates, subscriptions);
    const [s2025, s2026] = await new NetworkStatisticsService(h.ds.manager, sources).forNetwork(region);
    expect(s2025.season).toBe("2025");
    expect(s2026).toMatchObject({
      season: "2026",
      includesSubNetworks: true,
      amapCount: 2,
      farmCount: 3,
      householdCount: 4 + 5,
    });
    const in2026 = of(amaps, "2026");
    expect(s2026.subscriptionCount).toBe(in2026.length);
    expect(s2026.prefinancedCents).toBe(sum(in2026));
    expect(
      s2026.byFarm.map((f) => [
        f.farm.name,
        f.productionType,
        f.amapCount,
        f.templateCount,
        f.subscriptionCount,
        f.prefinancedCents,
      ]),
    ).toEqual([
      ["Ferme des légumes", "vegetables", 2, 3, 8, sum(of(amaps, "2026", farms.veg))],
      ['=Fournil; "le" bon', "bread", 1, 1, 3, sum(of(amaps, "2026", farms.bread))],
      ["Ferme des œufs", "eggs", 2, 2, 2, sum(of(amaps, "2026", farms.eggs))],
    ]);
    expect(s2026.byProductionType.map((t) => [t.productionType, t.farmCount, t.prefinancedCents])).toEqual(
      s2026.byFarm.map((f) => [f.productionType, 1, f.prefinancedCents]),
    );
    expect(s2026.byFarm.reduce((n, f) => n + f.prefinancedCents, 0)).toBe(s2026.prefinancedCents);
    expect(s2025).toMatchObject({
      amapCount: 1,
      farmCount: 1,
      householdCount: 3,
      subscriptionCount: 3,
      prefinancedCents: sum(of(amaps, "2025")),
    });
  });

  it("narrows to the network's own AMAPs, to the seasons asked, and to a sub-network", async () => {
    const { sources, asked } = fakeSources(templates, subscriptions);
    const service = new NetworkStatisticsService(h.ds.manager, sources);
    const [own] = await service.forNetwork(region, ["2026"], false);
    expect(own).toMatchObject({
      includesSubNetworks: false,
      amapCount: 1,
      householdCount: 4,
      prefinancedCents: sum(of([amaps[0]], "2026")),
    });
    expect(asked.templates.at(-1)).toEqual([amaps[0]]);
    const [sub] = await service.forNetwork(dept, ["2026"]);
    expect(sub).toMatchObject({
      amapCount: 1,
      farmCount: 3,
      householdCount: 5,
      prefinancedCents: sum(of([amaps[1]], "2026")),
    });
    // A season without any template still answers, with zeros.
    const [empty] = await service.forNetwork(region, ["2019"]);
    expect(empty).toMatchObject({
      season: "2019",
      amapCount: 0,
      farmCount: 0,
      householdCount: 0,
      subscriptionCount: 0,
      prefinancedCents: 0,
      byFarm: [],
      byProductionType: [],
    });
    // The member subgraph is asked only about AMAPs with templates, and each season's templates.
    const last = asked.subscriptions.at(-2)!;
    expect(last.amapIds).toEqual([amaps[1]]);
    expect(last.seasons.map((s) => s.season)).toEqual(["2026"]);
  });

  it("refuses an unknown network and malformed arguments", async () => {
    const { sources } = fakeSources(templates, subscriptions);
    const service = new NetworkStatisticsService(h.ds.manager, sources);
    await expect(service.forNetwork(uuidv7())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(service.forNetwork("nope")).rejects.toBeInstanceOf(DomainError);
    await expect(service.forNetwork(region, ["x".repeat(30)])).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reads the network's own data in the same number of statements for 1 AMAP or 3, and asks each subgraph once", async () => {
    const { sources, asked } = fakeSources(templates, subscriptions);
    const service = new NetworkStatisticsService(h.ds.manager, sources);
    resetSqlCounters();
    await service.forNetwork(dept, ["2026"], false);
    const few = sqlCount("network");
    resetSqlCounters();
    const before = [asked.templates.length, asked.subscriptions.length];
    await service.forNetwork(region, ["2025", "2026"]);
    expect(sqlCount("network")).toBe(few);
    expect([asked.templates.length - before[0], asked.subscriptions.length - before[1]]).toEqual([1, 1]);
    // The network tree, its AMAPs, their consents, the farms and their product types.
    expect(few).toBeLessThanOrEqual(5);
  });

  it("leaves out an AMAP that keeps its figures, and counts per farm only AMAPs that show their partnerships", async () => {
    const { sources, asked } = fakeSources(templates, subscriptions);
    const [, all] = await new NetworkStatisticsService(h.ds.manager, sources).forNetwork(region);
    // AMAP B keeps its figures; AMAP A shows its figures but not its farms.
    ok(await h.run(CONSENT, { i: { amapId: amaps[1], directory: true, partnerships: true, statistics: false } }));
    ok(await h.run(CONSENT, { i: { amapId: amaps[0], directory: true, partnerships: false, statistics: true } }));
    const [, mine] = await new NetworkStatisticsService(h.ds.manager, sources).forNetwork(region);
    expect(asked.subscriptions.at(-1)!.amapIds).not.toContain(amaps[1]);
    expect(asked.templates.at(-1)).not.toContain(amaps[1]);
    expect(mine.withheldAmapCount).toBe(1);
    const without = (id: string) =>
      subscriptions.filter(
        (x) =>
          x.amapId !== id &&
          amaps.includes(x.amapId) &&
          templates.find((t) => t.id === x.templateId)!.season === "2026",
      );
    expect(mine.prefinancedCents).toBe(sum(without(amaps[1])));
    expect(mine.prefinancedCents).toBeLessThan(all.prefinancedCents);
    // Per farm: only AMAP C is named now.
    const perFarm = sum(mine.byFarm.map((f) => ({ totalCents: f.prefinancedCents }) as FakeSubscription));
    expect(perFarm).toBe(
      sum(
        subscriptions.filter(
          (x) => x.amapId === amaps[2] && templates.find((t) => t.id === x.templateId)!.season === "2026",
        ),
      ),
    );
    expect(mine.byFarm.every((f) => f.amapCount === 1)).toBe(true);
    // The choice is recorded with who and when; the latest counts.
    const r = ok(
      await h.run(
        `query($id: ID!) { amap(id: $id) { networkConsent { directory partnerships statistics decidedAt } } }`,
        { id: amaps[1] },
      ),
    );
    expect(r.amap.networkConsent).toMatchObject({ directory: true, partnerships: true, statistics: false });
    expect(r.amap.networkConsent.decidedAt).toEqual(expect.any(String));
    for (const a of amaps)
      ok(await h.run(CONSENT, { i: { amapId: a, directory: true, partnerships: true, statistics: true } }));
  });

  it("exports CSV in long form, French labels, euros with a decimal comma, no formula", async () => {
    const { sources } = fakeSources(templates, subscriptions);
    const seasons = await new NetworkStatisticsService(h.ds.manager, sources).forNetwork(region);
    const csv = statisticsCsv(seasons);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(STATISTICS_CSV_HEADER.join(";"));
    expect(lines).toContain("2026;Foyers;;9");
    expect(lines).toContain(
      `2026;Montant préfinancé (€);;${(seasons[1].prefinancedCents / 100).toFixed(2).replace(".", ",")}`,
    );
    expect(lines).toContain(
      `2026;Montant préfinancé par type de production (€);légumes;${(seasons[1].byFarm[0].prefinancedCents / 100).toFixed(2).replace(".", ",")}`,
    );
    // A name starting with "=" never becomes a formula; `;` and quotes are quoted.
    expect(csv).toContain(`2026;Souscriptions par ferme;"'=Fournil; ""le"" bon";3`);
    expect(lines.filter((l) => l.startsWith("2025;"))).toHaveLength(5 + 2 + 1);
  });
});

describe("the production type of a farm", () => {
  const t = (productionType: ProductionType, count: number, active = true) => ({ productionType, count, active });
  it("is the type of most of its active products, ties to the enum's order, `other` without products", () => {
    expect(mainProductionType([t(ProductionType.fruit, 2), t(ProductionType.vegetables, 1)])).toBe("fruit");
    expect(mainProductionType([t(ProductionType.poultry, 1), t(ProductionType.eggs, 1)])).toBe("eggs");
    expect(mainProductionType([t(ProductionType.honey, 5, false), t(ProductionType.bread, 1)])).toBe("bread");
    expect(mainProductionType([t(ProductionType.honey, 2, false)])).toBe("honey");
    expect(mainProductionType([])).toBe("other");
  });
});

describe("partnerships", () => {
  it("lists AMAP × farm × season of each network's subtree, from the templates", async () => {
    const { sources, asked } = fakeSources(templates, subscriptions);
    const service = new PartnershipService(h.ds.manager, sources);
    const all = await service.forNetworks([region, dept], null, true);
    const pairs = (l: Array<{ amapId: string; farmId: string; season: string; templateCount: number }>) =>
      l
        .map(
          (p) =>
            `${p.season} ${amaps.indexOf(p.amapId)} ${p.farmId === farms.veg ? "veg" : p.farmId === farms.eggs ? "eggs" : "bread"} ${p.templateCount}`,
        )
        .sort();
    expect(pairs(all.get(region)!)).toEqual([
      "2025 0 veg 1",
      "2026 0 eggs 1",
      "2026 0 veg 1",
      "2026 1 bread 1",
      "2026 1 eggs 1",
      "2026 1 veg 2",
    ]);
    expect(pairs(all.get(dept)!)).toEqual(["2026 1 bread 1", "2026 1 eggs 1", "2026 1 veg 2"]);
    expect(asked.templates).toHaveLength(1); // both networks in one request
    const own = await service.forNetworks([region], "2025", false);
    expect(pairs(own.get(region)!)).toEqual(["2025 0 veg 1"]);
  });
});

describe("the public schema", () => {
  it("offers networkStatistics, networkStatisticsCsv and Network.partnerships, with totals as SafeInt", async () => {
    const sdl = (await buildNetworkSubgraph()).typeDefs.loc!.source.body;
    expect(sdl).toMatch(/networkStatistics\(\s*"""[^"]*"""\s*networkId: ID!/s);
    expect(sdl).toContain("prefinancedCents: SafeInt!");
    expect(sdl).toMatch(/partnerships\(/);
  });
});
