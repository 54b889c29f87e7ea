import { Announcement } from "../src/entities/announcement.entity";
import { addDays, todayIn } from "../../kit/src/calendar";
import { failure, fixtures, ok, useNetworkSubgraph } from "./helpers";

const h = useNetworkSubgraph("announce");
const today = () => todayIn("Europe/Paris");
const inOneYear = () => {
  const [y, m, d] = today().split("-").map(Number);
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
};
const CREATE = `mutation($i: CreateAnnouncementInput!) { createAnnouncement(input: $i) { id kind city status expiresOn farm { name } amap { name } } }`;
const LIST = `query($f: AnnouncementFilter) { announcements(filter: $f) { total items { title } } }`;
const titles = (data: Record<string, any>) => data.announcements.items.map((a: { title: string }) => a.title).sort();

describe("announcements « Paysan cherche AMAP / AMAP cherche paysan »", () => {
  let regionId: string;
  let deptId: string;
  let farmId: string;
  let amapId: string;
  let farmAd: string;
  let amapAd: string;

  beforeAll(async () => {
    const f = fixtures(h.run);
    regionId = await f.network("Réseau AMAP Occitanie");
    deptId = await f.network("AMAP de l'Hérault", regionId);
    farmId = await f.farm({
      name: "La Ferme des Cigales",
      city: "Lodève",
      email: "cigales@example.org",
      networkIds: [deptId],
    });
    amapId = await f.amap({ name: "AMAP de Montpellier Centre", city: "Montpellier", networkId: regionId });
  });

  it("names the author that matches the kind", async () => {
    const base = {
      networkId: regionId,
      title: "Maraîcher cherche AMAP",
      body: "Légumes bio, 40 paniers.",
      expiresOn: addDays(today(), 30),
    };
    const noFarm = failure(await h.run(CREATE, { i: { ...base, kind: "farm_seeks_amap", amapId } }));
    expect(noFarm.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(noFarm.fields).sort()).toEqual(["amapId", "farmId"]);
    expect(noFarm.fields.farmId).toMatch(/Paysan cherche AMAP/);
    const created = ok(
      await h.run(CREATE, {
        i: {
          ...base,
          networkId: deptId,
          kind: "farm_seeks_amap",
          farmId,
          productionTypes: ["vegetables", "vegetables", "eggs"],
        },
      }),
    );
    expect(created.createAnnouncement).toMatchObject({
      kind: "farm_seeks_amap",
      city: "Lodève",
      status: "open",
      farm: { name: "La Ferme des Cigales" },
      amap: null,
    });
    farmAd = created.createAnnouncement.id;
    const amapSide = ok(
      await h.run(CREATE, {
        i: {
          ...base,
          title: "AMAP cherche éleveur de volailles",
          kind: "amap_seeks_farm",
          amapId,
          productionTypes: ["poultry"],
        },
      }),
    );
    amapAd = amapSide.createAnnouncement.id;
  });

  it("expires after its creation date and at most one year later", async () => {
    const base = { networkId: regionId, kind: "amap_seeks_farm", amapId, title: "T", body: "B" };
    const sameDay = failure(await h.run(CREATE, { i: { ...base, expiresOn: today() } }));
    expect(sameDay).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { expiresOn: expect.stringMatching(/après sa date de création/) },
    });
    const tooFar = failure(await h.run(CREATE, { i: { ...base, expiresOn: addDays(inOneYear(), 1) } }));
    expect(tooFar.fields.expiresOn).toMatch(/au plus tard un an/);
    ok(await h.run(CREATE, { i: { ...base, title: "Un an pile", expiresOn: inOneYear() } }));
    const update = failure(
      await h.run(`mutation($id: ID!, $d: Date) { updateAnnouncement(input: { id: $id, expiresOn: $d }) { id } }`, {
        id: amapAd,
        d: addDays(inOneYear(), 7),
      }),
    );
    expect(update.fields).toHaveProperty("expiresOn");
  });

  it("hides expired and closed announcements, and includes sub-networks on demand", async () => {
    const expired = ok(
      await h.run(CREATE, {
        i: {
          networkId: regionId,
          kind: "amap_seeks_farm",
          amapId,
          title: "Déjà expirée",
          body: "B",
          expiresOn: addDays(today(), 10),
        },
      }),
    );
    // Expiry moves past: simulate the passing days in the table itself.
    await h.ds
      .getRepository(Announcement)
      .update({ id: expired.createAnnouncement.id }, { expiresOn: addDays(today(), -1) });

    const region = ok(await h.run(LIST, { f: { networkId: regionId } }));
    expect(titles(region)).toEqual(["AMAP cherche éleveur de volailles", "Un an pile"]);
    const withSub = ok(await h.run(LIST, { f: { networkId: regionId, includeSubNetworks: true } }));
    expect(titles(withSub)).toEqual(["AMAP cherche éleveur de volailles", "Maraîcher cherche AMAP", "Un an pile"]);
    const later = ok(await h.run(LIST, { f: { networkId: regionId, activeOn: addDays(today(), 31) } }));
    expect(titles(later)).toEqual(["Un an pile"]);
    const all = ok(await h.run(LIST, { f: { networkId: regionId, includeExpired: true } }));
    expect(titles(all)).toContain("Déjà expirée");
    const search = ok(await h.run(LIST, { f: { q: "Lodève", kind: "farm_seeks_amap" } }));
    expect(titles(search)).toEqual(["Maraîcher cherche AMAP"]);
  });

  it("stores replies made through the tool, never showing the announcer's e-mail", async () => {
    const REPLY = `mutation($i: ReplyToAnnouncementInput!) { replyToAnnouncement(input: $i) { id name email } }`;
    const bad = failure(
      await h.run(REPLY, { i: { announcementId: farmAd, name: "", email: "pas-un-mail", message: "Bonjour" } }),
    );
    expect(Object.keys(bad.fields).sort()).toEqual(["email", "name"]);
    const reply = ok(
      await h.run(REPLY, {
        i: {
          announcementId: farmAd,
          name: "Claire (AMAP de Sète)",
          email: "Claire@Example.org",
          message: "Nous cherchons un maraîcher !",
        },
      }),
    );
    expect(reply.replyToAnnouncement).toMatchObject({ name: "Claire (AMAP de Sète)", email: "claire@example.org" });
    const replies = ok(await h.run(`{ announcement(id: "${farmAd}") { replies { name message } } }`)).announcement
      .replies;
    expect(replies).toEqual([{ name: "Claire (AMAP de Sète)", message: "Nous cherchons un maraîcher !" }]);
    const fields = (h.schema.getType("Announcement") as any).getFields();
    expect(Object.keys(fields)).not.toContain("email");
    expect(JSON.stringify(reply)).not.toContain("cigales@example.org");

    ok(await h.run(`mutation { closeAnnouncement(input: { id: "${farmAd}" }) { status } }`));
    expect(
      failure(await h.run(REPLY, { i: { announcementId: farmAd, name: "A", email: "a@b.fr", message: "M" } })).code,
    ).toBe("CONFLICT");
    expect(
      failure(await h.run(`mutation { updateAnnouncement(input: { id: "${farmAd}", title: "X" }) { id } }`)).code,
    ).toBe("CONFLICT");
    const closed = ok(await h.run(LIST, { f: { networkId: deptId } }));
    expect(closed.announcements.total).toBe(0);
  });
});
