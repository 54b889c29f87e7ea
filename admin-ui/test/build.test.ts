import {
  actionMutation,
  chunk,
  createMutation,
  deleteManyMutation,
  deleteMutation,
  errorInfo,
  listQuery,
  listVariables,
  manyReferenceVariables,
  manyVariables,
  oneQuery,
  settle,
  toInput,
  toRecord,
  updateManyMutation,
  updateManyVariables,
  updateMutation,
  updateVariables,
} from "../src/dataProvider/build";
import { resources } from "../src/dataProvider/resources";

const { networks, amaps, farms } = resources;

describe("operations", () => {
  it("lists with the API's page, sort and filter arguments", () => {
    expect(listQuery(amaps)).toBe(
      "query AmapList($filter: AmapFilter, $sort: [SortInput!], $page: Int, $perPage: Int) " +
        `{ amaps(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ${amaps.fields} } total } }`,
    );
  });

  it("reads one record by id", () => {
    expect(oneQuery(networks)).toBe(`query NetworkOne($id: ID!) { network(id: $id) { ${networks.fields} } }`);
  });

  it("creates and updates through the input types", () => {
    expect(createMutation(farms)).toBe(
      `mutation FarmCreate($input: CreateFarmInput!) { createFarm(input: $input) { ${farms.fields} } }`,
    );
    expect(updateMutation(farms)).toBe(
      `mutation FarmUpdate($input: UpdateFarmInput!) { updateFarm(input: $input) { ${farms.fields} } }`,
    );
    expect(updateVariables(farms, 7, { name: "Ferme" })).toEqual({ input: { id: "7", name: "Ferme" } });
  });

  it("batches several updates or deletions as aliases of one request", () => {
    expect(updateManyMutation(networks, 2)).toBe(
      "mutation NetworkUpdateMany($input0: UpdateNetworkInput!, $input1: UpdateNetworkInput!) " +
        "{ u0: updateNetwork(input: $input0) { id } u1: updateNetwork(input: $input1) { id } }",
    );
    expect(updateManyVariables(networks, ["a", "b"], { level: "local" })).toEqual({
      input0: { id: "a", level: "local" },
      input1: { id: "b", level: "local" },
    });
    expect(deleteManyMutation(networks, 2)).toBe(
      "mutation NetworkDeleteMany($id0: ID!, $id1: ID!) { d0: deleteNetwork(input: { id: $id0 }) d1: deleteNetwork(input: { id: $id1 }) }",
    );
    expect(deleteMutation(networks)).toBe("mutation NetworkDelete($id: ID!) { deleteNetwork(input: { id: $id }) }");
  });

  it("refuses to build a deletion the API does not offer", () => {
    expect(() => deleteMutation(amaps)).toThrow(/cannot be deleted/);
    expect(() => deleteManyMutation(farms, 1)).toThrow(/cannot be deleted/);
  });

  it("runs a domain action that returns the record", () => {
    expect(actionMutation(amaps, "closeAmap")).toBe(
      `mutation AmapCloseAmap($id: ID!) { closeAmap(input: { id: $id }) { ${amaps.fields} } }`,
    );
    expect(() => actionMutation(amaps, "closeAmap { id } x: deleteNetwork")).toThrow(/Invalid action/);
  });
});

describe("list variables", () => {
  it("keeps react-admin's 1-based page and maps the sort to [{ field, order }]", () => {
    expect(
      listVariables(amaps, {
        pagination: { page: 3, perPage: 10 },
        sort: { field: "city", order: "DESC" },
        filter: {},
      }),
    ).toEqual({
      page: 3,
      perPage: 10,
      sort: [{ field: "city", order: "DESC" }],
    });
  });

  it("caps perPage at the API's maximum", () => {
    expect(listVariables(amaps, { pagination: { page: 1, perPage: 500 } }).perPage).toBe(100);
    expect(listVariables(amaps, { pagination: { page: 0, perPage: 0 } })).toEqual({ page: 1, perPage: 1 });
  });

  it("drops a sort on a field the list does not offer (react-admin's default is id), keeping the API's order", () => {
    expect(
      listVariables(amaps, { pagination: { page: 1, perPage: 25 }, sort: { field: "id", order: "ASC" } }).sort,
    ).toBeUndefined();
    expect(listVariables(networks, { sort: { field: "level", order: "asc" } }).sort).toEqual([
      { field: "level", order: "ASC" },
    ]);
  });

  it("passes the filter through: q, ids and foreign keys, without empty values or unknown keys", () => {
    const vars = listVariables(amaps, {
      filter: { q: "lilas", networkId: "n1", status: "active", city: "", ids: [1, "2"], nope: "x", root: true },
    });
    expect(vars.filter).toEqual({ q: "lilas", networkId: "n1", status: "active", ids: ["1", "2"] });
    expect(listVariables(amaps, { filter: { q: "   " } }).filter).toBeUndefined();
    expect(listVariables(networks, { filter: { root: true } }).filter).toEqual({ root: true });
  });

  it("getMany asks for the ids through the filter, on one page", () => {
    expect(manyVariables(networks, ["a", "b", "a", null, ""])).toEqual({
      page: 1,
      perPage: 2,
      filter: { ids: ["a", "b"] },
    });
  });

  it("getManyReference uses the target as the filter key", () => {
    expect(
      manyReferenceVariables(farms, {
        target: "networkId",
        id: "n1",
        pagination: { page: 2, perPage: 5 },
        sort: { field: "name", order: "ASC" },
        filter: { q: "ferme" },
      }),
    ).toEqual({
      page: 2,
      perPage: 5,
      sort: [{ field: "name", order: "ASC" }],
      filter: { q: "ferme", networkId: "n1" },
    });
  });

  it("splits long id lists into pages the API accepts", () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(i));
    expect(chunk(ids).map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunk([])).toEqual([]);
  });
});

describe("inputs", () => {
  const amap = {
    id: "a1",
    __typename: "Amap",
    name: "AMAP des Lilas",
    networkId: "n1",
    network: { id: "n1", name: "Réseau" },
    rna: "",
    siret: "",
    city: "Les Lilas",
    postalCode: "93260",
    latitude: 48.88,
    longitude: null,
    email: "contact@lilas.org",
    status: "active",
    registrationMode: "open",
    createdAt: "2025-01-01T00:00:00.000Z",
  };

  it("creates with the input type's fields only (no id, __typename, relations or dates)", () => {
    expect(toInput(amaps, amap, "create")).toEqual({
      name: "AMAP des Lilas",
      networkId: "n1",
      rna: "",
      siret: "",
      city: "Les Lilas",
      postalCode: "93260",
      latitude: 48.88,
      email: "contact@lilas.org",
      status: "active",
      registrationMode: "open",
    });
  });

  it("updates only what changed", () => {
    const edited = { ...amap, city: "Lilas", latitude: "48,9", status: "dormant" };
    expect(toInput(amaps, edited, "update", amap)).toEqual({ city: "Lilas", latitude: 48.9, status: "dormant" });
    expect(toInput(amaps, { ...amap }, "update", amap)).toEqual({});
  });

  it("clears with the value the API understands: '' for text, null for a link or a number; an enum is never cleared", () => {
    const edited = { ...amap, email: null, networkId: "", latitude: "", status: null };
    expect(toInput(amaps, edited, "update", amap)).toEqual({ email: "", networkId: null, latitude: null });
  });

  it("sends lists of values and ids cleaned, and compares them by content", () => {
    const farm = {
      id: "f1",
      name: "Ferme",
      productions: ["Légumes"],
      labels: [],
      networkIds: ["n1"],
      networks: [{ id: "n1" }],
    };
    expect(
      toInput(farms, { ...farm, productions: ["Légumes", " Œufs ", ""], networkIds: ["n1", "n2"] }, "update", farm),
    ).toEqual({
      productions: ["Légumes", "Œufs"],
      networkIds: ["n1", "n2"],
    });
    expect(toInput(farms, { ...farm, labels: null }, "update", farm)).toEqual({});
    expect(toInput(farms, { ...farm, productions: ["Légumes"] }, "update", farm)).toEqual({});
  });

  it("sends every present field when react-admin gives no previous data (updateMany)", () => {
    expect(toInput(networks, { level: "local", id: "x" }, "update")).toEqual({ level: "local" });
  });
});

describe("records", () => {
  it("derives the id lists forms edit (Farm.networkIds from networks) and drops __typename", () => {
    expect(
      toRecord(farms, { id: "f1", __typename: "Farm", name: "Ferme", networks: [{ id: "n1" }, { id: "n2" }] }),
    ).toEqual({
      id: "f1",
      name: "Ferme",
      networks: [{ id: "n1" }, { id: "n2" }],
      networkIds: ["n1", "n2"],
    });
    expect(toRecord(farms, { id: "f2", networks: null }).networkIds).toEqual([]);
  });
});

describe("answers and errors", () => {
  it("returns the root field of a successful answer", () => {
    expect(settle({ status: 200, data: { amap: null } }, "amap", "query")).toEqual({ value: null });
    expect(settle({ status: 200, data: { u0: { id: "1" } } }, null, "mutation")).toEqual({
      value: { u0: { id: "1" } },
    });
  });

  it("keeps a query's data when only a nested field failed (a subgraph down), not a mutation's", () => {
    const partial = {
      status: 200,
      data: { networks: { items: [], total: 0 } },
      errors: [{ message: "down", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
    };
    expect(settle(partial, "networks", "query")).toEqual({ value: { items: [], total: 0 } });
    expect(settle(partial, "networks", "mutation")).toHaveProperty("error.status", 500);
  });

  it("puts BAD_USER_INPUT field messages where react-admin's forms read them (body.errors)", () => {
    const res = settle(
      {
        status: 200,
        data: null,
        errors: [
          {
            message: "Le SIRET doit compter 14 chiffres valides. (et 1 autre erreur)",
            extensions: {
              code: "BAD_USER_INPUT",
              fields: { siret: "Le SIRET doit compter 14 chiffres valides.", email: "Adresse e-mail invalide." },
            },
          },
        ],
      },
      "updateAmap",
      "mutation",
    );
    expect(res).toEqual({
      error: {
        message: "Le SIRET doit compter 14 chiffres valides. (et 1 autre erreur)",
        status: 400,
        body: {
          code: "BAD_USER_INPUT",
          errors: {
            siret: "Le SIRET doit compter 14 chiffres valides.",
            email: "Adresse e-mail invalide.",
            root: { serverError: "Le SIRET doit compter 14 chiffres valides. (et 1 autre erreur)" },
          },
        },
      },
    });
  });

  it("maps each API code to an HTTP status, without field errors when there are none", () => {
    const codes: Record<string, number> = {
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      GRAPHQL_VALIDATION_FAILED: 400,
    };
    for (const [code, status] of Object.entries(codes)) {
      expect(errorInfo([{ message: `m ${code}`, extensions: { code } }])).toEqual({
        message: `m ${code}`,
        status,
        body: { code },
      });
    }
  });

  it("never shows an internal error's text, and uses react-admin's message when the answer is not GraphQL", () => {
    expect(
      errorInfo([{ message: "SQLITE_ERROR: no such column", extensions: { code: "INTERNAL_SERVER_ERROR" } }]),
    ).toEqual({
      message: "ra.notification.http_error",
      status: 500,
      body: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(settle({ status: 502, data: undefined, errors: undefined }, "amaps", "query")).toEqual({
      error: { message: "ra.notification.http_error", status: 502, body: null },
    });
  });
});
