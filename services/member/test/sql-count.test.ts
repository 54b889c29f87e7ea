import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { resetSqlCounters, sqlCount, uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { SubscriptionService } from "../src/services/subscription.service";
import { PaymentMeans } from "../src/entities/installment.entity";
import type { TemplateTerms } from "../src/services/template-terms";
import { amapFake, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

/*
 * Federation asks for many templates and distributions in one `_entities` request: the number
 * of SQL statements must not grow with them (DataLoader batching), nor with households.
 */
let ds: DataSource;
let schema: GraphQLSchema;
const source = termsSource();

interface World {
  amapId: string;
  templates: TemplateTerms[];
}

/** One AMAP with `templateCount` templates sharing 4 distributions, and `householdCount` households subscribed to each. */
async function world(templateCount: number, householdCount: number): Promise<World> {
  const amapId = uuidv7();
  const periodId = uuidv7();
  const first = makeTerms(amapId, periodId);
  const templates = Array.from({ length: templateCount }, (_, i) => {
    const lines = first.lines.map((l) => ({ ...l, id: uuidv7(), quotaPerDelivery: null }));
    const t = makeTerms(amapId, periodId, { name: `Contrat ${i + 1}`, deliveries: first.deliveries, lines });
    t.availability = lines.flatMap((l) =>
      first.deliveries.map((d) => ({ templateLineId: l.id, distributionId: d.distributionId })),
    );
    source.byId.set(t.templateId, t);
    return t;
  });
  const service = new SubscriptionService(ds.manager, source);
  for (let h = 0; h < householdCount; h++) {
    const household = await memberHousehold(ds, amapId, periodId, `Foyer ${String(h).padStart(3, "0")}`);
    for (const t of templates) {
      await service.create({
        templateId: t.templateId,
        householdId: household.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [
          [1, 1, 1, 1],
          [h % 3, 1, 0, 2],
        ]),
      });
    }
  }
  return { amapId, templates };
}

const QUERY = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on ContractTemplate { subscriptions { household { displayName } totalCents } }
  ... on Distribution { signOffSheet { household { displayName } items { productName quantity } } } } }`;

async function statementsFor(w: World, distributionCount: number, expectedLines: number): Promise<number> {
  const r = [
    ...w.templates.map((t) => ({ __typename: "ContractTemplate", id: t.templateId })),
    ...w.templates[0].deliveries
      .slice(0, distributionCount)
      .map((d) => ({ __typename: "Distribution", id: d.distributionId })),
  ];
  const ctx = { ...memberContext(ds), templateTerms: source, amap: amapFake };
  resetSqlCounters();
  const res = await execute(schema, QUERY, ctx, { r });
  const count = sqlCount("member");
  expect(res.errors).toBeUndefined();
  const sheets = res.data!._entities.filter((e: { signOffSheet?: unknown[] }) => e.signOffSheet);
  expect(sheets).toHaveLength(distributionCount);
  expect(sheets[0].signOffSheet).toHaveLength(expectedLines);
  return count;
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "sqlcount"));
  schema = (await buildMemberSubgraph()).schema;
});
afterAll(() => ds.destroy());

describe("SQL statements per federated request", () => {
  it("stay the same for 2 templates × 5 households and 6 templates × 20 households", async () => {
    const small = await statementsFor(await world(2, 5), 2, 5);
    const large = await statementsFor(await world(6, 20), 4, 20);
    expect(small).toBe(large);
    // subscriptions by template; sign-off facts (postponements, lines, absences, baskets, amendments,
    // co-subscribers); households (one batch for both).
    expect(large).toBeLessThanOrEqual(9);
  });

  it("stay the same for Amap.households over 1 and 3 AMAPs", async () => {
    const worlds = [await world(1, 3), await world(1, 4), await world(1, 6)];
    const count = async (amaps: World[]) => {
      resetSqlCounters();
      const res = await execute(
        schema,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { households(perPage: 5) { total items { displayName people { lastName } subscriptions { totalCents } } } } } }`,
        { ...memberContext(ds), templateTerms: source, amap: amapFake },
        { r: amaps.map((w) => ({ __typename: "Amap", id: w.amapId })) },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((e: { households: { total: number } }) => e.households.total)).toEqual(
        amaps.map((_, i) => [3, 4, 6][worlds.indexOf(amaps[i])]),
      );
      return sqlCount("member");
    };
    const [one, three] = [await count(worlds.slice(0, 1)), await count(worlds)];
    // counts, ranked ids, households, people, subscriptions.
    expect(one).toBe(three);
    expect(three).toBeLessThanOrEqual(5);
  });
});
