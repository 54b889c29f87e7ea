import { directoryCsv, directoryFeatureCollection, DirectoryData } from "../src/services/directory-export";
import { ok, fixtures, useNetworkSubgraph, failure } from "./helpers";

const h = useNetworkSubgraph("directory");
const DIRECTORY = `query($n: ID!, $sub: Boolean) { directory(networkId: $n, includeSubNetworks: $sub) {
  amaps { id name city postalCode latitude longitude website email registrationMode }
  farms { id name city productions labels latitude longitude } geojson csv } }`;

describe("public directory feed", () => {
  let regionId: string;
  let deptId: string;

  beforeAll(async () => {
    const f = fixtures(h.run);
    regionId = await f.network("Réseau AMAP Bretagne");
    deptId = await f.network("AMAP 35", regionId);
    const secret = { phone: "02 99 00 00 01", siret: "73282932000074", rna: "W352000001", address: "12 rue privée" };
    await f.amap({
      name: "AMAP du Thabor",
      networkId: regionId,
      city: "Rennes",
      postalCode: "35000",
      latitude: 48.1147,
      longitude: -1.6681,
      email: "contact@thabor.example",
      website: "https://thabor.example",
      ...secret,
    });
    await f.amap({ name: "AMAP en sommeil", networkId: regionId, status: "dormant", ...secret });
    await f.amap({ name: "AMAP fermée", networkId: regionId, status: "closed", ...secret });
    await f.amap({
      name: 'AMAP "Le Champ; commun"',
      networkId: deptId,
      status: "in_creation",
      registrationMode: "waiting_list",
      city: "Vitré",
    });
    const farmSecret = {
      phone: "06 00 00 00 02",
      siret: "73282932000074",
      payeeName: "EARL Secrète",
      email: "ferme@prive.example",
      address: "Lieu-dit caché",
    };
    await f.farm({
      name: "Ferme de la Vilaine",
      city: "Redon",
      productions: ["légumes"],
      labels: ["AB"],
      latitude: 47.65,
      longitude: -2.08,
      networkIds: [deptId],
      ...farmSecret,
    });
    await f.farm({ name: "Ferme arrêtée", status: "closed", networkIds: [regionId], ...farmSecret });
  });

  it("lists active and in-creation entries of the network and its sub-networks, public fields only", async () => {
    const dir = ok(await h.run(DIRECTORY, { n: regionId })).directory;
    expect(dir.amaps.map((a: { name: string }) => a.name)).toEqual(['AMAP "Le Champ; commun"', "AMAP du Thabor"]);
    expect(dir.farms.map((f: { name: string }) => f.name)).toEqual(["Ferme de la Vilaine"]);
    const json = JSON.stringify(dir);
    for (const secret of [
      "02 99 00 00 01",
      "06 00 00 00 02",
      "73282932000074",
      "W352000001",
      "rue privée",
      "EARL Secrète",
      "ferme@prive.example",
      "Lieu-dit caché",
      "sommeil",
      "fermée",
      "arrêtée",
    ]) {
      expect(json).not.toContain(secret);
    }
    for (const field of ["phone", "siret", "rna", "address", "payeeName"]) {
      expect(json).not.toContain(`"${field}"`);
      expect(Object.keys((h.schema.getType("DirectoryAmap") as any).getFields())).not.toContain(field);
      expect(Object.keys((h.schema.getType("DirectoryFarm") as any).getFields())).not.toContain(field);
    }
    const own = ok(await h.run(DIRECTORY, { n: regionId, sub: false })).directory;
    expect(own.amaps.map((a: { name: string }) => a.name)).toEqual(["AMAP du Thabor"]);
    expect(own.farms).toEqual([]);
    expect(failure(await h.run(DIRECTORY, { n: "00000000-0000-7000-8000-000000000000" })).code).toBe("NOT_FOUND");
  });

  it("renders valid GeoJSON points, longitude first", async () => {
    const geo = JSON.parse(ok(await h.run(DIRECTORY, { n: regionId })).directory.geojson);
    expect(geo.type).toBe("FeatureCollection");
    // The AMAP in Vitré has no coordinates: it cannot be placed on a map.
    expect(geo.features).toHaveLength(2);
    for (const feature of geo.features) {
      expect(feature.type).toBe("Feature");
      expect(feature.geometry.type).toBe("Point");
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThanOrEqual(-180);
      expect(lng).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
    }
    const thabor = geo.features.find((x: any) => x.properties.kind === "amap");
    expect(thabor.geometry.coordinates).toEqual([-1.6681, 48.1147]);
    expect(thabor.properties).toMatchObject({
      kind: "amap",
      name: "AMAP du Thabor",
      email: "contact@thabor.example",
      registrationMode: "open",
    });
    const farm = geo.features.find((x: any) => x.properties.kind === "farm");
    expect(farm.properties).toEqual({
      kind: "farm",
      id: farm.id,
      name: "Ferme de la Vilaine",
      city: "Redon",
      productions: ["légumes"],
      labels: ["AB"],
    });
  });

  it("renders CSV for French spreadsheets: BOM, `;`, French header, quoted cells", async () => {
    const csv: string = ok(await h.run(DIRECTORY, { n: regionId })).directory.csv;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Type;Nom;Code postal;Ville;Latitude;Longitude;Site web;E-mail;Inscriptions;Productions;Labels",
    );
    expect(lines[1]).toBe(`AMAP;"AMAP ""Le Champ; commun""";;Vitré;;;;;liste d'attente;;`);
    expect(lines[2]).toBe(
      "AMAP;AMAP du Thabor;35000;Rennes;48,1147;-1,6681;https://thabor.example;contact@thabor.example;ouvertes;;",
    );
    expect(lines[3]).toBe("Ferme;Ferme de la Vilaine;;Redon;47,65;-2,08;;;;légumes;AB");
    expect(lines[4]).toBe("");
  });

  it("keeps spreadsheet formulas and line breaks inert (pure renderers)", () => {
    const dir: DirectoryData = {
      amaps: [
        {
          id: "a",
          name: '=HYPERLINK("x")',
          city: "Ligne 1\nLigne 2",
          postalCode: "",
          latitude: null,
          longitude: 2.3,
          website: "",
          email: "",
          registrationMode: "full",
        },
      ],
      farms: [
        { id: "f", name: "Ferme", city: "", productions: ["œufs", "volailles"], labels: [], latitude: 0, longitude: 0 },
      ],
    };
    const lines = directoryCsv(dir).slice(1).split("\r\n");
    expect(lines[1]).toBe(`AMAP;"'=HYPERLINK(""x"")";;"Ligne 1\nLigne 2";;2,3;;;complet;;`);
    expect(lines[2]).toBe("Ferme;Ferme;;;0;0;;;;œufs, volailles;");
    const geo = directoryFeatureCollection(dir);
    expect(geo.features.map((x) => x.id)).toEqual(["f"]);
    expect(geo.features[0].geometry.coordinates).toEqual([0, 0]);
  });
});

describe("an AMAP's consent to its directory entry", () => {
  it("withdraws the entry from the public feed, and puts it back", async () => {
    const f = fixtures(h.run);
    const net = await f.network("Réseau AMAP Normandie");
    const amapId = await f.amap({ name: "AMAP discrète", networkId: net, city: "Caen" });
    const names = async () =>
      ok(await h.run(DIRECTORY, { n: net })).directory.amaps.map((a: { name: string }) => a.name);
    // Listed by default: the network keeps and publishes its directory until the AMAP withdraws.
    expect(await names()).toEqual(["AMAP discrète"]);
    const set = (directory: boolean) =>
      h.run(`mutation($i: SetNetworkConsentInput!) { setNetworkConsent(input: $i) { directory } }`, {
        i: { amapId, directory, partnerships: false, statistics: false },
      });
    ok(await set(false));
    expect(await names()).toEqual([]);
    ok(await set(true));
    expect(await names()).toEqual(["AMAP discrète"]);
  });
});
