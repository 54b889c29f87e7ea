/**
 * The dataProvider against the real product: the gateway's /graphql in front of the three
 * subgraphs (fresh databases), over HTTP. Every operation it builds from the registry must be one
 * the API accepts, and its errors must reach react-admin in the shape forms read.
 */
import { HttpError } from "ra-core";
import type { Stack } from "../../tools/src/stack";
import { graphqlDataProvider, type ChampDataProvider } from "../src/dataProvider";
import { resources } from "../src/dataProvider/resources";
import { queries } from "../src/dataProvider/queries";
import { startAdminTestStack } from "./support/stack";

let stack: Stack;
let dp: ChampDataProvider;
let locale = "fr";

beforeAll(async () => {
  // Signed in as a super administrator: access rules are the subgraphs' tests' business.
  const started = await startAdminTestStack("uidp");
  stack = started.stack;
  dp = graphqlDataProvider({
    endpoint: stack.graphqlUrl,
    registry: resources,
    queries,
    getLocale: () => locale,
    getHeaders: () => ({ Authorization: `Bearer ${started.token}` }),
  });
});
afterAll(async () => {
  await stack?.stop();
});
beforeEach(() => {
  locale = "fr";
});

const page = (p = 1, perPage = 25) => ({ page: p, perPage });
const byName = { field: "name", order: "ASC" as const };

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    return err as HttpError;
  }
  throw new Error("expected a rejection");
}

describe("dataProvider through the gateway", () => {
  let region: { id: string };
  let dept: { id: string };
  let amap: Record<string, any>;

  it("creates networks and reads them back one by one, as a page and by ids", async () => {
    region = (
      await dp.create("networks", {
        data: { name: "AMAP Île-de-France", shortName: "IDF", level: "regional", parentId: null, id: "ignored" },
      })
    ).data;
    dept = (await dp.create("networks", { data: { name: "AMAP 93", level: "departmental", parentId: region.id } }))
      .data;
    await dp.create("networks", { data: { name: "Réseau vide", level: "local" } });

    expect((await dp.getOne("networks", { id: dept.id })).data).toMatchObject({
      name: "AMAP 93",
      parentId: region.id,
      shortName: "",
    });

    // react-admin's default sort (id) is not offered by the API: the API's own order applies.
    const all = await dp.getList("networks", { pagination: page(), sort: { field: "id", order: "ASC" }, filter: {} });
    expect(all.total).toBe(3);
    const desc = await dp.getList("networks", {
      pagination: page(1, 2),
      sort: { field: "name", order: "DESC" },
      filter: {},
    });
    expect(desc.data.map((n) => n.name)).toEqual(["Réseau vide", "AMAP Île-de-France"]);
    expect(desc.total).toBe(3);

    const search = await dp.getList("networks", { pagination: page(), sort: byName, filter: { q: "93" } });
    expect(search.data.map((n) => n.name)).toEqual(["AMAP 93"]);
    const roots = await dp.getList("networks", { pagination: page(), sort: byName, filter: { root: true } });
    expect(roots.data.map((n) => n.name)).toEqual(["AMAP Île-de-France", "Réseau vide"]);

    const many = await dp.getMany("networks", { ids: [region.id, dept.id] });
    expect(many.data.map((n) => n.name).sort()).toEqual(["AMAP 93", "AMAP Île-de-France"]);

    const children = await dp.getManyReference("networks", {
      target: "parentId",
      id: region.id,
      pagination: page(),
      sort: byName,
      filter: {},
    });
    expect(children.data.map((n) => n.name)).toEqual(["AMAP 93"]);
  });

  it("creates an AMAP, lists it under its network and updates only what changed", async () => {
    amap = (
      await dp.create("amaps", {
        data: {
          name: "AMAP des Lilas",
          networkId: dept.id,
          city: "Les Lilas",
          postalCode: "93260",
          email: "contact@lilas.org",
          latitude: 48.88,
          longitude: null,
        },
      })
    ).data;
    expect(amap).toMatchObject({ name: "AMAP des Lilas", status: "active", registrationMode: "open", longitude: null });

    const inNetwork = await dp.getManyReference("amaps", {
      target: "networkId",
      id: dept.id,
      pagination: page(),
      sort: { field: "city", order: "ASC" },
      filter: {},
    });
    expect(inNetwork.data.map((a) => a.name)).toEqual(["AMAP des Lilas"]);
    expect((await dp.getList("amaps", { pagination: page(), sort: byName, filter: { status: "dormant" } })).total).toBe(
      0,
    );

    const updated = await dp.update("amaps", {
      id: amap.id,
      data: { ...amap, city: "Les Lilas (93)", email: null, registrationMode: "waiting_list", latitude: "" },
      previousData: amap,
    });
    expect(updated.data).toMatchObject({
      city: "Les Lilas (93)",
      email: "",
      registrationMode: "waiting_list",
      latitude: null,
      postalCode: "93260",
    });
    amap = updated.data;
  });

  it("puts the API's field messages under the form's inputs, in the UI's language", async () => {
    const fr = await rejection(
      dp.update("amaps", { id: amap.id, data: { ...amap, siret: "123", email: "pas-un-email" }, previousData: amap }),
    );
    expect(fr.status).toBe(400);
    expect(fr.body.errors).toEqual({
      siret: "Le SIRET doit compter 14 chiffres valides.",
      email: "Adresse e-mail invalide.",
      root: { serverError: fr.message },
    });

    locale = "en";
    const en = await rejection(dp.create("amaps", { data: { name: "  ", postalCode: "123" } }));
    expect(en.status).toBe(400);
    expect(en.body.errors).toMatchObject({
      name: "This field is required.",
      postalCode: "A French postal code is 5 digits.",
    });
  });

  it("reports a parent cycle on the parentId input", async () => {
    const err = await rejection(
      dp.update("networks", {
        id: region.id,
        data: { parentId: dept.id },
        previousData: { id: region.id, parentId: null },
      }),
    );
    expect(err.body.errors.parentId).toBe("Un réseau ne peut pas être rattaché à l'un de ses sous-réseaux.");
  });

  it("edits a farm's networks as ids and finds it from each network", async () => {
    const farm = (
      await dp.create("farms", {
        data: { name: "Ferme du Bout du Monde", productions: ["Légumes", ""], labels: [], networkIds: [region.id] },
      })
    ).data;
    expect(farm).toMatchObject({ productions: ["Légumes"], networkIds: [region.id] });

    const moved = await dp.update("farms", {
      id: farm.id,
      data: { ...farm, networkIds: [region.id, dept.id] },
      previousData: farm,
    });
    expect([...moved.data.networkIds].sort()).toEqual([region.id, dept.id].sort());

    const inDept = await dp.getManyReference("farms", {
      target: "networkId",
      id: dept.id,
      pagination: page(),
      sort: byName,
      filter: {},
    });
    expect(inDept.data.map((f) => f.name)).toEqual(["Ferme du Bout du Monde"]);
  });

  it("updates and deletes several records in one request", async () => {
    const empty = (await dp.getList("networks", { pagination: page(), sort: byName, filter: { q: "vide" } })).data[0];
    const levels = await dp.updateMany("networks", { ids: [empty.id], data: { level: "departmental" } });
    expect(levels.data).toEqual([empty.id]);
    expect((await dp.getOne("networks", { id: empty.id })).data.level).toBe("departmental");

    // A network that still has AMAPs is refused with the API's message.
    const conflict = await rejection(dp.delete("networks", { id: dept.id }));
    expect(conflict.status).toBe(409);
    expect(conflict.message).toMatch(/AMAP/);

    expect((await dp.deleteMany("networks", { ids: [empty.id] })).data).toEqual([empty.id]);
    expect((await dp.getList("networks", { pagination: page(), sort: byName, filter: {} })).total).toBe(2);
  });

  it("closes an AMAP through the API's domain action", async () => {
    const closed = await dp.action("amaps", "closeAmap", { id: amap.id });
    expect(closed.data).toMatchObject({ id: amap.id, status: "closed" });
  });

  it("sends a domain action with its own arguments, and a read outside the convention", async () => {
    const place = (await dp.create("places", { data: { amapId: amap.id, name: "Préau" } })).data;
    const { data } = await dp.action<Array<{ id: string; date: string }>>("distributions", "generateDistributions", {
      input: {
        amapId: amap.id,
        placeId: place.id,
        from: "2027-01-07",
        to: "2027-01-21",
        cycle: "weekly",
        startTime: "18:30",
        endTime: "20:00",
        excludedDates: [],
      },
    });
    expect(data.map((d) => d.date)).toEqual(["2027-01-07", "2027-01-14", "2027-01-21"]);
    const cancelled = await dp.action("distributions", "cancelDistribution", { id: data[1].id, reason: "Gel" });
    expect(cancelled.data).toMatchObject({ id: data[1].id, status: "cancelled" });
    // An action's missing argument is the API's field error.
    const err = await rejection(
      dp.action("distributions", "moveDistribution", { input: { id: data[2].id, reason: "" } }),
    );
    expect(err.status).toBe(400);
    const me = await dp.query<{ email: string; superAdmin: boolean }>("me");
    expect(me).toMatchObject({ email: "admin@champ-commun.test", superAdmin: true });
  });

  it("reads a record the API has no single query for through the list's ids filter", async () => {
    const { data } = await dp.getList("auditEntries", {
      pagination: page(),
      sort: byName,
      filter: { amapId: amap.id },
    });
    expect(Array.isArray(data)).toBe(true);
  });

  it("answers 404 for a record that does not exist", async () => {
    const err = await rejection(dp.getOne("amaps", { id: "0190f1c2-0000-7000-8000-000000000000" }));
    expect(err.status).toBe(404);
  });
});

describe("records people share, through the dataProvider", () => {
  it("sends the version it read: an edit over someone else's is refused (409, CONFLICT), a double-clicked creation makes one record", async () => {
    const read = (await dp.create("networks", { data: { name: "Réseau partagé", level: "regional" } })).data;
    const mine = await dp.update("networks", {
      id: read.id,
      data: { ...read, name: "Réseau partagé (A)" },
      previousData: read,
    });
    expect(mine.data).toMatchObject({ name: "Réseau partagé (A)", version: read.version + 1 });
    // Another screen still shows the first version: its save does not overwrite (A).
    const err = await rejection(
      dp.update("networks", { id: read.id, data: { ...read, name: "Réseau partagé (B)" }, previousData: read }),
    );
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/modifiée par quelqu'un d'autre/);
    expect((await dp.getOne("networks", { id: read.id })).data.name).toBe("Réseau partagé (A)");

    const before = (await dp.getList("networks", { pagination: page(), sort: byName, filter: {} })).total;
    const twice = () => dp.create("networks", { data: { name: "Cliqué deux fois", level: "local" } }).catch((e) => e);
    const [a, b] = await Promise.all([twice(), twice()]);
    const ids = [a, b].filter((x) => x?.data?.id).map((x) => x.data.id);
    expect(new Set(ids).size).toBe(1);
    expect((await dp.getList("networks", { pagination: page(), sort: byName, filter: {} })).total).toBe(before! + 1);
  });
});

describe("operations that take one input (issue 14)", () => {
  it("updates a household with its id in the input, one and several at once, and adds and removes a person", async () => {
    const network = (await dp.create("networks", { data: { name: "Réseau des foyers", level: "local" } })).data;
    const amap = (await dp.create("amaps", { data: { name: "AMAP des foyers", networkId: network.id } })).data;
    const h = (
      await dp.create("households", { data: { amapId: amap.id, people: [{ firstName: "Ana", lastName: "Lopez" }] } })
    ).data;
    const updated = await dp.update("households", { id: h.id, data: { ...h, notes: "Sans gluten" }, previousData: h });
    expect(updated.data).toMatchObject({ id: h.id, notes: "Sans gluten", version: h.version + 1 });
    expect((await dp.updateMany("households", { ids: [h.id], data: { status: "intermittent" } })).data).toEqual([h.id]);
    expect((await dp.getOne("households", { id: h.id })).data).toMatchObject({
      status: "intermittent",
      notes: "Sans gluten",
    });

    const person = await dp.action<{ id: string; firstName: string }>("households", "addPerson", {
      householdId: h.id,
      firstName: "Luis",
      lastName: "Lopez",
    });
    expect(person.data).toMatchObject({ firstName: "Luis" });
    expect((await dp.action("households", "removePerson", { id: person.data.id })).data).toBe(true);
  });
});
