import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openNetworkDb } from "../src/db";
import { buildNetworkSubgraph } from "../src/schema";
import { networkContext } from "../src/app";

let ds: DataSource;
let schema: GraphQLSchema;
const run = (q: string, v?: Record<string, unknown>) => execute(schema, q, networkContext(ds), v);

beforeAll(async () => {
  ds = await openNetworkDb(await freshTestDbUrl("network", "sub"));
  schema = (await buildNetworkSubgraph()).schema;
});
afterAll(() => ds.destroy());

describe("network subgraph", () => {
  let regionId: string;
  let amapId: string;
  let farmId: string;

  it("creates a network, a sub-network, an AMAP and a farm, and links them", async () => {
    const region = await run(
      `mutation { createNetwork(input: { name: "AMAP Île-de-France", level: regional }) { id name level } }`,
    );
    expect(region.errors).toBeUndefined();
    regionId = region.data!.createNetwork.id;
    const dept = await run(
      `mutation($p: ID) { createNetwork(input: { name: "AMAP 93", level: departmental, parentId: $p }) { id parent { name } } }`,
      { p: regionId },
    );
    expect(dept.data!.createNetwork.parent.name).toBe("AMAP Île-de-France");
    const amap = await run(
      `mutation($n: ID) { createAmap(input: { name: "AMAP des Lilas", networkId: $n, city: "Les Lilas", postalCode: "93260" }) { id network { name } } }`,
      { n: regionId },
    );
    expect(amap.errors).toBeUndefined();
    amapId = amap.data!.createAmap.id;
    const farm = await run(
      `mutation($n: [ID!]) { createFarm(input: { name: "Ferme du Bout du Monde", networkIds: $n }) { id payeeName networks { id } } }`,
      { n: [regionId] },
    );
    farmId = farm.data!.createFarm.id;
    expect(farm.data!.createFarm.payeeName).toBe("Ferme du Bout du Monde");
    const product = await run(
      `mutation($f: ID!) { createProduct(input: { farmId: $f, name: "Panier de légumes", unit: "panier", productionType: vegetables }) { id farm { name } } }`,
      { f: farmId },
    );
    expect(product.data!.createProduct.farm.name).toBe("Ferme du Bout du Monde");

    const walk = await run(
      `{ networks(filter: { root: true }) { total items { name children { name } amaps { name } farms { name products { name } } } } }`,
    );
    expect(walk.data!.networks).toEqual({
      total: 1,
      items: [
        {
          name: "AMAP Île-de-France",
          children: [{ name: "AMAP 93" }],
          amaps: [{ name: "AMAP des Lilas" }],
          farms: [{ name: "Ferme du Bout du Monde", products: [{ name: "Panier de légumes" }] }],
        },
      ],
    });
  });

  it("resolves entity references (_entities) for Amap, Farm and Network", async () => {
    const res = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { name } ... on Farm { name } ... on Network { name } } }`,
      {
        r: [
          { __typename: "Amap", id: amapId },
          { __typename: "Farm", id: farmId },
          { __typename: "Network", id: regionId },
        ],
      },
    );
    expect(res.data!._entities).toEqual([
      { name: "AMAP des Lilas" },
      { name: "Ferme du Bout du Monde" },
      { name: "AMAP Île-de-France" },
    ]);
  });

  it("rejects bad input with a code, the field and a French message", async () => {
    const res = await run(`mutation { createAmap(input: { name: " ", siret: "123", postalCode: "9326" }) { id } }`);
    const err = res.errors![0];
    expect(err.extensions.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(err.extensions.fields as object).sort()).toEqual(["name", "postalCode", "siret"]);
    expect((err.extensions.fields as Record<string, string>).siret).toMatch(/SIRET/);
  });

  it("refuses to nest a network under its own sub-network", async () => {
    const sub = await run(`{ networks(filter: { parentId: "${regionId}" }) { items { id } } }`);
    const res = await run(`mutation($id: ID!, $p: ID) { updateNetwork(input: { id: $id, parentId: $p }) { id } }`, {
      id: regionId,
      p: sub.data!.networks.items[0].id,
    });
    expect(res.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions.fields).toHaveProperty("parentId");
  });

  it("paginates, caps perPage at 100 and refuses unknown sort fields", async () => {
    const page = await run(`{ amaps(page: 1, perPage: 500) { total items { id } } }`);
    expect(page.data!.amaps.total).toBe(1);
    const bad = await run(`{ amaps(sort: [{ field: "password", order: DESC }]) { total } }`);
    expect(bad.errors![0].extensions.code).toBe("BAD_USER_INPUT");
  });
});
