import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { uuidv7 } from "@champ-commun/kit";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { buildMemberSubgraph } from "../src/schema";
import { memberContext } from "../src/app";
import { DutyService, isOnDutyTeam } from "../src/services/duty.service";
import { HouseholdService } from "../src/services/household.service";
import { Person } from "../src/entities/person.entity";
import { domainError, fakeAmap, registerPeriod } from "./fixtures";

let ds: DataSource;
let schema: GraphQLSchema;
const amapId = uuidv7();
const amap = fakeAmap();
const NOW = new Date("2026-04-01T10:00:00Z");
const duty = (now = NOW) => new DutyService(ds.manager, amap, { now });
const [d1, d2] = [uuidv7(), uuidv7()];
const [welcome, sheet, setup, cleanup] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
const period = registerPeriod(amapId, uuidv7(), { startsOn: "2026-01-01", endsOn: "2026-12-31" }, amap);
const household = (name: string, people = [{ firstName: "Alex", lastName: name }]) =>
  new HouseholdService(ds.manager).create({ amapId, displayName: name, people });

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "duty"));
  schema = (await buildMemberSubgraph()).schema;
  amap.distributions.set(d1, {
    id: d1,
    amapId,
    date: "2026-04-07",
    startTime: "18:00",
    status: "planned",
    movedToDate: null,
  });
  amap.distributions.set(d2, {
    id: d2,
    amapId,
    date: "2026-04-14",
    startTime: "18:00",
    status: "moved",
    movedToDate: "2026-04-15",
  });
  amap.shifts.set(welcome, { id: welcome, amapId, distributionId: d1, seats: 2 });
  amap.shifts.set(sheet, { id: sheet, amapId, distributionId: d1, seats: 1 });
  amap.shifts.set(setup, { id: setup, amapId, distributionId: d2, seats: 1 });
  amap.shifts.set(cleanup, { id: cleanup, amapId, distributionId: d2, seats: 1 });
  amap.rules.set(amapId, {
    signupDeadlineHours: 24,
    maxShiftsPerHouseholdPerDistribution: 1,
    requiredShiftsPerHouseholdPerPeriod: 2,
  });
});
afterAll(() => ds.destroy());

describe("duty sign-ups", () => {
  it("applies the roster's rules: deadline, one shift per distribution and household, seats", async () => {
    const [a, b, c] = [await household("Perm1"), await household("Perm2"), await household("Perm3")];
    const first = await duty().signUp(welcome, a.id);
    expect(first).toMatchObject({
      amapId,
      shiftId: welcome,
      distributionId: d1,
      date: "2026-04-07",
      householdId: a.id,
      personId: null,
    });
    const sameDay = await domainError(duty().signUp(sheet, a.id));
    expect([sameDay.code, Object.keys(sameDay.fields)]).toEqual(["CONFLICT", ["householdId"]]);
    const again = await domainError(duty().signUp(welcome, a.id));
    expect([again.code, Object.keys(again.fields)]).toEqual(["CONFLICT", ["householdId"]]);
    await duty().signUp(welcome, b.id);
    const full = await domainError(duty().signUp(welcome, c.id));
    expect([full.code, Object.keys(full.fields)]).toEqual(["CONFLICT", ["shiftId"]]);
    // 2026-04-07 18:00 Paris = 16:00 UTC; sign-ups close 24 hours before.
    const late = await domainError(duty(new Date("2026-04-06T16:00:01Z")).signUp(sheet, c.id));
    expect([late.code, Object.keys(late.fields)]).toEqual(["BAD_USER_INPUT", ["shiftId"]]);
    expect(late.fields.shiftId.fr).toMatch(/closes depuis le 6 avril 2026 à 18 h\./);
    expect((await domainError(duty().signUp(uuidv7(), c.id))).code).toBe("NOT_FOUND");
    const stranger = await new HouseholdService(ds.manager).create({
      amapId: uuidv7(),
      displayName: "Ailleurs",
      people: [{ lastName: "Ailleurs" }],
    });
    const [otherPerson] = await ds.getRepository(Person).find({ where: { householdId: b.id } });
    const bad = await domainError(duty().signUp(sheet, stranger.id, otherPerson.id));
    expect([bad.code, Object.keys(bad.fields).sort()]).toEqual(["BAD_USER_INPUT", ["householdId", "personId"]]);
    // A moved distribution counts on its new date.
    expect(await duty().signUp(setup, a.id)).toMatchObject({ date: "2026-04-15" });
    const signup = await duty().signUp(sheet, c.id);
    const tooLate = await domainError(duty(new Date("2026-04-07T10:00:00Z")).withdraw(signup.id));
    expect([tooLate.code, Object.keys(tooLate.fields)]).toEqual(["CONFLICT", ["id"]]);
    expect(await duty().withdraw(signup.id)).toBe(true);
  });

  it("counts a household's shifts over a period, tells who is on duty, and whether a person is on the team", async () => {
    const h = await household("Equipe", [
      { firstName: "Lou", lastName: "Equipe" },
      { firstName: "Max", lastName: "Equipe" },
    ]);
    const [lou, max] = await ds
      .getRepository(Person)
      .find({ where: { householdId: h.id }, order: { firstName: "ASC" } });
    await duty().signUp(sheet, h.id, lou.id);
    expect(await duty().count(h.id, period.id)).toEqual({ periodId: period.id, signedUp: 1, required: 2, missing: 1 });
    expect(await isOnDutyTeam(ds.manager, lou.id, d1)).toBe(true);
    expect(await isOnDutyTeam(ds.manager, max.id, d1)).toBe(false);
    expect(await isOnDutyTeam(ds.manager, lou.id, d2)).toBe(false);
    const [perm1] = await ds.getRepository(Person).find({ where: { lastName: "Perm1" } });
    // Signed up without naming anyone: everyone of the household is on the team.
    expect(await isOnDutyTeam(ds.manager, perm1.id, d1)).toBe(true);
    expect((await duty().onDuty([d1])).map((s) => s.shiftId)).toEqual([welcome, welcome, sheet]);
    expect((await domainError(duty().count(h.id, uuidv7()))).code).toBe("NOT_FOUND");
  });

  it("extends DutyShift with its sign-ups and vacancies, and serves whoIsOnDuty and dutyCount", async () => {
    const ctx = { ...memberContext(ds), amap, now: () => NOW };
    const res = await execute(
      schema,
      `query($r: [_Any!]!, $d: ID!) { _entities(representations: $r) { ... on DutyShift { id vacancies signups { household { displayName } person { firstName } } } }
        whoIsOnDuty(distributionId: $d) { household { displayName } shift { id } } }`,
      ctx,
      {
        r: [
          { __typename: "DutyShift", id: welcome, seats: 2 },
          { __typename: "DutyShift", id: sheet, seats: 3 },
        ],
        d: d1,
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities[0]).toEqual({
      id: welcome,
      vacancies: 0,
      signups: [
        { household: { displayName: "Perm1" }, person: null },
        { household: { displayName: "Perm2" }, person: null },
      ],
    });
    expect(res.data!._entities[1]).toMatchObject({
      vacancies: 2,
      signups: [{ household: { displayName: "Equipe" }, person: { firstName: "Lou" } }],
    });
    expect(res.data!.whoIsOnDuty.map((s: { household: { displayName: string } }) => s.household.displayName)).toEqual([
      "Perm1",
      "Perm2",
      "Equipe",
    ]);
    const [perm3] = (await new HouseholdService(ds.manager).list({ amapId, q: "Perm3" })).items;
    const race = await Promise.all(
      [perm3.id, (await household("Course")).id].map((h) =>
        execute(
          schema,
          `mutation($s: ID!, $h: ID!) { signUpForDuty(input: { shiftId: $s, householdId: $h }) { id } }`,
          ctx,
          { s: cleanup, h },
        ),
      ),
    );
    // Two households racing for the last seat: one gets it.
    expect(race.map((r) => r.errors?.[0].extensions.code ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    const winner = race[0].errors ? null : perm3.id;
    const count = await execute(
      schema,
      `query($r: [_Any!]!, $p: ID!) { _entities(representations: $r) { ... on Household { dutyCount(periodId: $p) { signedUp required missing } } } }`,
      ctx,
      {
        r: [{ __typename: "Household", id: perm3.id }],
        p: period.id,
      },
    );
    expect(count.data!._entities[0].dutyCount).toEqual(
      winner ? { signedUp: 1, required: 2, missing: 1 } : { signedUp: 0, required: 2, missing: 2 },
    );
  });
});
