import { composeServices } from "@apollo/composition";
import { resetSqlCounters, sqlCount, statementGrowth } from "../../kit/src/sql-counter";
import { internalHeaders } from "../../kit/src/auth/internal";
import { buildAmapSubgraph } from "../src/schema";
import { startAmapService } from "../src/app";
import { buildNetworkSubgraph } from "../../network/src/schema";
import { Harness, openHarness, seedNetwork } from "./harness";

let h: Harness;
type Seeded = Awaited<ReturnType<typeof seedNetwork>> & { templateIds: string[]; distributionIds: string[] };
const amaps: Seeded[] = [];

/** An AMAP with a place, four weekly distributions there and `templates` contract templates over them. */
async function seedAmap(name: string, templates: number): Promise<Seeded> {
  const net = await seedNetwork(h, name);
  const place = await h.run(`mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Préau" }) { id } }`, {
    a: net.amapId,
  });
  const gen = await h.run(`mutation($i: GenerateDistributionsInput!) { generateDistributions(input: $i) { id } }`, {
    i: {
      amapId: net.amapId,
      placeId: place.data!.createPlace.id,
      from: "2026-03-03",
      to: "2026-03-24",
      cycle: "weekly",
      startTime: "18:00",
      endTime: "19:30",
    },
  });
  const distributionIds = gen.data!.generateDistributions.map((d: { id: string }) => d.id);
  const templateIds: string[] = [];
  for (let i = 0; i < templates; i++) {
    const res = await h.run(
      `mutation($input: CreateContractTemplateInput!) { createContractTemplate(input: $input) { id } }`,
      {
        input: {
          amapId: net.amapId,
          farmId: net.farmId,
          name: `Contrat ${i + 1}`,
          season: "2026",
          lines: [
            { productId: net.vegetablesId, unitPriceCents: 1500 },
            { productId: net.eggsId, unitPriceCents: 400 },
          ],
          distributionIds,
        },
      },
    );
    expect(res.errors).toBeUndefined();
    templateIds.push(res.data!.createContractTemplate.id);
  }
  return { ...net, templateIds, distributionIds };
}

beforeAll(async () => {
  h = await openHarness("federation", true);
  amaps.push(await seedAmap("AMAP A", 1), await seedAmap("AMAP B", 1));
  for (const name of ["AMAP C", "AMAP D", "AMAP E", "AMAP F"]) amaps.push(await seedAmap(name, 3));
});
afterAll(() => h.close());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { id
  contractTemplates { lines { id } distributions { id } }
  distributions { id place { name } } } } }`;

describe("federation", () => {
  it("extends Amap with places, distributions (by range), templates and membership periods", async () => {
    const a = amaps[0];
    const res = await h.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { id places { name } distributions(from: "2026-03-10", to: "2026-03-17") { date }
        all: distributions { date } contractTemplates { name amap { id } farm { id } } membershipPeriods { id } } } }`,
      { r: [{ __typename: "Amap", id: a.amapId }] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toEqual({
      id: a.amapId,
      places: [{ name: "Préau" }],
      distributions: [{ date: "2026-03-10" }, { date: "2026-03-17" }],
      all: [{ date: "2026-03-03" }, { date: "2026-03-10" }, { date: "2026-03-17" }, { date: "2026-03-24" }],
      contractTemplates: [{ name: "Contrat 1", amap: { id: a.amapId }, farm: { id: a.farmId } }],
      membershipPeriods: [],
    });
  });

  it("extends Farm with its templates, and resolves Distribution and ContractTemplate references", async () => {
    const c = amaps[2];
    const res = await h.run(
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Farm { contractTemplates { name } }
        ... on Distribution { date status place { name } contractTemplates { name } }
        ... on ContractTemplate { name lines { productName product { id } } } } }`,
      {
        r: [
          { __typename: "Farm", id: c.farmId },
          { __typename: "Distribution", id: c.distributionIds[1] },
          { __typename: "ContractTemplate", id: c.templateIds[0] },
          { __typename: "ContractTemplate", id: "01900000-0000-7000-8000-000000000000" },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    const [farm, distribution, template, missing] = res.data!._entities;
    expect(farm.contractTemplates.map((t: { name: string }) => t.name)).toEqual([
      "Contrat 1",
      "Contrat 2",
      "Contrat 3",
    ]);
    expect(distribution).toEqual({
      date: "2026-03-10",
      status: "planned",
      place: { name: "Préau" },
      contractTemplates: [{ name: "Contrat 1" }, { name: "Contrat 2" }, { name: "Contrat 3" }],
    });
    expect(template.lines).toEqual([
      { productName: "Panier de légumes", product: { id: c.vegetablesId } },
      { productName: "Œufs", product: { id: c.eggsId } },
    ]);
    expect(missing).toBeNull();
  });

  it("answers a walk over many AMAPs with as many SQL statements as over two (DataLoader, no N+1)", async () => {
    const countFor = async (list: Seeded[]) => {
      resetSqlCounters();
      const res = await h.run(ENTITIES, { r: list.map((a) => ({ __typename: "Amap", id: a.amapId })) });
      expect(res.errors).toBeUndefined();
      return {
        statements: sqlCount("amap"),
        templates: res.data!._entities.flatMap((a: { contractTemplates: unknown[] }) => a.contractTemplates).length,
      };
    };
    const two = await countFor(amaps.slice(0, 2));
    const six = await countFor(amaps);
    expect(two.templates).toBe(2);
    expect(six.templates).toBe(14);
    expect(statementGrowth(two.statements, six.statements, 1, 7)).toBeNull();
  });

  // Descriptions are checked on all three subgraphs and on the composed API: test/schema/descriptions.test.ts.
  it("composes with the network subgraph", async () => {
    const [amap, network] = await Promise.all([buildAmapSubgraph(), buildNetworkSubgraph()]);
    const composed = composeServices([
      { name: "network", typeDefs: network.typeDefs, url: "http://network" },
      { name: "amap", typeDefs: amap.typeDefs, url: "http://amap" },
    ]);
    expect(composed.errors ?? []).toEqual([]);
  });

  it("serves over HTTP and answers errors in the caller's language", async () => {
    const server = await startAmapService(h.ds, 0);
    try {
      const ask = async (lang: string) =>
        fetch(server.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "accept-language": lang,
            ...h.forwardHeaders,
            ...(await internalHeaders()),
          },
          body: JSON.stringify({
            query: `mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { id } }`,
            variables: { id: amaps[0].templateIds[0] },
          }),
        }).then((r) => r.json() as Promise<{ errors: Array<{ message: string; extensions: { code: string } }> }>);
      const en = await ask("en-GB,en;q=0.9");
      expect(en.errors[0]).toMatchObject({
        message: "Cannot close subscriptions: the contract must be open, it is draft.",
        extensions: { code: "CONFLICT" },
      });
      expect((await ask("fr-FR")).errors[0].message).toMatch(/^Impossible de clore/);
    } finally {
      await server.stop();
    }
  });
});
