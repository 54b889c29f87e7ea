import { In } from "typeorm";
import { remoteAmapZones } from "../../services/kit/src/calendar";
import { TemplateStatusService } from "@champ-commun/amap/dist/services/template-status.service";
import { AbsenceService } from "@champ-commun/member/dist/services/absence.service";
import { DutyService } from "@champ-commun/member/dist/services/duty.service";
import { SubscriptionGridService } from "@champ-commun/member/dist/services/subscription-grid.service";
import { RemoteAmapSource } from "@champ-commun/member/dist/services/amap-source";
import { RemoteTemplateTerms } from "@champ-commun/member/dist/services/template-terms.client";
import { NotificationScheduler } from "@champ-commun/member/dist/notifications/scheduler";
import { OutboxMail } from "@champ-commun/member/dist/notifications/outbox-mail.entity";
import { DomainError } from "@champ-commun/kit";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";

/*
 * An AMAP in La Réunion (Indian/Reunion: UTC+4 all year) and one in Paris, through the real
 * services: the network subgraph keeps each AMAP's zone, the amap subgraph computes the deadlines
 * in it, the member subgraph's rules read them over HTTP. Distributions at 18:30 sit on both sides
 * of the European DST changes of 2027 (Sunday 28 March, Sunday 31 October): Paris moves from UTC+1
 * to UTC+2 and back, La Réunion does not, so a computation in the wrong zone is off by hours.
 */

let stack: Stack;
let admin: Gql;
let headers: Record<string, string>;

// Tuesday before the spring change, the Monday right after it, the Thursday after, the Monday after the autumn change.
const DATES = ["2027-03-23", "2027-03-29", "2027-04-01", "2027-11-01"] as const;
const HOUR = 3_600_000;
/** Paris is UTC+2 from 28 March to 30 October 2027, UTC+1 otherwise; La Réunion UTC+4. */
const offset = (zone: "reunion" | "paris", date: string) =>
  zone === "reunion" ? 4 : date >= "2027-03-28" && date <= "2027-10-30" ? 2 : 1;
const startOf = (zone: "reunion" | "paris", date: string) =>
  new Date(Date.parse(`${date}T18:30:00Z`) - offset(zone, date) * HOUR);
const iso = (d: Date) => d.toISOString();
const minute = (d: Date, n: number) => new Date(d.getTime() + n * 60_000);

interface World {
  amap: string;
  template: string;
  line: string;
  household: string;
  subscription: string;
  distributions: Record<string, string>;
  shifts: Record<string, string>;
}
const world = {} as Record<"reunion" | "paris", World>;

async function setUp(zone: "reunion" | "paris", network: string, farm: string, product: string): Promise<World> {
  const w = { distributions: {}, shifts: {} } as World;
  const amapInput =
    zone === "reunion"
      ? {
          name: "AMAP de Saint-Denis",
          networkId: network,
          city: "Saint-Denis",
          postalCode: "97400",
          timeZone: "Indian/Reunion",
        }
      : { name: "AMAP de Pantin", networkId: network, city: "Pantin", postalCode: "93500" };
  w.amap = (
    await admin(`mutation($in: CreateAmapInput!) { createAmap(input: $in) { id timeZone } }`, { in: amapInput })
  ).createAmap.id;
  for (const date of DATES) {
    const d = await admin(`mutation($in: CreateDistributionInput!) { createDistribution(input: $in) { id } }`, {
      in: { amapId: w.amap, date, startTime: "18:30", endTime: "20:00" },
    });
    w.distributions[date] = d.createDistribution.id;
  }
  const period = await admin(
    `mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`,
    {
      in: {
        amapId: w.amap,
        name: "Adhésion 2027",
        startsOn: "2027-01-01",
        endsOn: "2027-12-31",
        feeMode: "free",
        feeCents: 0,
      },
    },
  );
  const t = await admin(
    `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
    {
      in: {
        amapId: w.amap,
        farmId: farm,
        name: "Légumes péi",
        season: "2027",
        kind: "flexible",
        payeeName: "EARL Bourbon",
        membershipPeriodId: period.createMembershipPeriod.id,
        allowedInstallmentCounts: [1],
        acceptedMeans: ["cheque"],
        lines: [{ productId: product, unitPriceCents: 1500, minQuantity: 0, maxQuantity: 3 }],
        distributionIds: DATES.map((d) => w.distributions[d]),
        maxAbsences: 4,
        absenceNoticeHours: 48,
        flexibleDeadlineHours: 36,
        subscriptionClosesOn: "2027-03-01",
      },
    },
  );
  w.template = t.createContractTemplate.id;
  w.line = t.createContractTemplate.lines[0].id;
  await admin(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: w.template });
  await admin(`mutation($in: UpdateDutyRulesInput!) { updateDutyRules(input: $in) { signupDeadlineHours } }`, {
    in: { amapId: w.amap, signupDeadlineHours: 24, maxShiftsPerHouseholdPerDistribution: 2 },
  });
  await admin(`mutation($in: CreateDutyRoleInput!) { createDutyRole(input: $in) { id } }`, {
    in: { amapId: w.amap, name: "Accueil", defaultSeats: 3 },
  });
  const shifts = await admin(
    `mutation($a: ID!, $f: Date!, $t: Date!) { generateDutyShifts(input: { amapId: $a, from: $f, to: $t }) { id distributionId } }`,
    { a: w.amap, f: DATES[0], t: DATES[3] },
  );
  for (const s of shifts.generateDutyShifts)
    w.shifts[DATES.find((d) => w.distributions[d] === s.distributionId)!] = s.id;
  const h = await admin(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
    in: {
      amapId: w.amap,
      displayName: `Foyer ${zone}`,
      people: [{ firstName: "Camille", lastName: "Payet", email: `camille@${zone}.example`, isPrimary: true }],
    },
  });
  w.household = h.createHousehold.id;
  await admin(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
    in: {
      householdId: w.household,
      periodId: period.createMembershipPeriod.id,
      amountCents: 0,
      status: "paid",
      means: "cash",
    },
  });
  const sub = await admin(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id } }`, {
    in: {
      templateId: w.template,
      householdId: w.household,
      installmentCount: 1,
      means: "cheque",
      lines: DATES.map((d) => ({ templateLineId: w.line, distributionId: w.distributions[d], quantity: 1 })),
    },
  });
  w.subscription = sub.createSubscription.id;
  return w;
}

/** The member subgraph's rules as its resolvers run them, at a chosen instant, reading the amap subgraph over HTTP. */
const member = (now: Date) => {
  const terms = new RemoteTemplateTerms(headers);
  const amap = new RemoteAmapSource(headers);
  const ds = stack.dataSources.member;
  return {
    absences: new AbsenceService(ds.manager, terms, amap, { now }),
    grid: new SubscriptionGridService(ds.manager, terms, { now }),
    duty: new DutyService(ds.manager, amap, { now }),
  };
};

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof DomainError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return err;
}
const message = (err: DomainError) => Object.values(err.fields)[0]?.fr ?? err.message;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("calendar"));
  headers = await systemAuthorization("test");
  const network = (await admin(`mutation { createNetwork(input: { name: "Réseau des AMAP de La Réunion" }) { id } }`))
    .createNetwork.id;
  const farm = (
    await admin(`mutation { createFarm(input: { name: "Ferme Bourbon", payeeName: "EARL Bourbon" }) { id } }`)
  ).createFarm.id;
  const product = (
    await admin(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
      in: { farmId: farm, name: "Panier péi", unit: "panier", productionType: "vegetables" },
    })
  ).createProduct.id;
  world.reunion = await setUp("reunion", network, farm, product);
  world.paris = await setUp("paris", network, farm, product);
}, 120_000);
afterAll(() => stack?.stop());

describe("deadlines in the AMAP's own time zone, on both sides of the European DST changes", () => {
  it("an AMAP's zone is one the calendar can count in", async () => {
    await expect(
      admin(`mutation { createAmap(input: { name: "AMAP de nulle part", timeZone: "Europe/Pariss" }) { id } }`),
    ).rejects.toThrow(/BAD_USER_INPUT.*\{"timeZone":"Fuseau horaire inconnu/);
  });

  it("the amap subgraph computes each delivery's start, absence notice and flexible deadline in the AMAP's zone", async () => {
    for (const zone of ["reunion", "paris"] as const) {
      const w = world[zone];
      const r = await admin(
        `query($id: ID!) { contractTemplate(id: $id) { deliveries { date startsAt absenceDeadline editableUntil } } distribution(id: "${w.distributions["2027-03-29"]}") { timeZone } }`,
        { id: w.template },
      );
      expect(r.distribution.timeZone).toBe(zone === "reunion" ? "Indian/Reunion" : "Europe/Paris");
      expect(r.contractTemplate.deliveries).toEqual(
        DATES.map((date) => ({
          date,
          startsAt: iso(startOf(zone, date)),
          absenceDeadline: iso(new Date(startOf(zone, date).getTime() - 48 * HOUR)),
          editableUntil: iso(new Date(startOf(zone, date).getTime() - 36 * HOUR)),
        })),
      );
    }
    // 18:30 in La Réunion is 14:30Z whatever Europe does; Paris's Monday after the change starts at 16:30Z,
    // and its notice (48 real hours) ends on Saturday at 17:30 Paris time, still in winter.
    expect(iso(startOf("reunion", "2027-03-29"))).toBe("2027-03-29T14:30:00.000Z");
    expect(iso(startOf("paris", "2027-03-29"))).toBe("2027-03-29T16:30:00.000Z");
    expect(iso(startOf("paris", "2027-11-01"))).toBe("2027-11-01T17:30:00.000Z");
  });

  it("the amap subgraph closes duty sign-ups 24 hours before each distribution starts, in the AMAP's zone", async () => {
    for (const zone of ["reunion", "paris"] as const) {
      const w = world[zone];
      const r = await admin(
        `query($a: ID!) { dutyShifts(filter: { amapId: $a }) { items { id signupClosesAt distribution { date } } } }`,
        { a: w.amap },
      );
      const closes = Object.fromEntries(
        r.dutyShifts.items.map((s: { distribution: { date: string }; signupClosesAt: string }) => [
          s.distribution.date,
          s.signupClosesAt,
        ]),
      );
      expect(closes).toEqual(
        Object.fromEntries(DATES.map((date) => [date, iso(new Date(startOf(zone, date).getTime() - 24 * HOUR))])),
      );
    }
  });

  it("an absence is taken until its notice ends and refused a minute after, the message in the AMAP's own time (autumn change)", async () => {
    for (const [zone, local] of [
      ["reunion", "30 octobre 2027 à 18 h 30"],
      ["paris", "30 octobre 2027 à 19 h 30"],
    ] as const) {
      const w = world[zone];
      const deadline = new Date(startOf(zone, "2027-11-01").getTime() - 48 * HOUR);
      const late = await refusal(
        member(minute(deadline, 1)).absences.declareAbsence(w.subscription, w.distributions["2027-11-01"]),
      );
      expect(message(late)).toBe(`Trop tard : à signaler au moins 48 h avant la distribution, soit avant le ${local}.`);
      await expect(
        member(minute(deadline, -1)).absences.declareAbsence(w.subscription, w.distributions["2027-11-01"]),
      ).resolves.toMatchObject({ date: "2027-11-01" });
    }
  });

  it("a flexible delivery's quantities change until 36 hours before it starts, in the AMAP's zone (after the spring change)", async () => {
    for (const [zone, local] of [
      ["reunion", "31 mars 2027 à 6 h 30"],
      ["paris", "31 mars 2027 à 6 h 30"],
    ] as const) {
      const w = world[zone];
      const deadline = new Date(startOf(zone, "2027-04-01").getTime() - 36 * HOUR);
      const change = (now: Date) =>
        member(now).grid.updateFlexible(w.subscription, w.distributions["2027-04-01"], [
          { templateLineId: w.line, quantity: 2 },
        ]);
      const late = await refusal(change(minute(deadline, 1)));
      expect(message(late)).toBe(`Les quantités de cette livraison étaient modifiables jusqu'au ${local}.`);
      await expect(change(minute(deadline, -1))).resolves.toMatchObject({ totalCents: 5 * 1500 });
    }
  });

  it("duty sign-ups close 24 hours before the distribution, before the spring change too", async () => {
    for (const [zone, local] of [
      ["reunion", "22 mars 2027 à 18 h 30"],
      ["paris", "22 mars 2027 à 18 h 30"],
    ] as const) {
      const w = world[zone];
      const deadline = new Date(startOf(zone, "2027-03-23").getTime() - 24 * HOUR);
      const late = await refusal(member(minute(deadline, 1)).duty.signUp(w.shifts["2027-03-23"], w.household));
      expect(message(late)).toBe(`Les inscriptions à cette permanence sont closes depuis le ${local}.`);
      await expect(
        member(minute(deadline, -1)).duty.signUp(w.shifts["2027-03-23"], w.household),
      ).resolves.toMatchObject({ date: "2027-03-23" });
    }
  });

  it("the day-before reminder goes out when tomorrow comes in the AMAP's zone, not in Paris's", async () => {
    const scheduler = new NotificationScheduler(stack.dataSources.member, async () => headers);
    const reminders = async () =>
      (
        await stack.dataSources.member.getRepository(OutboxMail).find({
          where: { kind: "distribution_reminder", householdId: In([world.reunion.household, world.paris.household]) },
        })
      ).map((m) => m.householdId);
    // Saturday 27 March 2027, 21:00Z: already Sunday 01:00 in La Réunion (tomorrow is the 29th), still Saturday 22:00 in Paris.
    await scheduler.tick(new Date("2027-03-27T21:00:00Z"));
    expect(await reminders()).toEqual([world.reunion.household]);
    // Sunday 28 March, 21:30Z: 23:30 in Paris (summer time since this night), tomorrow is the 29th there too.
    await scheduler.tick(new Date("2027-03-28T21:30:00Z"));
    expect((await reminders()).sort()).toEqual([world.reunion.household, world.paris.household].sort());
  });

  it("the season clock closes subscriptions when the closing day is over in the AMAP's zone", async () => {
    const clock = (now: string) =>
      new TemplateStatusService(stack.dataSources.amap.manager, new Date(now), remoteAmapZones()).advanceByCalendar();
    const status = async (zone: "reunion" | "paris") =>
      (await admin(`query($id: ID!) { contractTemplate(id: $id) { status } }`, { id: world[zone].template }))
        .contractTemplate.status;
    // 1 March 2027 (the last day to subscribe), 20:30Z: already 2 March in La Réunion, 21:30 on the 1st in Paris.
    expect((await clock("2027-03-01T20:30:00Z")).closed).toEqual([world.reunion.template]);
    expect([await status("reunion"), await status("paris")]).toEqual(["closed", "open"]);
    expect((await clock("2027-03-01T23:30:00Z")).closed).toEqual([world.paris.template]);
    expect(await status("paris")).toBe("closed");
  });
});
