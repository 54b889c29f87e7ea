import { addDays, todayIn } from "../../services/kit/src/calendar";
import { NotificationScheduler } from "@champ-commun/member/dist/notifications/scheduler";
import { partiesOf } from "@champ-commun/member/dist/documents/parties.client";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { personWith, post, SignedIn } from "./auth.helper";
import { startMailbox } from "./smtp.helper";

/*
 * The mails "live" left untested, through the gateway and a real SMTP server: a place freed on a
 * full contract, the reminder the day before an event, the invitation of a whole imported member
 * list (and how it names the AMAP); and the charter a contract names, found by its fixed id.
 */

let stack: Stack;
let admin: Gql;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let scheduler: NotificationScheduler;
const saved = process.env.SMTP_URL;
const first = addDays(todayIn(), 14);
const season = first.slice(0, 4);
const ids = {} as Record<string, string>;
let distributions: Array<{ id: string; date: string }>;

const sentTo = (email: string) => mailbox.all.filter((m) => m.to.includes(email));
/** The next mail to `email` whose subject starts with `start` (other mails, such as the contract's opening told by the amap subgraph's outbox whenever it comes, are left). */
async function mailAbout(email: string, start: string, timeoutMs = 8_000) {
  for (const t0 = Date.now(); Date.now() - t0 < timeoutMs; await new Promise((r) => setTimeout(r, 25))) {
    const i = mailbox.mails.findIndex((m) => m.to.includes(email) && m.subject.startsWith(start));
    if (i >= 0) return mailbox.mails.splice(i, 1)[0];
  }
  throw new Error(`no mail "${start}…" for ${email} within ${timeoutMs} ms`);
}

/** Waits for the mails under way, then forgets them for `next` (they stay in `all`). */
const drain = async () => {
  await mailbox.settle();
  mailbox.mails.length = 0;
};

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  ({ stack, gql: admin } = await startTestStack("mails"));
  const system = await systemAuthorization("test");
  scheduler = new NotificationScheduler(stack.dataSources.member, async () => system);
  ids.network = (
    await admin(`mutation { createNetwork(input: { name: "Réseau des AMAP de Bretagne" }) { id } }`)
  ).createNetwork.id;
  ids.amap = (
    await admin(
      `mutation($n: ID) { createAmap(input: { name: "Les Paniers du Marais", networkId: $n, city: "Redon", postalCode: "35600" }) { id } }`,
      { n: ids.network },
    )
  ).createAmap.id;
  ids.farm = (
    await admin(
      `mutation { createFarm(input: { name: "Ferme de la Vilaine", payeeName: "GAEC de la Vilaine" }) { id } }`,
    )
  ).createFarm.id;
  ids.product = (
    await admin(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
      in: { farmId: ids.farm, name: "Pain de seigle", unit: "pain", productionType: "bread" },
    })
  ).createProduct.id;
  ids.place = (
    await admin(
      `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Halle", address: "1 place du Marché" }) { id } }`,
      { a: ids.amap },
    )
  ).createPlace.id;
  distributions = (
    await admin(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id date } }`, {
      in: {
        amapId: ids.amap,
        placeId: ids.place,
        from: first,
        to: addDays(first, 7),
        cycle: "weekly",
        startTime: "18:00",
        endTime: "19:30",
      },
    })
  ).generateDistributions;
  ids.period = (
    await admin(`mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        name: `Adhésion ${season}`,
        startsOn: `${season}-01-01`,
        endsOn: `${Number(season) + 1}-12-31`,
        feeMode: "fixed",
        feeCents: 1000,
        networkShareCents: 0,
      },
    })
  ).createMembershipPeriod.id;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

async function household(name: string, email: string): Promise<string> {
  const h = await admin(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
    in: { amapId: ids.amap, displayName: name, people: [{ firstName: name, lastName: name, email, isPrimary: true }] },
  });
  await admin(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
    in: { householdId: h.createHousehold.id, periodId: ids.period, amountCents: 1000, status: "paid", means: "cash" },
  });
  return h.createHousehold.id;
}

describe("the mails of a full contract, an event and an imported member list", () => {
  it("tells a waiting household, by mail, that a place freed and its request became a subscription", async () => {
    const t = await admin(
      `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
      {
        in: {
          amapId: ids.amap,
          farmId: ids.farm,
          name: "Pain du vendredi",
          season,
          kind: "fixed",
          payeeName: "GAEC de la Vilaine",
          membershipPeriodId: ids.period,
          allowedInstallmentCounts: [1],
          acceptedMeans: ["cheque"],
          lines: [{ productId: ids.product, unitPriceCents: 450, maxQuantity: 1, quotaPerDelivery: 1 }],
          distributionIds: distributions.map((d) => d.id),
        },
      },
    );
    const template = t.createContractTemplate.id;
    const grid = distributions.map((d) => ({
      templateLineId: t.createContractTemplate.lines[0].id,
      distributionId: d.id,
      quantity: 1,
    }));
    await admin(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, { id: template });
    const [a, b] = [await household("Le Goff", "legoff@example.org"), await household("Tanguy", "tanguy@example.org")];
    const REQUEST = `mutation($in: RequestSubscriptionInput!) { requestSubscription(input: $in) { subscription { id } waitingListEntry { id position } } }`;
    const held = await admin(REQUEST, {
      in: { templateId: template, householdId: a, installmentCount: 1, means: "cheque", lines: grid },
    });
    const waiting = await admin(REQUEST, {
      in: { templateId: template, householdId: b, installmentCount: 1, means: "cheque", lines: grid },
    });
    expect(waiting.requestSubscription).toMatchObject({ subscription: null, waitingListEntry: { position: 1 } });

    await admin(`mutation($id: ID!) { terminateSubscription(input: { id: $id, reason: "Déménagement" }) { status } }`, {
      id: held.requestSubscription.subscription.id,
    });
    const freed = await mailAbout("tanguy@example.org", "Une place");
    expect(freed.subject).toBe("Une place s'est libérée : contrat « Pain du vendredi »");
    expect(freed.text).toContain("votre demande en liste d'attente est devenue une souscription (9,00 €)");
    expect(freed.text).toMatch(/Voir mes contrats : http:\/\/\S+\/moi\/contrats/);
    const subs = await admin(
      `query($h: ID!) { household(id: $h) { subscriptions { templateName status totalCents } } }`,
      { h: b },
    );
    expect(subs.household.subscriptions).toEqual([
      { templateName: "Pain du vendredi", status: "signed", totalCents: 900 },
    ]);
    // The household that left is not told a place freed.
    await mailbox.settle();
    expect(sentTo("legoff@example.org").map((m) => m.subject)).not.toContain(
      "Une place s'est libérée : contrat « Pain du vendredi »",
    );
  });

  it("reminds the people with a seat the day before an event, once, and not those waiting or of a cancelled event", async () => {
    const staff = await personWith(stack.graphqlUrl, admin, "ag@paniers.example", [
      { role: "amap_admin", scopeId: ids.amap },
    ]);
    const startsAt = `${addDays(first, 2)}T17:00:00Z`; // 18:00 in Paris in winter, 19:00 in summer
    const CREATE = `mutation($in: CreateEventInput!) { createEvent(input: $in) { id } }`;
    const ag = (
      await staff.gql(CREATE, {
        in: {
          amapId: ids.amap,
          kind: "general_assembly",
          title: "Assemblée générale",
          startsAt,
          location: "Salle des fêtes, Redon",
          seats: 2,
        },
      })
    ).createEvent.id;
    const visit = (
      await staff.gql(CREATE, { in: { amapId: ids.amap, kind: "farm_visit", title: "Visite de la ferme", startsAt } })
    ).createEvent.id;
    const people: SignedIn[] = [];
    for (const n of [1, 2, 3])
      people.push(
        await personWith(stack.graphqlUrl, admin, `adherent${n}@paniers.example`, [
          { role: "member", scopeId: await household(`Adhérent ${n}`, `adherent${n}@paniers.example`) },
        ]),
      );
    const REGISTER = `mutation($e: ID!) { registerForEvent(input: { eventId: $e }) { status } }`;
    const statuses = [];
    for (const p of people) statuses.push((await p.gql(REGISTER, { e: ag })).registerForEvent.status);
    expect(statuses).toEqual(["registered", "registered", "waiting"]);
    await people[0].gql(REGISTER, { e: visit });
    await staff.gql(`mutation($id: ID!) { cancelEvent(input: { id: $id }) { status } }`, { id: visit });
    await drain();
    const before = mailbox.all.length;

    // Two days before: nothing; the day before (noon in Paris), twice as two replicas would: one mail each.
    expect(await scheduler.tick(new Date(`${addDays(first, 0)}T11:00:00Z`))).toBe(0);
    await scheduler.tick(new Date(`${addDays(first, 1)}T11:00:00Z`));
    await scheduler.tick(new Date(`${addDays(first, 1)}T11:00:00Z`));
    const reminder = await mailbox.next("adherent1@paniers.example", 8_000);
    expect(reminder.subject).toMatch(/^Demain : « Assemblée générale »/);
    expect(reminder.text).toContain("Salle des fêtes, Redon");
    expect((await mailbox.next("adherent2@paniers.example", 8_000)).subject).toBe(reminder.subject);
    await mailbox.settle();
    const reminders = mailbox.all.slice(before).filter((m) => m.subject.startsWith("Demain"));
    expect(reminders.map((m) => m.to[0]).sort()).toEqual(["adherent1@paniers.example", "adherent2@paniers.example"]);
  });

  it("invites every member of an imported list who has no account, in one action, naming the AMAP once", async () => {
    const bureau = await personWith(stack.graphqlUrl, admin, "bureau@paniers.example", [
      { role: "amap_admin", scopeId: ids.amap },
    ]);
    const imported = await admin(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        displayName: "Morvan",
        people: [
          { firstName: "Yann", lastName: "Morvan", email: "yann@morvan.example", isPrimary: true },
          { firstName: "Nolwenn", lastName: "Morvan", email: "nolwenn@morvan.example" },
          { firstName: "Per", lastName: "Morvan" },
        ],
      },
    });
    expect(imported.createHousehold.id).toBeTruthy();
    await drain();
    const INVITE_ALL = `mutation($a: ID!) { inviteAmapMembers(input: { amapId: $a }) { email householdId } }`;
    const invited = (await bureau.gql(INVITE_ALL, { a: ids.amap })).inviteAmapMembers as Array<{ email: string }>;
    // The households made above (their people have no account yet) and the Morvans with an address;
    // not Per (no address), not the members who already sign in (adherent1..3).
    const emails = invited.map((i) => i.email).sort();
    expect(emails).toEqual([
      "legoff@example.org",
      "nolwenn@morvan.example",
      "tanguy@example.org",
      "yann@morvan.example",
    ]);
    for (const email of emails) {
      const mail = await mailAbout(email, "Votre AMAP");
      expect(mail.subject).toBe("Votre AMAP Les Paniers du Marais vous invite sur Champ Commun");
      expect(mail.text).toMatch(/Choisir mon mot de passe : http:\/\/\S+\/invitation\?token=/);
    }
    // Done once: a second click invites nobody again.
    expect((await bureau.gql(INVITE_ALL, { a: ids.amap })).inviteAmapMembers).toEqual([]);

    // The mail server is down: nothing is said to be sent, and the next click sends it.
    await admin(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        displayName: "Riou",
        people: [{ firstName: "Gwen", lastName: "Riou", email: "gwen@riou.example", isPrimary: true }],
      },
    });
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    try {
      expect((await bureau.gql(INVITE_ALL, { a: ids.amap })).inviteAmapMembers).toEqual([]);
    } finally {
      process.env.SMTP_URL = mailbox.url;
    }
    expect(
      (await bureau.gql(INVITE_ALL, { a: ids.amap })).inviteAmapMembers.map((i: { email: string }) => i.email),
    ).toEqual(["gwen@riou.example"]);
    const again = await mailAbout("gwen@riou.example", "Votre AMAP");
    expect(again.subject).toBe("Votre AMAP Les Paniers du Marais vous invite sur Champ Commun");
    // Another AMAP's admin may not.
    const other = (await admin(`mutation { createAmap(input: { name: "AMAP voisine" }) { id } }`)).createAmap.id;
    const voisin = await personWith(stack.graphqlUrl, admin, "bureau@voisine.example", [
      { role: "amap_admin", scopeId: other },
    ]);
    const refused = await post(
      stack.graphqlUrl,
      INVITE_ALL,
      { a: ids.amap },
      { authorization: `Bearer ${voisin.accessToken}` },
    );
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the movement's charter, by its fixed id", () => {
  const CHARTER_2014 = "018e4a1c-2014-7000-8000-000000002014";

  it("is found by charterVersion(id) as charterVersions lists it, for anyone", async () => {
    const Q = `query($id: ID!) { charterVersion(id: $id) { id title } charterVersions(perPage: 100) { items { id title } } }`;
    const anonymous = await post(stack.graphqlUrl, Q, { id: CHARTER_2014 });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.charterVersion).toEqual({ id: CHARTER_2014, title: "Charte des AMAP (2014)" });
    expect(anonymous.data.charterVersions.items).toContainEqual(anonymous.data.charterVersion);
    const member = await personWith(stack.graphqlUrl, admin, "lecteur@example.org", []);
    expect((await member.gql(Q, { id: CHARTER_2014 })).charterVersion).toEqual(anonymous.data.charterVersion);
  });

  it("is what the member subgraph reads for a contract (the query's answer under the name the code reads)", async () => {
    const parties = await partiesOf(ids.amap, ids.farm, await systemAuthorization("test"));
    expect(parties.amap?.name).toBe("Les Paniers du Marais");
    expect(parties.farm?.payeeName).toBe("GAEC de la Vilaine");
    expect(parties.charter?.title).toBe("Charte des AMAP (2014)");
    expect(parties.charter?.principles.map((p) => p.title)).toContain(
      "Le pré-financement de la production par un engagement sur la saison",
    );
  });
});
