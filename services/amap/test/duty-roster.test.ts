import { uuidv7 } from "../../kit/src/ids";
import { firstError, Harness, openHarness } from "./harness";
import { Dated, weekly } from "./season.helpers";

let h: Harness;
const amapId = uuidv7();
let dates: Dated[];
const roles: Record<string, string> = {};

const ROLE = `mutation($input: CreateDutyRoleInput!) { createDutyRole(input: $input) { id name description defaultSeats position active amap { id } } }`;
const GENERATE = `mutation($a: ID!, $from: Date!, $to: Date!) { generateDutyShifts(input: { amapId: $a, from: $from, to: $to }) { id seats role { name } distribution { date } } }`;

beforeAll(async () => {
  h = await openHarness("duty", false);
  dates = await weekly(h, amapId, "2027-04-06", "2027-04-27");
});
afterAll(() => h.close());

describe("duty roles", () => {
  it("creates the AMAP's roles in roster order, each name once", async () => {
    for (const [name, seats] of [
      ["Accueil", 1],
      ["Émargement", 2],
      ["Installation", 3],
    ] as const) {
      const res = await h.run(ROLE, {
        input: { amapId, name, defaultSeats: seats, description: `${name} des amapiens` },
      });
      expect(res.errors).toBeUndefined();
      roles[name] = res.data!.createDutyRole.id;
    }
    const dup = await h.run(ROLE, { input: { amapId, name: " emargement " } });
    expect(firstError(dup)).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { name: "Un rôle de permanence porte déjà ce nom dans cette AMAP." },
    });
    const bad = await h.run(ROLE, { input: { amapId, name: "", defaultSeats: 0 } });
    expect(Object.keys(firstError(bad).fields).sort()).toEqual(["defaultSeats", "name"]);
    const listed = await h.run(
      `query($a: ID) { dutyRoles(filter: { amapId: $a }) { total items { name position } } }`,
      { a: amapId },
    );
    expect(listed.data!.dutyRoles).toEqual({
      total: 3,
      items: [
        { name: "Accueil", position: 0 },
        { name: "Émargement", position: 1 },
        { name: "Installation", position: 2 },
      ],
    });
    const renamed = await h.run(`mutation($id: ID!) { updateDutyRole(input: { id: $id, name: "Accueil" }) { id } }`, {
      id: roles["Émargement"],
    });
    expect(firstError(renamed).fields).toHaveProperty("name");
  });
});

describe("duty shifts", () => {
  it("generates one shift per active role and distribution still held, and nothing more when run again", async () => {
    await h.run(`mutation($id: ID!) { cancelDistribution(input: { id: $id, reason: "Férié" }) { id } }`, {
      id: dates[1].id,
    });
    await h.run(`mutation($id: ID!) { updateDutyRole(input: { id: $id, active: false }) { active } }`, {
      id: roles["Installation"],
    });
    const first = await h.run(GENERATE, { a: amapId, from: "2027-04-01", to: "2027-04-20" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.generateDutyShifts.map((s: any) => [s.distribution.date, s.role.name, s.seats])).toEqual([
      ["2027-04-06", "Accueil", 1],
      ["2027-04-06", "Émargement", 2],
      ["2027-04-20", "Accueil", 1],
      ["2027-04-20", "Émargement", 2],
    ]);
    expect(
      (await h.run(GENERATE, { a: amapId, from: "2027-04-01", to: "2027-04-20" })).data!.generateDutyShifts,
    ).toEqual([]);
    await h.run(`mutation($id: ID!) { updateDutyRole(input: { id: $id, active: true }) { active } }`, {
      id: roles["Installation"],
    });
    const more = await h.run(GENERATE, { a: amapId, from: "2027-04-01", to: "2027-04-30" });
    expect(more.data!.generateDutyShifts.map((s: any) => [s.distribution.date, s.role.name])).toEqual([
      ["2027-04-06", "Installation"],
      ["2027-04-20", "Installation"],
      ["2027-04-27", "Accueil"],
      ["2027-04-27", "Émargement"],
      ["2027-04-27", "Installation"],
    ]);
  });

  it("refuses a bad range, and generating without any active role (CONFLICT)", async () => {
    const bad = await h.run(GENERATE, { a: amapId, from: "2027-05-01", to: "2027-04-01" });
    expect(Object.keys(firstError(bad).fields)).toEqual(["to"]);
    const far = await h.run(GENERATE, { a: amapId, from: "2027-01-01", to: "2030-01-01" });
    expect(firstError(far).fields.to).toBe("Deux ans au plus à la fois.");
    const none = await h.run(GENERATE, { a: uuidv7(), from: "2027-04-01", to: "2027-04-30" });
    expect(firstError(none)).toMatchObject({
      code: "CONFLICT",
      fields: { amapId: expect.stringMatching(/^Aucun rôle de permanence actif/) },
    });
  });

  it("lists shifts by AMAP, distribution and date range, and shows them on each distribution", async () => {
    const list = async (filter: Record<string, unknown>, extra = "") =>
      (
        await h.run(
          `query($f: DutyShiftFilter) { dutyShifts(filter: $f, perPage: 100${extra}) { total items { id seats role { name } distribution { date } } } }`,
          { f: filter },
        )
      ).data!.dutyShifts;
    expect((await list({ amapId })).total).toBe(9);
    const april20 = await list({ amapId, from: "2027-04-20", to: "2027-04-20" });
    expect(april20.items.map((s: any) => s.role.name)).toEqual(["Accueil", "Émargement", "Installation"]);
    expect((await list({ distributionId: dates[0].id })).total).toBe(3);
    expect((await list({ amapId, roleId: roles["Accueil"] })).items.map((s: any) => s.distribution.date)).toEqual([
      "2027-04-06",
      "2027-04-20",
      "2027-04-27",
    ]);
    const bySeats = await list({ amapId }, `, sort: [{ field: "seats", order: DESC }]`);
    expect(bySeats.items[0].seats).toBe(3);
    const onDistribution = await h.run(
      `query($id: ID!) { distribution(id: $id) { dutyShifts { seats role { name } } } }`,
      { id: dates[3].id },
    );
    expect(onDistribution.data!.distribution.dutyShifts.map((s: any) => s.role.name)).toEqual([
      "Accueil",
      "Émargement",
      "Installation",
    ]);
    const shift = april20.items[0];
    const upd = await h.run(`mutation($id: ID!) { updateDutyShift(input: { id: $id, seats: 4 }) { seats } }`, {
      id: shift.id,
    });
    expect(upd.data!.updateDutyShift.seats).toBe(4);
    expect(
      firstError(
        await h.run(`mutation($id: ID!) { updateDutyShift(input: { id: $id, seats: -1 }) { seats } }`, {
          id: shift.id,
        }),
      ).fields,
    ).toHaveProperty("seats");
    const ref = await h.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on DutyShift { id seats } } }`,
      { r: [{ __typename: "DutyShift", id: shift.id }] },
    );
    expect(ref.data!._entities).toEqual([{ id: shift.id, seats: 4 }]);
  });
});

describe("duty rules", () => {
  it("serves the defaults, then the AMAP's own rules, and computes when sign-ups close", async () => {
    const RULES = `query($a: ID!) { dutyRules(amapId: $a) { amapId signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod updatedAt } }`;
    expect((await h.run(RULES, { a: amapId })).data!.dutyRules).toEqual({
      amapId,
      signupDeadlineHours: 24,
      maxShiftsPerHouseholdPerDistribution: 1,
      requiredShiftsPerHouseholdPerPeriod: 0,
      updatedAt: null,
    });
    const bad = await h.run(
      `mutation($a: ID!) { updateDutyRules(input: { amapId: $a, signupDeadlineHours: -2, maxShiftsPerHouseholdPerDistribution: 0, requiredShiftsPerHouseholdPerPeriod: 99 }) { amapId } }`,
      { a: amapId },
    );
    expect(Object.keys(firstError(bad).fields).sort()).toEqual([
      "maxShiftsPerHouseholdPerDistribution",
      "requiredShiftsPerHouseholdPerPeriod",
      "signupDeadlineHours",
    ]);
    const set = await h.run(
      `mutation($a: ID!) { updateDutyRules(input: { amapId: $a, signupDeadlineHours: 48, requiredShiftsPerHouseholdPerPeriod: 2 }) { signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod } }`,
      { a: amapId },
    );
    expect(set.data!.updateDutyRules).toEqual({
      signupDeadlineHours: 48,
      maxShiftsPerHouseholdPerDistribution: 1,
      requiredShiftsPerHouseholdPerPeriod: 2,
    });
    const again = await h.run(
      `mutation($a: ID!) { updateDutyRules(input: { amapId: $a, maxShiftsPerHouseholdPerDistribution: 2 }) { signupDeadlineHours maxShiftsPerHouseholdPerDistribution } }`,
      { a: amapId },
    );
    expect(again.data!.updateDutyRules).toEqual({ signupDeadlineHours: 48, maxShiftsPerHouseholdPerDistribution: 2 });
    const shifts = await h.run(`query($id: ID!) { distribution(id: $id) { dutyShifts { signupClosesAt } } }`, {
      id: dates[0].id,
    });
    // 2027-04-06 18:30 in Paris (UTC+2) is 16:30Z; 48 hours earlier.
    expect(shifts.data!.distribution.dutyShifts[0].signupClosesAt).toBe("2027-04-04T16:30:00.000Z");
    const onAmap = await h.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { dutyRoles { name } dutyRules { signupDeadlineHours } } } }`,
      { r: [{ __typename: "Amap", id: amapId }] },
    );
    expect(onAmap.data!._entities[0]).toEqual({
      dutyRoles: [{ name: "Accueil" }, { name: "Émargement" }, { name: "Installation" }],
      dutyRules: { signupDeadlineHours: 48 },
    });
  });
});
