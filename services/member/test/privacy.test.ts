import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { memberEntities, openMemberDb } from "../src/db";
import { HouseholdService } from "../src/services/household.service";
import { MembershipService } from "../src/services/membership.service";
import { SubscriptionService } from "../src/services/subscription.service";
import { MembershipStatus } from "../src/entities/membership.entity";
import { Installment, InstallmentStatus, PaymentMeans } from "../src/entities/installment.entity";
import { Household } from "../src/entities/household.entity";
import { Person } from "../src/entities/person.entity";
import { CoSubscriber } from "../src/entities/co-subscriber.entity";
import { WaitingListEntry, WaitingListStatus } from "../src/entities/waiting-list-entry.entity";
import { Absence } from "../src/entities/absence.entity";
import { Postponement, PostponementStatus } from "../src/entities/postponement.entity";
import { BasketHandover, BasketHandoverStatus } from "../src/entities/basket-handover.entity";
import { Amendment, AmendmentKind, AmendmentStatus } from "../src/entities/amendment.entity";
import { DutySignup } from "../src/entities/duty-signup.entity";
import { Handover } from "../src/entities/handover.entity";
import { AuditEntry } from "../src/audit/audit-entry.entity";
import { recordAudit } from "../src/audit/audit";
import { Account, AccountStatus } from "../src/accounts/account.entity";
import { RefreshSession } from "../src/accounts/refresh-session.entity";
import { OneTimeToken, OneTimePurpose } from "../src/accounts/one-time-token.entity";
import { RoleGrant, RoleName } from "../src/accounts/role-grant.entity";
import { OutboxMail } from "../src/notifications/outbox-mail.entity";
import { NotificationPreference } from "../src/notifications/preference.entity";
import { CalendarFeed, CalendarFeedKind } from "../src/calendar/calendar-feed.entity";
import { EventRegistration, RegistrationStatus } from "../src/events/event-registration.entity";
import { HouseholdExportService } from "../src/privacy/household-export.service";
import { NOT_NAMING_A_HOUSEHOLD, recordLinks } from "../src/privacy/household-records";
import { anonymousName, ErasureService } from "../src/privacy/erasure.service";
import { ErasureStatus } from "../src/privacy/erasure-request.entity";
import { amapFake, grid, makeTerms, registerPeriod, termsSource } from "./fixtures";

/*
 * A member's export and erasure, complete by construction: the export follows TypeORM's metadata,
 * and this file fills every entity that names a household (a new one fails here until it has a
 * fixture row); after erasure, a dump of every table holds neither name, e-mail nor phone, and the
 * household's installments sum as before.
 */

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const ZYS = { first: "Anaïs", last: "Zyskowicz", email: "anais.zyskowicz@exemple.org", phone: "06 71 42 93 58" };
const CO = { first: "Bérénice", last: "Zyskowicz", email: "berenice.zyskowicz@exemple.org" };
const identity = [ZYS.email, CO.email, ZYS.phone, `${ZYS.first} ${ZYS.last}`, ZYS.last];

interface World {
  householdId: string;
  otherHouseholdId: string;
  personId: string;
  subscriptionId: string;
  otherSubscriptionId: string;
  membershipId: string;
  distributionId: string;
}
let w: World;
/** The fixture row each entity got, by entity name (what the export must contain). */
const made: Record<string, string> = {};

async function insert<T extends object>(entity: new () => T, row: Record<string, unknown>): Promise<string> {
  const id = (row.id as string) ?? uuidv7();
  await ds.getRepository(entity).insert({ id, ...row } as never);
  made[entity.name] = id;
  return id;
}

/**
 * One row per entity that names a household or one of its people, made as the product makes it
 * where a service exists. A new such entity needs its line here: the test below says which.
 */
const FIXTURES: Record<string, (w: World) => Promise<unknown>> = {
  Household: async (w) => (made.Household = w.householdId),
  Person: async (w) => (made.Person = w.personId),
  Membership: async (w) => (made.Membership = w.membershipId),
  Subscription: async (w) => (made.Subscription = w.subscriptionId),
  DeliveryLine: async (w) =>
    (made.DeliveryLine = (
      await ds.query(`SELECT id FROM delivery_line WHERE subscriptionId = ? LIMIT 1`, [w.subscriptionId])
    )[0].id),
  Installment: async (w) =>
    (made.Installment = (
      await ds.getRepository(Installment).findOneByOrFail({ subscriptionId: w.subscriptionId, rank: 1 })
    ).id),
  CoSubscriber: (w) =>
    insert(CoSubscriber, { amapId, subscriptionId: w.otherSubscriptionId, householdId: w.householdId }),
  WaitingListEntry: (w) =>
    insert(WaitingListEntry, {
      amapId,
      templateId: uuidv7(),
      householdId: w.householdId,
      status: WaitingListStatus.waiting,
      request: { lines: [], installmentCount: 1, means: "cheque", startsOn: null },
      subscriptionId: null,
    }),
  Absence: (w) =>
    insert(Absence, {
      amapId,
      subscriptionId: w.subscriptionId,
      householdId: w.householdId,
      distributionId: w.distributionId,
      date: "2026-04-14",
    }),
  Postponement: (w) =>
    insert(Postponement, {
      amapId,
      subscriptionId: w.subscriptionId,
      householdId: w.householdId,
      fromDistributionId: w.distributionId,
      fromDate: "2026-04-14",
      toDistributionId: uuidv7(),
      toDate: "2026-04-21",
      status: PostponementStatus.requested,
      refusalReason: "",
      decidedAt: null,
    }),
  BasketHandover: (w) =>
    insert(BasketHandover, {
      amapId,
      subscriptionId: w.otherSubscriptionId,
      distributionId: w.distributionId,
      date: "2026-04-14",
      giverHouseholdId: w.otherHouseholdId,
      status: BasketHandoverStatus.taken,
      takerHouseholdId: w.householdId,
      takerName: "",
      takenAt: new Date(),
    }),
  Amendment: (w) =>
    insert(Amendment, {
      amapId,
      subscriptionId: w.subscriptionId,
      householdId: w.householdId,
      changeId: uuidv7(),
      kind: AmendmentKind.moved,
      distributionId: w.distributionId,
      originalTerms: { date: "2026-04-14", placeId: null, lines: [] },
      newTerms: { date: "2026-04-15", placeId: null, lines: [] },
      amountCents: 1500,
      reason: "Pont",
      status: AmendmentStatus.pending,
      refusalReason: "",
      decidedAt: null,
    }),
  DutySignup: (w) =>
    insert(DutySignup, {
      amapId,
      shiftId: uuidv7(),
      distributionId: w.distributionId,
      date: "2026-04-14",
      householdId: w.householdId,
      personId: w.personId,
    }),
  Account: (w) =>
    insert(Account, {
      id: w.personId,
      email: ZYS.email,
      firstName: ZYS.first,
      lastName: ZYS.last,
      passwordHash: "$argon2id$secret",
      status: AccountStatus.active,
      superAdmin: false,
      lastLoginAt: null,
    }),
  RefreshSession: (w) =>
    insert(RefreshSession, {
      accountId: w.personId,
      familyId: uuidv7(),
      tokenHash: "f".repeat(64),
      expiresAt: new Date(Date.now() + 86_400_000),
      createdAt: new Date(),
      rotatedAt: null,
      revokedAt: null,
    }),
  OneTimeToken: (w) =>
    insert(OneTimeToken, {
      accountId: w.personId,
      purpose: OneTimePurpose.invitation,
      tokenHash: "e".repeat(64),
      householdId: w.householdId,
      expiresAt: new Date(Date.now() + 86_400_000),
      createdAt: new Date(),
      usedAt: null,
    }),
  RoleGrant: (w) =>
    insert(RoleGrant, {
      personId: w.personId,
      role: RoleName.member,
      scopeId: w.householdId,
      amapId,
      grantedBy: "system",
      grantedAt: new Date(),
      revokedAt: null,
      revokedBy: null,
    }),
  // Living in it: a mail sent to the person, their mail choices, their agenda, their seat at an event.
  OutboxMail: (w) =>
    insert(OutboxMail, {
      dedupeKey: `installment_due:${uuidv7()}:${w.personId}`,
      kind: "installment_due",
      personId: w.personId,
      householdId: w.householdId,
      amapId,
      toAddress: ZYS.email,
      data: { firstName: ZYS.first, amountCents: 1500 },
      status: "sent",
      attempts: 1,
      nextAttemptAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
      lastError: "",
      deliveredAt: new Date(),
      subject: `Échéance de ${ZYS.first} ${ZYS.last}`,
      createdAt: new Date(),
    }),
  NotificationPreference: async (w) => {
    await ds
      .getRepository(NotificationPreference)
      .insert({ personId: w.personId, lang: "fr", disabledKinds: ["duty_missing"], updatedAt: new Date() });
    made.NotificationPreference = w.personId;
  },
  CalendarFeed: (w) =>
    insert(CalendarFeed, {
      personId: w.personId,
      kind: CalendarFeedKind.member,
      scopeId: w.householdId,
      tokenHash: "d".repeat(64),
      createdAt: new Date(),
      revokedAt: null,
    }),
  EventRegistration: (w) =>
    insert(EventRegistration, {
      eventId: uuidv7(),
      networkId: null,
      amapId,
      personId: w.personId,
      householdId: w.householdId,
      name: `${ZYS.first} ${ZYS.last}`,
      email: ZYS.email,
      status: RegistrationStatus.registered,
      registeredAt: new Date(),
      promotedAt: null,
      cancelledAt: null,
      attended: null,
    }),
  ErasureRequest: async (w) =>
    (made.ErasureRequest = (await new ErasureService(ds.manager, w.personId).request(w.householdId)).id),
};

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "privacy"));
  registerPeriod(amapId, periodId);
  const terms = makeTerms(amapId, periodId);
  const source = termsSource(terms);
  const households = new HouseholdService(ds.manager);
  const zys = await households.create({
    amapId,
    displayName: `Foyer ${ZYS.last}`,
    address: "3 impasse des Glycines, 93260 Les Lilas",
    people: [
      { firstName: ZYS.first, lastName: ZYS.last, email: ZYS.email, phone: ZYS.phone },
      { firstName: CO.first, lastName: CO.last, email: CO.email },
    ],
  });
  const other = await households.create({
    amapId,
    displayName: "Foyer Martin",
    people: [{ firstName: "Jean", lastName: "Martin", email: "jean.martin@exemple.org" }],
  });
  const person = await ds.getRepository(Person).findOneByOrFail({ householdId: zys.id, firstName: ZYS.first });
  const memberships = new MembershipService(ds.manager, amapFake);
  const membership = await memberships.create({
    householdId: zys.id,
    periodId,
    amountCents: 1500,
    status: MembershipStatus.paid,
    means: PaymentMeans.cheque,
    chequeNumber: "1234567",
    bank: "Crédit Mutuel",
    issuer: `${ZYS.first} ${ZYS.last}`,
  });
  await memberships.create({ householdId: other.id, periodId, amountCents: 1500, status: MembershipStatus.pending });
  const subs = new SubscriptionService(ds.manager, source, { actorId: person.id });
  const sub = await subs.create({
    templateId: terms.templateId,
    householdId: zys.id,
    installmentCount: 3,
    means: PaymentMeans.cheque,
    lines: grid(terms, [
      [1, 1, 1, 1],
      [1, undefined, 1],
    ]),
  });
  const otherSub = await subs.create({
    templateId: terms.templateId,
    householdId: other.id,
    installmentCount: 1,
    means: PaymentMeans.cheque,
    lines: grid(terms, [[2, 2, 2, 2]]),
  });
  // A received cheque in a handover to the farm, its issuer named.
  const first = await ds.getRepository(Installment).findOneByOrFail({ subscriptionId: sub.id, rank: 1 });
  const handover = await insert(Handover, {
    amapId,
    farmId: terms.farmId,
    handedOverOn: "2026-04-10",
    totalCents: first.amountCents,
    installmentCount: 1,
    recordedBy: null,
  });
  await ds.getRepository(Installment).update(
    { id: first.id },
    {
      status: InstallmentStatus.handed_over,
      chequeNumber: "7654321",
      bank: "La Banque Postale",
      issuer: `${ZYS.last} ${ZYS.first}`,
      receivedOn: "2026-04-01",
      handedOverOn: "2026-04-10",
      handoverId: handover,
    },
  );
  // An audit entry of the AMAP that quotes the e-mail outside the household's records.
  await recordAudit(ds.manager, {
    amapId,
    actorId: "system",
    entity: "Invitation",
    entityId: uuidv7(),
    action: "invite",
    before: null,
    after: { email: ZYS.email, householdName: `Foyer ${ZYS.last}` },
  });
  w = {
    householdId: zys.id,
    otherHouseholdId: other.id,
    personId: person.id,
    subscriptionId: sub.id,
    otherSubscriptionId: otherSub.id,
    membershipId: membership.id,
    distributionId: terms.deliveries[1].distributionId,
  };
  for (const f of Object.values(FIXTURES)) await f(w);
});
afterAll(() => ds.destroy());

/** Every row of every table of the member subgraph, as one text (what a database dump holds). */
async function dump(): Promise<string> {
  const parts: string[] = [];
  for (const m of ds.entityMetadatas)
    parts.push(JSON.stringify(await ds.query(`SELECT * FROM ${ds.driver.escape(m.tableName)}`)));
  return parts.join("\n");
}

const installmentSum = async (householdId: string) =>
  (await ds.getRepository(Installment).find({ where: { householdId } })).reduce((s, i) => s + i.amountCents, 0);

describe("the household's export, from the metadata", () => {
  it("has a fixture for every entity that names a household or a person, and every other entity says why it names none", () => {
    const linked = recordLinks(ds)
      .map((l) => l.entity)
      .sort();
    expect(linked.filter((e) => !FIXTURES[e])).toEqual([]);
    const all = memberEntities.map((e) => (e as { name: string }).name);
    expect(all.filter((e) => !linked.includes(e) && !NOT_NAMING_A_HOUSEHOLD[e])).toEqual([]);
  });

  it("contains the row of every such entity, the handover its cheque went in and the audit of its records", async () => {
    const data = await new HouseholdExportService(ds.manager).build(w.householdId);
    for (const link of recordLinks(ds)) {
      const key = ds.getMetadata(link.entity).primaryColumns[0].propertyName; // `id`, or `personId` for mail choices
      expect([link.entity, (data.records[link.entity] ?? []).some((r) => r[key] === made[link.entity])]).toEqual([
        link.entity,
        true,
      ]);
    }
    expect(data.records.Handover.map((h) => h.id)).toEqual([made.Handover]);
    expect(data.records.AuditEntry.some((e) => e.entityId === w.subscriptionId && e.action === "create")).toBe(true);
    expect(data.records.Subscription.find((s) => s.id === w.subscriptionId)?.terms).toMatchObject({
      payeeName: "GAEC du Bout du Monde",
    });
    expect(data.counts.DeliveryLine).toBe(6);
  });

  it("holds no secret nor another household's own records", async () => {
    const text = JSON.stringify(await new HouseholdExportService(ds.manager).build(w.householdId));
    expect(text).not.toMatch(/passwordHash|tokenHash|\$argon2id/);
    expect(text).not.toContain("jean.martin@exemple.org");
    expect(text).not.toContain("Foyer Martin");
  });
});

describe("erasure of the household's identity", () => {
  it("is asked once (asking again gives the pending request), an admin confirms, and nothing names the people any more", async () => {
    const before = await installmentSum(w.householdId);
    const otherBefore = await ds.getRepository(Household).findOneByOrFail({ id: w.otherHouseholdId });
    expect((await dump()).includes(ZYS.email)).toBe(true);

    const again = await new ErasureService(ds.manager, w.personId).request(w.householdId);
    expect(again.id).toBe(made.ErasureRequest);
    const done = await new ErasureService(ds.manager, "admin-id").confirm(again.id);
    expect(done.status).toBe(ErasureStatus.erased);

    const text = await dump();
    for (const needle of identity) expect([needle, text.includes(needle)]).toEqual([needle, false]);
    expect(text).not.toContain("impasse des Glycines");
    const exported = JSON.stringify(await new HouseholdExportService(ds.manager).build(w.householdId));
    for (const needle of identity) expect(exported.includes(needle)).toBe(false);

    // Accounting kept: the same installments, amounts and cheque numbers, under an anonymous household.
    expect(await installmentSum(w.householdId)).toBe(before);
    expect((await ds.getRepository(Installment).findOneByOrFail({ id: made.Installment })).chequeNumber).toBe(
      "7654321",
    );
    const h = await ds.getRepository(Household).findOneByOrFail({ id: w.householdId });
    expect(h.displayName).toBe(anonymousName(w.householdId));
    expect(await ds.getRepository(Person).countBy({ householdId: w.householdId })).toBe(0);
    expect(await ds.getRepository(Account).countBy({ id: w.personId })).toBe(0);
    expect(await ds.getRepository(RefreshSession).countBy({ accountId: w.personId })).toBe(0);
    // Another household of the AMAP is untouched.
    expect(await ds.getRepository(Household).findOneByOrFail({ id: w.otherHouseholdId })).toEqual(otherBefore);
    expect(text).toContain("jean.martin@exemple.org");
    // Both steps audited, naming no one.
    const trail = await ds.getRepository(AuditEntry).find({ where: { entity: "ErasureRequest", entityId: done.id } });
    expect(trail.map((e) => e.action).sort()).toEqual(["confirm", "request"]);
  });

  it("runs by itself once its delay has passed, and not before", async () => {
    const h = await new HouseholdService(ds.manager).create({
      amapId,
      people: [{ firstName: "Yvon", lastName: "Quarteroni", email: "yvon.quarteroni@exemple.org" }],
    });
    const asked = new Date("2026-05-01T10:00:00Z");
    await new ErasureService(ds.manager, "member").request(h.id, asked);
    expect(await new ErasureService(ds.manager, "system").eraseDue(new Date("2026-05-30T10:00:00Z"))).toBe(0);
    expect(await new ErasureService(ds.manager, "system").eraseDue(new Date("2026-05-31T10:00:01Z"))).toBe(1);
    expect(await dump()).not.toContain("Quarteroni");
  });
});
