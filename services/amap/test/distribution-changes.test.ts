import { uuidv7 } from "../../kit/src/ids";
import { firstError, Harness, openHarness, seedNetwork } from "./harness";
import { Dated, draftTemplate, Net, step, weekly } from "./season.helpers";

let h: Harness;
let net: Net;
let hall: string;
let school: string;
let dates: Dated[];
let templateId: string;

const place = async (amapId: string, name: string) =>
  (
    await h.run(`mutation($a: ID!, $n: String!) { createPlace(input: { amapId: $a, name: $n }) { id } }`, {
      a: amapId,
      n: name,
    })
  ).data!.createPlace.id as string;

const MOVE = `mutation($input: MoveDistributionInput!) { moveDistribution(input: $input) {
  status date movedToDate movedToPlaceId effectiveDate place { name } movedToPlace { name }
  changes { kind originalDate originalPlaceId newDate newPlaceId reason createdAt } } }`;

beforeAll(async () => {
  h = await openHarness("changes", true);
  net = await seedNetwork(h);
  hall = await place(net.amapId, "Salle des fêtes");
  school = await place(net.amapId, "Cour de l'école");
  dates = await weekly(h, net.amapId, "2027-02-02", "2027-02-23", { placeId: hall });
  templateId = (
    await draftTemplate(h, net, dates.slice(0, 3), { season: "2027", name: "Légumes 2027", cashingDates: [] })
  ).id;
  expect((await step(h, "openContractTemplate", templateId)).errors).toBeUndefined();
});
afterAll(() => h.close());

describe("moving and cancelling distributions", () => {
  it("moves only through moveDistribution once members may have signed", async () => {
    const byDate = await h.run(
      `mutation($id: ID!) { updateDistribution(input: { id: $id, date: "2027-02-03" }) { id } }`,
      { id: dates[0].id },
    );
    expect(firstError(byDate)).toMatchObject({
      code: "CONFLICT",
      fields: { date: expect.stringMatching(/^Des contrats ouverts ou signés livrent à cette distribution/) },
    });
    const byPlace = await h.run(
      `mutation($id: ID!, $p: ID) { updateDistribution(input: { id: $id, placeId: $p }) { id } }`,
      { id: dates[0].id, p: school },
    );
    expect(Object.keys(firstError(byPlace).fields)).toEqual(["placeId"]);
    const free = await h.run(
      `mutation($id: ID!) { updateDistribution(input: { id: $id, date: "2027-02-24" }) { date changes { id } } }`,
      { id: dates[3].id },
    );
    expect(free.data!.updateDistribution).toEqual({ date: "2027-02-24", changes: [] });
  });

  it("records a move with the original date and place, and a second move from where the first left it", async () => {
    const first = await h.run(MOVE, {
      input: { id: dates[0].id, date: "2027-02-04", placeId: school, reason: "Salle des fêtes prise par le loto" },
    });
    expect(first.errors).toBeUndefined();
    const moved = first.data!.moveDistribution;
    expect(moved).toMatchObject({
      status: "moved",
      date: "2027-02-02",
      movedToDate: "2027-02-04",
      movedToPlaceId: school,
      effectiveDate: "2027-02-04",
      place: { name: "Salle des fêtes" },
      movedToPlace: { name: "Cour de l'école" },
    });
    expect(moved.changes).toEqual([
      {
        kind: "moved",
        originalDate: "2027-02-02",
        originalPlaceId: hall,
        newDate: "2027-02-04",
        newPlaceId: school,
        reason: "Salle des fêtes prise par le loto",
        createdAt: expect.any(String),
      },
    ]);
    const second = (
      await h.run(MOVE, { input: { id: dates[0].id, date: "2027-02-05", reason: "Le paysan livre le vendredi" } })
    ).data!.moveDistribution;
    expect(second.changes[1]).toMatchObject({
      originalDate: "2027-02-04",
      originalPlaceId: school,
      newDate: "2027-02-05",
      newPlaceId: school,
    });
  });

  it("makes a distribution moved back where it was planned planned again", async () => {
    const res = (await h.run(MOVE, { input: { id: dates[1].id, placeId: school, reason: "Travaux" } })).data!
      .moveDistribution;
    expect(res).toMatchObject({
      status: "moved",
      movedToDate: "2027-02-09",
      movedToPlaceId: school,
      effectiveDate: "2027-02-09",
    });
    const back = (await h.run(MOVE, { input: { id: dates[1].id, placeId: hall, reason: "Travaux finis" } })).data!
      .moveDistribution;
    expect(back).toMatchObject({
      status: "planned",
      movedToDate: null,
      movedToPlaceId: null,
      place: { name: "Salle des fêtes" },
    });
    expect(back.changes.map((c: { newPlaceId: string }) => c.newPlaceId)).toEqual([school, hall]);
  });

  it("refuses a move without reason or change, to another AMAP's place, and any move of a cancelled distribution", async () => {
    const foreign = await place(uuidv7(), "Ailleurs");
    const bad = await h.run(MOVE, { input: { id: dates[1].id, placeId: foreign, reason: " " } });
    expect(Object.keys(firstError(bad).fields).sort()).toEqual(["placeId", "reason"]);
    const same = await h.run(MOVE, { input: { id: dates[1].id, date: "2027-02-09", reason: "Rien" } });
    expect(firstError(same)).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { date: "La distribution a déjà lieu à cette date et à ce lieu." },
    });
    const missing = await h.run(MOVE, { input: { id: uuidv7(), date: "2027-02-09", reason: "Rien" } });
    expect(firstError(missing).code).toBe("NOT_FOUND");
  });

  it("records a cancellation once, with its reason and the terms it cancels", async () => {
    const CANCEL = `mutation($id: ID!, $r: String!) { cancelDistribution(input: { id: $id, reason: $r }) { status changes { kind originalDate originalPlaceId newDate newPlaceId reason } } }`;
    expect(firstError(await h.run(CANCEL, { id: dates[2].id, r: "" })).fields).toHaveProperty("reason");
    const res = await h.run(CANCEL, { id: dates[2].id, r: "Gel : plus de légumes" });
    expect(res.data!.cancelDistribution).toEqual({
      status: "cancelled",
      changes: [
        {
          kind: "cancelled",
          originalDate: "2027-02-16",
          originalPlaceId: hall,
          newDate: null,
          newPlaceId: null,
          reason: "Gel : plus de légumes",
        },
      ],
    });
    const again = await h.run(CANCEL, { id: dates[2].id, r: "Encore" });
    expect(again.data!.cancelDistribution.changes).toHaveLength(1);
    const move = await h.run(MOVE, { input: { id: dates[2].id, date: "2027-02-17", reason: "Finalement" } });
    expect(firstError(move)).toMatchObject({
      code: "CONFLICT",
      fields: { status: "Cette distribution est annulée : elle ne se déplace plus." },
    });
  });

  it("lists changes for the member subgraph: by AMAP, distribution, template, kind and since an instant", async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        await h.run(
          `query($f: DistributionChangeFilter) { distributionChanges(filter: $f, perPage: 100) { total items { id kind distributionId createdAt distribution { id } } } }`,
          { f: filter },
        )
      ).data!.distributionChanges;
    const all = await list({ amapId: net.amapId });
    expect(all.total).toBe(5);
    expect(all.items.map((c: { kind: string }) => c.kind)).toEqual(["moved", "moved", "moved", "moved", "cancelled"]);
    expect(all.items[0].distribution).toEqual({ id: dates[0].id });
    expect((await list({ distributionId: dates[0].id })).total).toBe(2);
    expect(
      (await list({ templateId, kind: "cancelled" })).items.map((c: { distributionId: string }) => c.distributionId),
    ).toEqual([dates[2].id]);
    expect((await list({ amapId: uuidv7() })).total).toBe(0);
    const last = all.items[4];
    const since = await list({ amapId: net.amapId, since: last.createdAt });
    expect(since.items.map((c: { id: string }) => c.id)).toContain(last.id);
    expect((await list({ amapId: net.amapId, since: new Date(Date.now() + 3_600_000).toISOString() })).total).toBe(0);
    const ref = await h.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on DistributionChange { kind reason } } }`,
      { r: [{ __typename: "DistributionChange", id: last.id }] },
    );
    expect(ref.data!._entities).toEqual([{ kind: "cancelled", reason: "Gel : plus de légumes" }]);
  });

  it("shows moves and cancellations in the template's terms, sorted by effective date", async () => {
    const res = await h.run(
      `query($id: ID!) { contractTemplateTerms(id: $id) { deliveries { distributionId date originalDate status placeId startsAt } } }`,
      { id: templateId },
    );
    expect(res.data!.contractTemplateTerms.deliveries).toEqual([
      {
        distributionId: dates[0].id,
        date: "2027-02-05",
        originalDate: "2027-02-02",
        status: "moved",
        placeId: school,
        startsAt: "2027-02-05T17:30:00.000Z",
      },
      {
        distributionId: dates[1].id,
        date: "2027-02-09",
        originalDate: "2027-02-09",
        status: "planned",
        placeId: hall,
        startsAt: "2027-02-09T17:30:00.000Z",
      },
      {
        distributionId: dates[2].id,
        date: "2027-02-16",
        originalDate: "2027-02-16",
        status: "cancelled",
        placeId: hall,
        startsAt: "2027-02-16T17:30:00.000Z",
      },
    ]);
  });
});
