import { calendarDates } from "../src/services/calendar";
import { uuidv7 } from "../../kit/src/ids";
import { firstError, Harness, openHarness } from "./harness";

let h: Harness;
const amapId = uuidv7();
beforeAll(async () => {
  h = await openHarness("calendar", false);
});
afterAll(() => h.close());

const GENERATE = `mutation($input: GenerateDistributionsInput!) { generateDistributions(input: $input) { id date startTime status place { name } } }`;
const dates = (res: { data?: Record<string, any> | null }) =>
  (res.data!.generateDistributions as Array<{ date: string }>).map((d) => d.date);

describe("calendar rules", () => {
  it("keeps the rank of the first date in its month; the 5th weekday means the last", () => {
    expect(calendarDates("2026-04-09", "2026-08-31", "monthly", 4)).toEqual([
      "2026-04-09",
      "2026-05-14",
      "2026-06-11",
      "2026-07-09",
      "2026-08-13",
    ]);
    expect(calendarDates("2026-01-29", "2026-04-30", "monthly", 4)).toEqual([
      "2026-01-29",
      "2026-02-26",
      "2026-03-26",
      "2026-04-30",
    ]);
    expect(calendarDates("2026-12-01", "2027-02-28", "monthly", 2)).toEqual(["2026-12-01", "2027-01-05", "2027-02-02"]);
  });
});

describe("places", () => {
  let placeId: string;

  it("creates, updates and lists places", async () => {
    const res = await h.run(
      `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Salle des fêtes", city: "Les Lilas", postalCode: "93260", hours: "mardi 18 h 30 – 20 h" }) { id name hours accessNotes amap { id } } }`,
      { a: amapId },
    );
    expect(res.errors).toBeUndefined();
    placeId = res.data!.createPlace.id;
    expect(res.data!.createPlace).toMatchObject({ name: "Salle des fêtes", accessNotes: "", amap: { id: amapId } });
    const upd = await h.run(
      `mutation($id: ID!) { updatePlace(input: { id: $id, accessNotes: "Code 1234", latitude: 48.88 }) { accessNotes latitude name } }`,
      { id: placeId },
    );
    expect(upd.data!.updatePlace).toEqual({ accessNotes: "Code 1234", latitude: 48.88, name: "Salle des fêtes" });
    const list = await h.run(`query($a: ID) { places(filter: { amapId: $a, q: "fêtes" }) { total items { id } } }`, {
      a: amapId,
    });
    expect(list.data!.places).toEqual({ total: 1, items: [{ id: placeId }] });
    expect((await h.run(`{ place(id: "${uuidv7()}") { id } }`)).data!.place).toBeNull();
  });

  it("reports every bad field at once", async () => {
    const res = await h.run(
      `mutation($a: ID!) { createPlace(input: { amapId: $a, name: " ", postalCode: "932", latitude: 123 }) { id } }`,
      { a: amapId },
    );
    const err = firstError(res);
    expect(err.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(err.fields).sort()).toEqual(["latitude", "name", "postalCode"]);
    expect(err.fields.postalCode).toMatch(/5 chiffres/);
  });

  it("generates a weekly calendar with exclusions, and skips existing dates when run again", async () => {
    const input = {
      amapId,
      placeId,
      from: "2026-01-01",
      to: "2026-01-31",
      cycle: "weekly",
      weekday: 2,
      startTime: "18:30",
      endTime: "20:00",
      excludedDates: ["2026-01-20"],
    };
    const first = await h.run(GENERATE, { input });
    expect(first.errors).toBeUndefined();
    expect(dates(first)).toEqual(["2026-01-06", "2026-01-13", "2026-01-27"]);
    expect(first.data!.generateDistributions[0]).toMatchObject({
      startTime: "18:30",
      status: "planned",
      place: { name: "Salle des fêtes" },
    });
    // Each returned id is the stored row of that date (a multi-row insert must not shuffle them).
    const stored = await h.run(`query($ids: [ID!]) { distributions(filter: { ids: $ids }) { items { id date } } }`, {
      ids: first.data!.generateDistributions.map((d: { id: string }) => d.id),
    });
    expect(stored.data!.distributions.items).toEqual(
      first.data!.generateDistributions.map(({ id, date }: { id: string; date: string }) => ({ id, date })),
    );
    const again = await h.run(GENERATE, { input: { ...input, excludedDates: [] } });
    expect(dates(again)).toEqual(["2026-01-20"]);
    expect(dates(await h.run(GENERATE, { input }))).toEqual([]);
  });

  it("generates fortnightly and monthly calendars (weekday from `from` when absent)", async () => {
    const common = { amapId, placeId, startTime: "18:00", endTime: "19:30" };
    const fortnight = await h.run(GENERATE, {
      input: { ...common, from: "2026-02-01", to: "2026-03-31", cycle: "fortnightly", weekday: 2 },
    });
    expect(dates(fortnight)).toEqual(["2026-02-03", "2026-02-17", "2026-03-03", "2026-03-17", "2026-03-31"]);
    const monthly = await h.run(GENERATE, {
      input: { ...common, from: "2026-04-09", to: "2026-08-31", cycle: "monthly", excludedDates: ["2026-07-09"] },
    });
    expect(dates(monthly)).toEqual(["2026-04-09", "2026-05-14", "2026-06-11", "2026-08-13"]);
    const listed = await h.run(
      `query($a: ID) { distributions(filter: { amapId: $a, from: "2026-02-01", to: "2026-03-31" }, perPage: 100) { total items { date } } }`,
      { a: amapId },
    );
    expect(listed.data!.distributions.total).toBe(5);
  });

  it("refuses a bad calendar: reversed range, bad times, a place of another AMAP", async () => {
    const res = await h.run(GENERATE, {
      input: {
        amapId: uuidv7(),
        placeId,
        from: "2026-05-01",
        to: "2026-04-01",
        cycle: "weekly",
        weekday: 9,
        startTime: "25:00",
        endTime: "18:00",
      },
    });
    const err = firstError(res);
    expect(err.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(err.fields).sort()).toEqual(["placeId", "startTime", "to", "weekday"]);
  });

  it("moves and cancels distributions", async () => {
    const created = await h.run(
      `mutation($a: ID!) { createDistribution(input: { amapId: $a, date: "2026-09-01", startTime: "18:00", endTime: "19:00" }) { id place { id } } }`,
      { a: amapId },
    );
    const id = created.data!.createDistribution.id;
    expect(created.data!.createDistribution.place).toBeNull();
    const noDate = await h.run(`mutation($id: ID!) { moveDistribution(input: { id: $id, reason: "Gel" }) { id } }`, {
      id,
    });
    expect(firstError(noDate).fields).toHaveProperty("date");
    const moved = await h.run(
      `mutation($id: ID!) { moveDistribution(input: { id: $id, date: "2026-09-02", reason: "Salle prise" }) { status date movedToDate effectiveDate } }`,
      { id },
    );
    expect(moved.data!.moveDistribution).toEqual({
      status: "moved",
      date: "2026-09-01",
      movedToDate: "2026-09-02",
      effectiveDate: "2026-09-02",
    });
    const times = await h.run(
      `mutation($id: ID!) { updateDistribution(input: { id: $id, endTime: "20:00" }) { endTime } }`,
      { id },
    );
    expect(times.data!.updateDistribution.endTime).toBe("20:00");
    const badWindow = await h.run(
      `mutation($id: ID!) { updateDistribution(input: { id: $id, startTime: "21:00" }) { id } }`,
      { id },
    );
    expect(firstError(badWindow).fields).toHaveProperty("endTime");
    const cancelled = await h.run(
      `mutation($id: ID!) { cancelDistribution(input: { id: $id, reason: "Grève" }) { status movedToDate } }`,
      { id },
    );
    expect(cancelled.data!.cancelDistribution).toEqual({ status: "cancelled", movedToDate: null });
    const list = await h.run(
      `query($a: ID) { distributions(filter: { amapId: $a, status: cancelled }) { items { id } } }`,
      { a: amapId },
    );
    expect(list.data!.distributions.items).toEqual([{ id }]);
  });

  it("keeps a place that distributions use (CONFLICT), deletes an unused one", async () => {
    const used = await h.run(`{ places { items { id } } }`);
    const res = await h.run(`mutation($id: ID!) { deletePlace(input: { id: $id }) }`, {
      id: used.data!.places.items[0].id,
    });
    expect(firstError(res).code).toBe("CONFLICT");
    const spare = await h.run(`mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Préau" }) { id } }`, {
      a: amapId,
    });
    const ok = await h.run(`mutation($id: ID!) { deletePlace(input: { id: $id }) }`, {
      id: spare.data!.createPlace.id,
    });
    expect(ok.data!.deletePlace).toBe(true);
  });
});

describe("membership periods", () => {
  it("creates a free-fee period and checks its amounts and dates", async () => {
    const res = await h.run(
      `mutation($a: ID!) { createMembershipPeriod(input: { amapId: $a, name: "Adhésion 2026", startsOn: "2026-01-01", endsOn: "2026-12-31", feeMode: free, minFeeCents: 500, suggestedFeeCents: 1500, networkShareCents: 300 }) { id feeMode feeCents suggestedFeeCents amap { id } } }`,
      { a: amapId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createMembershipPeriod).toMatchObject({ feeMode: "free", feeCents: 0, suggestedFeeCents: 1500 });
    const id = res.data!.createMembershipPeriod.id;
    const bad = await h.run(
      `mutation($id: ID!) { updateMembershipPeriod(input: { id: $id, endsOn: "2025-12-31", suggestedFeeCents: 100, networkShareCents: 10.5 }) { id } }`,
      { id },
    );
    expect(bad.errors).toBeDefined();
    const worse = await h.run(
      `mutation($id: ID!) { updateMembershipPeriod(input: { id: $id, endsOn: "2025-12-31", suggestedFeeCents: 100 }) { id } }`,
      { id },
    );
    expect(Object.keys(firstError(worse).fields).sort()).toEqual(["endsOn", "suggestedFeeCents"]);
    const ok = await h.run(
      `mutation($id: ID!) { updateMembershipPeriod(input: { id: $id, feeMode: fixed, feeCents: 1000 }) { feeMode feeCents } }`,
      { id },
    );
    expect(ok.data!.updateMembershipPeriod).toEqual({ feeMode: "fixed", feeCents: 1000 });
    const list = await h.run(`query($a: ID) { membershipPeriods(filter: { amapId: $a }) { total items { name } } }`, {
      a: amapId,
    });
    expect(list.data!.membershipPeriods).toEqual({ total: 1, items: [{ name: "Adhésion 2026" }] });
  });
});
