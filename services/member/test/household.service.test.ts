import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { HouseholdService } from "../src/services/household.service";
import { MembershipService } from "../src/services/membership.service";
import { Person } from "../src/entities/person.entity";
import { HouseholdStatus } from "../src/entities/household.entity";
import { MembershipStatus } from "../src/entities/membership.entity";
import { PaymentMeans } from "../src/entities/installment.entity";
import { amapFake, domainError, registerPeriod } from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const households = () => new HouseholdService(ds.manager);
const memberships = () => new MembershipService(ds.manager, amapFake);
const peopleOf = (householdId: string) =>
  ds.getRepository(Person).find({ where: { householdId }, order: { firstName: "ASC" } });

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "household"));
});
afterAll(() => ds.destroy());

describe("households and people", () => {
  it("creates a household with its people; the first is primary and names it by default", async () => {
    const h = await households().create({
      amapId,
      people: [
        { firstName: "Léa", lastName: "Moreau", email: " Lea.Moreau@Example.org " },
        { firstName: "Sam", lastName: "Moreau" },
      ],
    });
    expect(h.displayName).toBe("Moreau Léa");
    expect(h.status).toBe(HouseholdStatus.active);
    const people = await peopleOf(h.id);
    expect(people.map((p) => [p.firstName, p.isPrimary, p.email])).toEqual([
      ["Léa", true, "lea.moreau@example.org"],
      ["Sam", false, ""],
    ]);
    expect(people.every((p) => p.amapId === amapId)).toBe(true);
  });

  it("reports each bad field of a household and its people", async () => {
    const err = await domainError(
      households().create({
        amapId: "nope",
        people: [
          { lastName: " ", email: "pas-un-email" },
          { lastName: "B", isPrimary: true },
          { lastName: "C", isPrimary: true },
        ],
      }),
    );
    expect(err.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(err.fields).sort()).toEqual([
      "amapId",
      "people.0.email",
      "people.0.lastName",
      "people.2.isPrimary",
    ]);
    const none = await domainError(households().create({ amapId, displayName: "Vide", people: [] }));
    expect(Object.keys(none.fields)).toEqual(["people"]);
  });

  it("adds, promotes and removes people; a household keeps at least one person and a primary contact", async () => {
    const h = await households().create({
      amapId,
      displayName: "Garcia",
      people: [{ firstName: "Ana", lastName: "Garcia" }],
    });
    const [ana] = await peopleOf(h.id);
    const luis = await households().addPerson(h.id, { firstName: "Luis", lastName: "Garcia", isPrimary: true });
    expect((await peopleOf(h.id)).map((p) => [p.firstName, p.isPrimary])).toEqual([
      ["Ana", false],
      ["Luis", true],
    ]);
    const demote = await domainError(households().updatePerson(luis.id, { isPrimary: false }));
    expect(demote.code).toBe("CONFLICT");
    await households().updatePerson(ana.id, { isPrimary: true, phone: "06 12 34 56 78" });
    expect((await peopleOf(h.id)).map((p) => [p.firstName, p.isPrimary])).toEqual([
      ["Ana", true],
      ["Luis", false],
    ]);
    await households().removePerson(ana.id);
    expect((await peopleOf(h.id)).map((p) => [p.firstName, p.isPrimary])).toEqual([["Luis", true]]);
    const last = await domainError(households().removePerson(luis.id));
    expect(last.code).toBe("CONFLICT");
    expect((await domainError(households().addPerson(uuidv7(), { lastName: "X" }))).code).toBe("NOT_FOUND");
  });

  it("updates a household and searches households by name, person or e-mail", async () => {
    const h = await households().create({
      amapId,
      displayName: "Famille Leblanc",
      people: [{ firstName: "Jo", lastName: "Leblanc", email: "jo@champ.example" }],
    });
    await households().update(h.id, { status: HouseholdStatus.waiting_list, notes: "Attend une place en légumes." });
    const byPerson = await households().list({ amapId, q: "champ.example" });
    expect(byPerson.items.map((x) => x.displayName)).toEqual(["Famille Leblanc"]);
    const waiting = await households().list({ amapId, status: HouseholdStatus.waiting_list });
    expect(waiting.total).toBe(1);
    const page = await households().list(
      { amapId },
      { perPage: 2, page: 2, sort: [{ field: "displayName", order: "DESC" as never }] },
    );
    expect(page.total).toBe(3);
    expect(page.items.map((x) => x.displayName)).toEqual(["Famille Leblanc"]);
    expect(
      (await domainError(households().list({}, { sort: [{ field: "notes", order: "ASC" as never }] }))).fields,
    ).toHaveProperty("sort");
    expect((await domainError(households().update(h.id, { displayName: "" }))).fields).toHaveProperty("displayName");
  });
});

describe("memberships", () => {
  it("records one membership per household and period; payments are recorded on its installment", async () => {
    const h = await households().create({ amapId, displayName: "Roux", people: [{ lastName: "Roux" }] });
    const periodId = uuidv7();
    registerPeriod(amapId, periodId);
    const m = await memberships().create({ householdId: h.id, periodId, amountCents: 2000 });
    expect([m.amapId, m.status, m.paidOn]).toEqual([amapId, MembershipStatus.pending, null]);
    const twice = await domainError(memberships().create({ householdId: h.id, periodId, amountCents: 2000 }));
    expect([twice.code, Object.keys(twice.fields)]).toEqual(["CONFLICT", ["periodId"]]);
    const paid = await domainError(memberships().update(m.id, { status: MembershipStatus.paid }));
    expect([paid.code, Object.keys(paid.fields)]).toEqual(["CONFLICT", ["status"]]);
    await memberships().update(m.id, { status: MembershipStatus.cancelled });
    await expect(
      memberships().create({
        householdId: h.id,
        periodId,
        amountCents: 1000,
        means: PaymentMeans.transfer,
        status: MembershipStatus.paid,
        paidOn: "2026-03-01",
      }),
    ).resolves.toMatchObject({ paidOn: "2026-03-01" });
    const bad = await domainError(memberships().create({ householdId: uuidv7(), periodId: "x", amountCents: -5 }));
    expect(Object.keys(bad.fields).sort()).toEqual(["amountCents", "periodId"]);
    const unknown = await domainError(memberships().create({ householdId: uuidv7(), periodId, amountCents: 5 }));
    expect(Object.keys(unknown.fields)).toEqual(["householdId"]);
  });
});
