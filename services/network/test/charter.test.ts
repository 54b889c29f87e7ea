import { CharterService } from "../src/services/charter.service";
import { CHARTER_2014 } from "../src/services/charter-2014";
import { addDays, todayIn } from "../../kit/src/calendar";
import { failure, fixtures, ok, useNetworkSubgraph } from "./helpers";

const h = useNetworkSubgraph("charter");
const COMMIT = `mutation($i: CommitToCharterInput!) { commitToCharter(input: $i) { id committedOn charterVersion { title } amap { name } farm { name } } }`;

describe("charters and commitments", () => {
  let regionId: string;
  let otherId: string;
  let amapId: string;
  let farmId: string;

  beforeAll(async () => {
    const f = fixtures(h.run);
    regionId = await f.network("AMAP Île-de-France");
    otherId = await f.network("Réseau AMAP Auvergne-Rhône-Alpes");
    amapId = await f.amap({ name: "AMAP des Lilas", networkId: regionId });
    farmId = await f.farm({ name: "Ferme de la Butte", networkIds: [regionId] });
  });

  it("seeds the Charte des AMAP (2014) once, with its principles", async () => {
    await new CharterService(h.ds.manager).ensureDefaultCharter();
    await new CharterService(h.ds.manager).ensureDefaultCharter();
    const data = ok(
      await h.run(`{ charterVersions { total items { id title adoptedOn networkId principles { code title } } } }`),
    );
    expect(data.charterVersions.total).toBe(1);
    const charter = data.charterVersions.items[0];
    expect(charter).toMatchObject({
      id: CHARTER_2014.id,
      title: "Charte des AMAP (2014)",
      adoptedOn: "2014-03-15",
      networkId: null,
    });
    expect(charter.principles.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining([
        "vente_directe",
        "prefinancement",
        "partage_risques",
        "transparence",
        "participation",
        "solidarite",
      ]),
    );
  });

  it("records a commitment of exactly one AMAP or one farm", async () => {
    const base = { charterVersionId: CHARTER_2014.id, networkId: regionId, committedOn: "2025-01-15" };
    const neither = failure(await h.run(COMMIT, { i: base }));
    expect(neither.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(neither.fields).sort()).toEqual(["amapId", "farmId"]);
    expect(neither.fields.amapId).toMatch(/soit une AMAP, soit une ferme/);
    const both = failure(await h.run(COMMIT, { i: { ...base, amapId, farmId } }));
    expect(both.code).toBe("BAD_USER_INPUT");
    expect(both.fields).toHaveProperty("amapId");

    const byAmap = ok(await h.run(COMMIT, { i: { ...base, amapId } })).commitToCharter;
    expect(byAmap).toMatchObject({
      committedOn: "2025-01-15",
      charterVersion: { title: "Charte des AMAP (2014)" },
      amap: { name: "AMAP des Lilas" },
      farm: null,
    });
    const byFarm = ok(await h.run(COMMIT, { i: { ...base, farmId, committedOn: "2025-02-01" } })).commitToCharter;
    expect(byFarm.farm.name).toBe("Ferme de la Butte");
  });

  it("refuses a second identical commitment (CONFLICT), a date before adoption or in the future", async () => {
    const dup = failure(
      await h.run(COMMIT, {
        i: { charterVersionId: CHARTER_2014.id, networkId: regionId, amapId, committedOn: "2025-03-01" },
      }),
    );
    expect(dup.code).toBe("CONFLICT");
    expect(dup.fields).toHaveProperty("charterVersionId");
    const early = failure(
      await h.run(COMMIT, {
        i: { charterVersionId: CHARTER_2014.id, networkId: otherId, amapId, committedOn: "2013-12-31" },
      }),
    );
    expect(early).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { committedOn: expect.stringMatching(/2014-03-15/) },
    });
    const future = failure(
      await h.run(COMMIT, {
        i: {
          charterVersionId: CHARTER_2014.id,
          networkId: otherId,
          amapId,
          committedOn: addDays(todayIn("Europe/Paris"), 2),
        },
      }),
    );
    expect(future.fields).toHaveProperty("committedOn");
  });

  it("keeps a network's own charter to that network and its sub-networks", async () => {
    const created = await h.run(
      `mutation($i: CreateCharterVersionInput!) { createCharterVersion(input: $i) { id network { name } principles { code } } }`,
      {
        i: {
          networkId: otherId,
          title: "Charte régionale",
          adoptedOn: "2020-06-01",
          text: "Texte.",
          principles: [{ code: "circuits_courts", title: "Circuits courts" }],
        },
      },
    );
    const charterId = ok(created).createCharterVersion.id;
    const res = failure(
      await h.run(COMMIT, {
        i: { charterVersionId: charterId, networkId: regionId, amapId, committedOn: "2025-01-01" },
      }),
    );
    expect(res).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { charterVersionId: expect.stringMatching(/autre réseau/) },
    });
    const dupCodes = failure(
      await h.run(`mutation($i: CreateCharterVersionInput!) { createCharterVersion(input: $i) { id } }`, {
        i: {
          title: "X",
          adoptedOn: "2020-01-01",
          text: "T",
          principles: [
            { code: "a_b", title: "A" },
            { code: "a_b", title: "B" },
          ],
        },
      }),
    );
    expect(dupCodes.fields).toHaveProperty(["principles.1.code"]);
  });

  it("lists commitments per AMAP and per farm, latest first, and filters them", async () => {
    const data = ok(
      await h.run(
        `query($a: ID!, $f: ID!) { amap(id: $a) { charterCommitments { committedOn } } farm(id: $f) { charterCommitments { committedOn } }
        charterCommitments(filter: { networkId: "${regionId}", from: "2025-01-20" }) { total items { farm { name } } } }`,
        { a: amapId, f: farmId },
      ),
    );
    expect(data.amap.charterCommitments).toEqual([{ committedOn: "2025-01-15" }]);
    expect(data.farm.charterCommitments).toEqual([{ committedOn: "2025-02-01" }]);
    expect(data.charterCommitments).toEqual({ total: 1, items: [{ farm: { name: "Ferme de la Butte" } }] });
    expect(
      ok(await h.run(`{ charterCommitment(id: "00000000-0000-7000-8000-000000000000") { id } }`)).charterCommitment,
    ).toBeNull();
  });
});
