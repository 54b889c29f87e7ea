import { resetSqlCounters, sqlCount } from "../../kit/src/sql-counter";
import { uuidv7 } from "../../kit/src/ids";
import { ContractTemplate, ContractTemplateStatus } from "../src/entities/contract-template.entity";
import { buildAmapSubgraph } from "../src/schema";
import { firstError, Harness, openHarness } from "./harness";

/*
 * Partnerships AMAP × farm and the template aggregates the network's statistics start from:
 * both derived from the contract templates, never typed twice.
 */
let h: Harness;
const amaps = [uuidv7(), uuidv7(), uuidv7()];
const farms = [uuidv7(), uuidv7(), uuidv7()];
const templates: Array<{ id: string; amapId: string; farmId: string; season: string }> = [];

async function template(
  amapId: string,
  farmId: string,
  season: string,
  status = ContractTemplateStatus.open,
): Promise<string> {
  const repo = h.ds.getRepository(ContractTemplate);
  const t = repo.create({
    id: uuidv7(),
    amapId,
    farmId,
    name: `Contrat ${season}`,
    season,
    status,
    text: "Contrat d'engagement solidaire.",
    payeeName: "EARL",
    allowedInstallmentCounts: [1],
    acceptedMeans: [],
    cashingDates: [],
  });
  await repo.insert(t);
  templates.push({ id: t.id, amapId, farmId, season });
  return t.id;
}

beforeAll(async () => {
  h = await openHarness("stats", false);
  // AMAP 0: farms 0 and 1 in 2026 (two templates with farm 0), farm 2 in 2025 only.
  await template(amaps[0], farms[0], "2026");
  await template(amaps[0], farms[0], "2026", ContractTemplateStatus.draft);
  await template(amaps[0], farms[1], "2026");
  await template(amaps[0], farms[2], "2025", ContractTemplateStatus.archived);
  // AMAP 1: farm 0 in both seasons.
  await template(amaps[1], farms[0], "2025");
  await template(amaps[1], farms[0], "2026");
  // AMAP 2 has no template.
});
afterAll(() => h.close());

const STATS = `query($a: [ID!], $f: [ID!], $s: [String!]) { templateStatistics(amapIds: $a, farmIds: $f, seasons: $s) { amapIds farmIds seasons templateCounts templateIds } }`;

/** The columns back to rows, for readable expectations. */
function rows(res: { data?: Record<string, any> | null }) {
  const c = res.data!.templateStatistics;
  return c.amapIds.map((amapId: string, i: number) => ({
    amapId,
    farmId: c.farmIds[i],
    season: c.seasons[i],
    templateCount: c.templateCounts[i],
    templateIds: c.templateIds[i],
  }));
}

function expected(filter: (t: (typeof templates)[number]) => boolean) {
  const groups = new Map<
    string,
    { amapId: string; farmId: string; season: string; templateCount: number; templateIds: string[] }
  >();
  for (const t of templates.filter(filter)) {
    const k = `${t.season}|${t.amapId}|${t.farmId}`;
    const g = groups.get(k) ?? {
      amapId: t.amapId,
      farmId: t.farmId,
      season: t.season,
      templateCount: 0,
      templateIds: [],
    };
    g.templateCount++;
    g.templateIds.push(t.id);
    groups.set(k, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, g]) => ({ ...g, templateIds: g.templateIds.sort() }));
}

describe("template statistics (internal, for the network's statistics)", () => {
  it("counts templates per AMAP × farm × season, with their ids, for the AMAPs asked", async () => {
    const res = await h.run(STATS, { a: amaps });
    expect(res.errors).toBeUndefined();
    expect(rows(res)).toEqual(expected(() => true));
  });

  it("keeps only the seasons asked, and the farms asked", async () => {
    expect(rows(await h.run(STATS, { a: amaps, s: ["2026"] }))).toEqual(expected((t) => t.season === "2026"));
    expect(rows(await h.run(STATS, { f: [farms[0]], s: ["2025"] }))).toEqual(
      expected((t) => t.farmId === farms[0] && t.season === "2025"),
    );
    expect(rows(await h.run(STATS, { a: [amaps[2]] }))).toEqual([]);
    expect(rows(await h.run(STATS, { a: [] }))).toEqual([]);
  });

  it("refuses to answer for the whole database, or for malformed ids", async () => {
    expect(firstError(await h.run(STATS, {})).code).toBe("BAD_USER_INPUT");
    expect(firstError(await h.run(STATS, { a: ["not-an-id"] })).fields).toHaveProperty("amapIds");
  });

  it("is hidden from the public API (@inaccessible) and described as internal", async () => {
    const sdl = (await buildAmapSubgraph()).typeDefs.loc!.source.body;
    expect(sdl).toMatch(/templateStatistics\([^)]*\): TemplateStatistics! @inaccessible/s);
    expect(sdl).toContain("Internal: asked by the other subgraphs");
  });
});

describe("partnerships derived from the templates (federation fields)", () => {
  const ENTITIES = `query($r: [_Any!]!, $s: String) { _entities(representations: $r) {
    ... on Amap { id partnerFarms(season: $s) { id } }
    ... on Farm { id partnerAmaps(season: $s) { id } } } }`;

  it("gives each AMAP its farms and each farm its AMAPs, in any season or in one", async () => {
    const r = [...amaps.map((id) => ({ __typename: "Amap", id })), ...farms.map((id) => ({ __typename: "Farm", id }))];
    const all = await h.run(ENTITIES, { r });
    expect(all.errors).toBeUndefined();
    const [a0, a1, a2, f0, f1, f2] = all.data!._entities;
    expect(a0.partnerFarms.map((f: any) => f.id)).toEqual([...farms].sort());
    expect(a1.partnerFarms).toEqual([{ id: farms[0] }]);
    expect(a2.partnerFarms).toEqual([]);
    expect(f0.partnerAmaps.map((a: any) => a.id)).toEqual([amaps[0], amaps[1]].sort());
    expect(f1.partnerAmaps).toEqual([{ id: amaps[0] }]);
    expect(f2.partnerAmaps).toEqual([{ id: amaps[0] }]);

    const in2025 = (await h.run(ENTITIES, { r, s: "2025" })).data!._entities;
    expect(in2025[0].partnerFarms).toEqual([{ id: farms[2] }]);
    expect(in2025[3].partnerAmaps).toEqual([{ id: amaps[1] }]);
    expect(in2025[4].partnerAmaps).toEqual([]);
  });

  it("answers any number of AMAPs and farms with one statement each", async () => {
    const r = [...amaps.map((id) => ({ __typename: "Amap", id })), ...farms.map((id) => ({ __typename: "Farm", id }))];
    resetSqlCounters();
    await h.run(ENTITIES, { r: r.slice(0, 1).concat(r.slice(3, 4)) });
    const one = sqlCount("amap");
    resetSqlCounters();
    await h.run(ENTITIES, { r });
    expect(sqlCount("amap")).toBe(one);
    expect(one).toBe(2);
  });
});
