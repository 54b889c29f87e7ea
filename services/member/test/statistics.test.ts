import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { insertMany, resetSqlCounters, sqlCount, uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { Household } from "../src/entities/household.entity";
import { Person } from "../src/entities/person.entity";
import { Subscription, SubscriptionStatus } from "../src/entities/subscription.entity";
import { DeliveryLine } from "../src/entities/delivery-line.entity";
import { COUNTED_STATUSES, SubscriptionStatisticsService } from "../src/services/statistics.service";

/*
 * Aggregates of subscriptions for the network (no personal data), and a farm's recap, checked
 * against figures computed here from the rows this test writes. Rows are written directly: the
 * statistics only read them, whatever rules made them.
 */
let ds: DataSource;
let schema: GraphQLSchema;
const run = (q: string, v?: Record<string, unknown>) => execute(schema, q, memberContext(ds), v);

interface Tpl {
  id: string;
  amapId: string;
  farmId: string;
  season: string;
  lines: Array<{ id: string; productId: string; productName: string; unit: string; priceCents: number }>;
}
const farms = [uuidv7(), uuidv7()];
const amaps = [uuidv7(), uuidv7(), uuidv7()];
const templates: Tpl[] = [];
const subs: Array<{
  id: string;
  amapId: string;
  templateId: string;
  farmId: string;
  householdId: string;
  status: SubscriptionStatus;
  totalCents: number;
}> = [];
const lines: Array<{
  subscriptionId: string;
  amapId: string;
  productId: string;
  productName: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
}> = [];
const people: Array<{ displayName: string; lastName: string; email: string; phone: string }> = [];
const dates = ["2026-04-02", "2026-04-09", "2026-04-16"];

/** Writes `households` households for an AMAP, each subscribing to some of its templates. */
async function world(amapId: string, households: number, seed: number) {
  const mine: Tpl[] = [];
  for (const [i, season] of ["2025", "2026", "2026"].entries()) {
    const farmId = farms[(i + seed) % farms.length];
    const t: Tpl = {
      id: uuidv7(),
      amapId,
      farmId,
      season,
      lines: [
        { id: uuidv7(), productId: uuidv7(), productName: `Panier ${i}`, unit: "panier", priceCents: 1500 + 100 * i },
        { id: uuidv7(), productId: uuidv7(), productName: `Œufs ${i}`, unit: "douzaine", priceCents: 420 },
      ],
    };
    mine.push(t);
    templates.push(t);
  }
  const statuses = [
    SubscriptionStatus.active,
    SubscriptionStatus.signed,
    SubscriptionStatus.draft,
    SubscriptionStatus.terminated,
    SubscriptionStatus.finished,
    SubscriptionStatus.countersigned,
  ];
  const hh: Array<Partial<Household>> = [];
  const pp: Array<Partial<Person>> = [];
  const ss: Array<Partial<Subscription>> = [];
  const dl: Array<Partial<DeliveryLine>> = [];
  for (let h = 0; h < households; h++) {
    const householdId = uuidv7();
    const who = {
      displayName: `Foyer Zébulon-${seed}-${h}`,
      lastName: `Zébulon${seed}x${h}`,
      email: `zebulon.${seed}.${h}@foyer.example`,
      phone: `06 77 ${seed}${h} 00 11`,
    };
    people.push(who);
    hh.push({ id: householdId, amapId, displayName: who.displayName, address: `${h} rue des Secrets` });
    pp.push({
      id: uuidv7(),
      amapId,
      householdId,
      firstName: "Camille",
      lastName: who.lastName,
      email: who.email,
      phone: who.phone,
      isPrimary: true,
    });
    mine.forEach((t, ti) => {
      if ((h + ti + seed) % 3 === 2) return; // not every household takes every contract
      const status = statuses[(h * 3 + ti + seed) % statuses.length];
      const subscriptionId = uuidv7();
      let total = 0;
      dates.forEach((date, di) => {
        const q0 = 1 + ((h + di) % 2);
        const q1 = (h + di + ti) % 3;
        for (const [line, quantity] of [
          [t.lines[0], q0],
          [t.lines[1], q1],
        ] as const) {
          dl.push({
            id: uuidv7(),
            amapId,
            subscriptionId,
            templateLineId: line.id,
            productId: line.productId,
            productName: line.productName,
            unit: line.unit,
            distributionId: `${t.id.slice(0, 30)}${di}`.padEnd(36, "0"),
            date,
            quantity,
            unitPriceCents: line.priceCents,
          });
          lines.push({
            subscriptionId,
            amapId,
            productId: line.productId,
            productName: line.productName,
            unit: line.unit,
            quantity,
            unitPriceCents: line.priceCents,
          });
          total += quantity * line.priceCents;
        }
      });
      const row = {
        id: subscriptionId,
        amapId,
        templateId: t.id,
        farmId: t.farmId,
        householdId,
        status,
        totalCents: total,
      };
      subs.push(row);
      ss.push({
        ...row,
        startsOn: dates[0],
        installmentCount: 1,
        terms: { templateName: "Contrat", kind: "fixed", text: "", payeeName: "EARL", farmId: t.farmId },
        templateName: "Contrat",
      });
    });
  }
  await insertMany(ds.getRepository(Household), hh);
  await insertMany(ds.getRepository(Person), pp);
  await insertMany(ds.getRepository(Subscription), ss);
  await insertMany(ds.getRepository(DeliveryLine), dl);
}

const seasonsOf = (amapIds: string[]) =>
  ["2025", "2026"].map((season) => ({
    season,
    templateIds: templates.filter((t) => t.season === season && amapIds.includes(t.amapId)).map((t) => t.id),
  }));

/** The same figures, computed here from the rows written. */
function expectedAggregates(amapIds: string[]) {
  const out: Array<Record<string, unknown>> = [];
  const counted = subs.filter((s) => COUNTED_STATUSES.includes(s.status) && amapIds.includes(s.amapId));
  const seasonOf = new Map(templates.map((t) => [t.id, t.season]));
  for (const season of ["2025", "2026"]) {
    for (const amapId of [...amapIds].sort()) {
      const mine = counted.filter((s) => s.amapId === amapId && seasonOf.get(s.templateId) === season);
      if (!mine.length) continue;
      const figures = (list: typeof mine) => ({
        householdCount: new Set(list.map((s) => s.householdId)).size,
        subscriptionCount: list.length,
        totalCents: list.reduce((n, s) => n + s.totalCents, 0),
      });
      out.push({ amapId, season, templateId: null, ...figures(mine) });
      for (const templateId of [...new Set(mine.map((s) => s.templateId))])
        out.push({ amapId, season, templateId, ...figures(mine.filter((s) => s.templateId === templateId)) });
    }
  }
  const key = (r: Record<string, unknown>) => `${r.season}|${r.amapId}|${r.templateId ?? ""}`;
  return out.sort((a, b) => key(a).localeCompare(key(b)));
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "stats"));
  schema = (await buildMemberSubgraph()).schema;
  await world(amaps[0], 7, 0);
  await world(amaps[1], 5, 1);
  await world(amaps[2], 9, 2);
});
afterAll(() => ds.destroy());

describe("subscription statistics (internal, for the network)", () => {
  it("counts households once per AMAP and season, subscriptions and Σ totals per template, signed ones only", async () => {
    const got = await new SubscriptionStatisticsService(ds.manager).aggregates(amaps, seasonsOf(amaps));
    const key = (r: Record<string, unknown>) => `${r.season}|${r.amapId}|${r.templateId ?? ""}`;
    expect(got.sort((a, b) => key(a as never).localeCompare(key(b as never)))).toEqual(expectedAggregates(amaps));
    // A household holding two contracts in a season counts once in the AMAP's total.
    const amapTotal = got.find((r) => r.amapId === amaps[2] && r.season === "2026" && r.templateId === null)!;
    const perTemplate = got.filter((r) => r.amapId === amaps[2] && r.season === "2026" && r.templateId !== null);
    expect(amapTotal.householdCount).toBeLessThan(perTemplate.reduce((n, r) => n + r.householdCount, 0));
  });

  it("leaves out AMAPs not asked for, even when a template of theirs is given", async () => {
    const got = await new SubscriptionStatisticsService(ds.manager).aggregates([amaps[0]], seasonsOf(amaps));
    expect(got.every((r) => r.amapId === amaps[0])).toBe(true);
    expect(got.length).toBe(expectedAggregates([amaps[0]]).length);
  });

  it("answers as columns over GraphQL, with no household, person or personal value in the answer", async () => {
    const res = await run(
      `query($a: [ID!]!, $s: [SeasonTemplatesInput!]!) { subscriptionStatistics(amapIds: $a, seasons: $s) { amapIds seasons templateIds householdCounts subscriptionCounts totalCents } }`,
      { a: amaps, s: seasonsOf(amaps) },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.subscriptionStatistics;
    const rows = c.amapIds.map((amapId: string, i: number) => ({
      amapId,
      season: c.seasons[i],
      templateId: c.templateIds[i],
      householdCount: c.householdCounts[i],
      subscriptionCount: c.subscriptionCounts[i],
      totalCents: c.totalCents[i],
    }));
    expect(rows).toEqual(expectedAggregates(amaps));
    const json = JSON.stringify(res.data);
    for (const s of subs) expect(json).not.toContain(s.householdId);
    for (const p of people) for (const v of Object.values(p)) expect(json).not.toContain(v);
  });

  it("takes two statements per season, however many AMAPs", async () => {
    const service = new SubscriptionStatisticsService(ds.manager);
    resetSqlCounters();
    await service.aggregates([amaps[0]], seasonsOf([amaps[0]]));
    const one = sqlCount("member");
    resetSqlCounters();
    await service.aggregates(amaps, seasonsOf(amaps));
    expect(sqlCount("member")).toBe(one);
    expect(one).toBe(4);
  });

  it("is hidden from the public API (@inaccessible) and described as internal", async () => {
    const sdl = (await buildMemberSubgraph()).typeDefs.loc!.source.body;
    expect(sdl).toMatch(/subscriptionStatistics\([^)]*\): SubscriptionStatistics! @inaccessible/s);
    expect(sdl).toContain("Internal: asked by the network subgraph");
  });
});

describe("a farm's single view: its subscriptions and recap across AMAPs", () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Farm { id
    subscriptions { id amap { id } }
    recap { amap { id } product { id } productName unit quantity amountCents subscriptionCount } } } }`;

  it("lists every subscription to the farm's templates in every AMAP, oldest first", async () => {
    const res = await run(ENTITIES, { r: farms.map((id) => ({ __typename: "Farm", id })) });
    expect(res.errors).toBeUndefined();
    res.data!._entities.forEach((f: any, i: number) => {
      const expected = subs
        .filter((s) => s.farmId === farms[i])
        .map((s) => s.id)
        .sort();
      expect(f.subscriptions.map((s: any) => s.id)).toEqual(expected);
    });
  });

  it("sums quantities and amounts per AMAP and product over signed subscriptions' lines", async () => {
    const res = await run(ENTITIES, { r: farms.map((id) => ({ __typename: "Farm", id })) });
    res.data!._entities.forEach((f: any, i: number) => {
      const counted = new Map(
        subs.filter((s) => s.farmId === farms[i] && COUNTED_STATUSES.includes(s.status)).map((s) => [s.id, s]),
      );
      const expected = new Map<string, { quantity: number; amountCents: number; subs: Set<string> }>();
      for (const l of lines.filter((x) => counted.has(x.subscriptionId) && x.quantity > 0)) {
        const k = `${l.amapId}|${l.productId}`;
        const e = expected.get(k) ?? { quantity: 0, amountCents: 0, subs: new Set<string>() };
        e.quantity += l.quantity;
        e.amountCents += l.quantity * l.unitPriceCents;
        e.subs.add(l.subscriptionId);
        expected.set(k, e);
      }
      expect(f.recap).toHaveLength(expected.size);
      for (const r of f.recap) {
        const e = expected.get(`${r.amap.id}|${r.product.id}`)!;
        expect([r.quantity, r.amountCents, r.subscriptionCount]).toEqual([e.quantity, e.amountCents, e.subs.size]);
      }
    });
  });

  it("keeps the recap to the templates given (a season's), with the same number of statements for one farm or two", async () => {
    const service = new SubscriptionStatisticsService(ds.manager);
    const season2026 = templates.filter((t) => t.season === "2026").map((t) => t.id);
    const recap = await service.recapOfFarms(farms, season2026);
    const inSeason = new Set(subs.filter((s) => season2026.includes(s.templateId)).map((s) => s.id));
    for (const rows of recap.values()) expect(rows.length).toBeGreaterThan(0);
    const total = [...recap.values()].flat().reduce((n, r) => n + r.amountCents, 0);
    const expected = subs
      .filter((s) => inSeason.has(s.id) && COUNTED_STATUSES.includes(s.status))
      .reduce((n, s) => n + s.totalCents, 0);
    expect(total).toBe(expected);
    resetSqlCounters();
    await service.recapOfFarms([farms[0]], season2026);
    const one = sqlCount("member");
    resetSqlCounters();
    await service.recapOfFarms(farms, season2026);
    expect(sqlCount("member")).toBe(one);
  });
});
