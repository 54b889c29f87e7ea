import { addDays, todayIn } from "../../services/kit/src/calendar";
import { NotificationScheduler } from "@champ-commun/member/dist/notifications/scheduler";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, login, PASSWORD, personWith, post, SignedIn } from "./auth.helper";
import { startMailbox, tokenIn, type ReceivedMail } from "./smtp.helper";

/*
 * A season as the people in it live it, through the gateway: the AMAP's admin invites a référent,
 * a farmer and a household; a contract opens, the member subscribes, a paper member is entered by
 * the référent; the scheduler (driven here with the test's clock) sends the duty call two days
 * before, the reminders the day before, the payment due; a distribution moves (amendment), a basket
 * is handed over. What arrives at the test's SMTP server, in order, is what each person lives.
 */

let stack: Stack;
let admin: Gql;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const saved = process.env.SMTP_URL;
const first = addDays(todayIn(), 12);
const season = first.slice(0, 4);
const ids = {} as Record<string, string>;
let distributions: Array<{ id: string; date: string }>;
let bureau: SignedIn;
let referent: SignedIn;
let member: SignedIn;
let scheduler: NotificationScheduler;

/** Noon in Paris (10:00Z or 11:00Z: either way the same calendar day) `days` before a date. */
const noonBefore = (date: string, days: number) => new Date(`${addDays(date, -days)}T10:30:00Z`);

const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { accessToken person { id grants { role scopeId } } } }`;

async function accept(email: string): Promise<SignedIn> {
  const mail = await mailbox.next(email);
  const r = await post(stack.graphqlUrl, ACCEPT, { t: tokenIn(mail), p: PASSWORD });
  expect(r.errors).toBeUndefined();
  return login(stack.graphqlUrl, email);
}

const subjectsOf = (email: string) => mailbox.all.filter((m) => m.to.includes(email)).map((m) => m.subject);

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  ({ stack, gql: admin } = await startTestStack("living"));
  const system = await systemAuthorization("test");
  scheduler = new NotificationScheduler(stack.dataSources.member, async () => system);
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

describe("a season's mails, through the gateway and a real SMTP server", () => {
  it("invites a référent, a farmer and a household by e-mail, each with their role", async () => {
    const n = await admin(`mutation { createNetwork(input: { name: "Réseau des AMAP d'Île-de-France" }) { id } }`);
    ids.network = n.createNetwork.id;
    ids.amap = (
      await admin(
        `mutation($n: ID) { createAmap(input: { name: "AMAP des Lilas", networkId: $n, city: "Les Lilas", postalCode: "93260" }) { id } }`,
        { n: ids.network },
      )
    ).createAmap.id;
    ids.farm = (
      await admin(
        `mutation { createFarm(input: { name: "Ferme du Bois Joli", payeeName: "EARL du Bois Joli" }) { id } }`,
      )
    ).createFarm.id;
    ids.veg = (
      await admin(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
        in: { farmId: ids.farm, name: "Panier de légumes", unit: "panier", productionType: "vegetables" },
      })
    ).createProduct.id;
    ids.place = (
      await admin(
        `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Préau de l'école", address: "12 rue des Écoles" }) { id } }`,
        { a: ids.amap },
      )
    ).createPlace.id;
    distributions = (
      await admin(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id date } }`, {
        in: {
          amapId: ids.amap,
          placeId: ids.place,
          from: first,
          to: addDays(first, 21),
          cycle: "weekly",
          startTime: "18:30",
          endTime: "20:00",
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
          networkShareCents: 200,
        },
      })
    ).createMembershipPeriod.id;
    const t = await admin(
      `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
      {
        in: {
          amapId: ids.amap,
          farmId: ids.farm,
          name: "Légumes de saison",
          season,
          kind: "fixed",
          payeeName: "EARL du Bois Joli",
          membershipPeriodId: ids.period,
          allowedInstallmentCounts: [1, 2],
          acceptedMeans: ["cheque"],
          lines: [{ productId: ids.veg, unitPriceCents: 1850, maxQuantity: 2 }],
          distributionIds: distributions.map((d) => d.id),
          maxAbsences: 2,
          absenceNoticeHours: 48,
        },
      },
    );
    ids.template = t.createContractTemplate.id;
    ids.line = t.createContractTemplate.lines[0].id;
    const role = await admin(`mutation($in: CreateDutyRoleInput!) { createDutyRole(input: $in) { id } }`, {
      in: { amapId: ids.amap, name: "Accueil", defaultSeats: 2 },
    });
    ids.dutyRole = role.createDutyRole.id;
    await admin(
      `mutation($a: ID!, $f: Date!, $t: Date!) { generateDutyShifts(input: { amapId: $a, from: $f, to: $t }) { id } }`,
      { a: ids.amap, f: first, t: addDays(first, 21) },
    );

    bureau = await personWith(stack.graphqlUrl, admin, "bureau@lilas.example", [
      { role: "amap_admin", scopeId: ids.amap },
    ]);
    const INVITE = `mutation($i: InviteToRoleInput!) { inviteToRole(input: $i) { personId email } }`;
    await bureau.gql(INVITE, {
      i: {
        email: "Referente@Lilas.example",
        role: "referent",
        scopeId: ids.template,
        firstName: "Rachida",
        lastName: "Benali",
      },
    });
    await bureau.gql(INVITE, {
      i: { email: "paysan@boisjoli.example", role: "farmer", scopeId: ids.farm, firstName: "Paul", lastName: "Martin" },
    });
    // Not a partner farm of another AMAP's admin: refused.
    const other = (await admin(`mutation { createAmap(input: { name: "AMAP voisine" }) { id } }`)).createAmap.id;
    const voisin = await personWith(stack.graphqlUrl, admin, "bureau@voisine.example", [
      { role: "amap_admin", scopeId: other },
    ]);
    const refused = await post(
      stack.graphqlUrl,
      INVITE,
      { i: { email: "x@example.org", role: "farmer", scopeId: ids.farm } },
      bearer(voisin.accessToken),
    );
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const h = await bureau.gql(
      `mutation($i: InviteHouseholdInput!) { inviteHousehold(input: $i) { householdId personId } }`,
      {
        i: {
          amapId: ids.amap,
          email: "aicha@foyer.example",
          firstName: "Aïcha",
          lastName: "Diallo",
          displayName: "Diallo",
        },
      },
    );
    ids.household = h.inviteHousehold.householdId;
    referent = await accept("referente@lilas.example");
    await accept("paysan@boisjoli.example");
    member = await accept("aicha@foyer.example");
    // login answers with the same grants as me.
    const signedIn = await post(
      stack.graphqlUrl,
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { person { grants { role scopeId } } } }`,
      { e: "referente@lilas.example", p: PASSWORD },
    );
    expect(signedIn.data.login.person.grants).toEqual([{ role: "referent", scopeId: ids.template }]);
    const me = await referent.gql(`{ me { grants { role scopeId } } }`);
    expect(me.me.grants).toEqual(signedIn.data.login.person.grants);
    await admin(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
      in: { householdId: ids.household, periodId: ids.period, amountCents: 1000, status: "paid", means: "cash" },
    });
    // A paper household (no account), with an address, for the référent to enter.
    const paper = await admin(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        displayName: "Papier",
        people: [{ firstName: "Jean", lastName: "Papier", email: "jean@papier.example", isPrimary: true }],
      },
    });
    ids.paper = paper.createHousehold.id;
    await admin(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
      in: { householdId: ids.paper, periodId: ids.period, amountCents: 1000, status: "paid", means: "cash" },
    });
  });

  it("announces the contract's opening to the members, its référent and its farmer", async () => {
    await bureau.gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, {
      id: ids.template,
    });
    for (const who of [
      "aicha@foyer.example",
      "referente@lilas.example",
      "paysan@boisjoli.example",
      "jean@papier.example",
    ]) {
      const mail = await mailbox.next(who, 8_000);
      expect(mail.subject).toBe("Le contrat « Légumes de saison » est ouvert aux souscriptions");
      expect(mail.text).toContain("AMAP des Lilas avec Ferme du Bois Joli");
      expect(mail.html).toContain("<a href=");
      expect(mail.text).toMatch(/Ne plus recevoir ce type de message : http:\/\/\S+\/unsubscribe\?token=/);
      // mailparser gathers the List-* headers (RFC 8058 one-click unsubscribe) under "list".
      const list = mail.headers.get("list") as { unsubscribe: { url: string }; "unsubscribe-post": { name: string } };
      expect(list["unsubscribe-post"].name).toBe("List-Unsubscribe=One-Click");
      expect(list.unsubscribe.url).toMatch(/\/unsubscribe\?token=/);
    }
  });

  it("confirms a subscription with the signed contract attached, tells the référent, and asks a paper member to sign", async () => {
    const sub = await member.gql(
      `mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id installments { dueOn } } }`,
      {
        in: {
          templateId: ids.template,
          householdId: ids.household,
          installmentCount: 1,
          means: "cheque",
          lines: distributions.map((d) => ({ templateLineId: ids.line, distributionId: d.id, quantity: 2 })),
        },
      },
    );
    ids.subscription = sub.createSubscription.id;
    ids.dueOn = sub.createSubscription.installments[0].dueOn;
    const confirmed = await mailbox.next("aicha@foyer.example", 8_000);
    expect(confirmed.subject).toBe("Souscription confirmée : contrat « Légumes de saison »");
    expect(confirmed.text).toContain("4 livraisons");
    expect(confirmed.text).toContain("148,00 €");
    expect(confirmed.attachments).toHaveLength(1);
    expect(confirmed.attachments[0]).toMatchObject({
      filename: "contrat-legumes-de-saison.pdf",
      contentType: "application/pdf",
    });
    expect(confirmed.attachments[0].content.subarray(0, 5).toString()).toBe("%PDF-");
    const told = await mailbox.next("referente@lilas.example", 8_000);
    expect(told.subject).toBe("Nouvelle souscription au contrat « Légumes de saison » : Diallo");

    await referent.gql(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id status } }`, {
      in: {
        templateId: ids.template,
        householdId: ids.paper,
        enteredBy: referent.id,
        installmentCount: 1,
        means: "cheque",
        lines: distributions.map((d) => ({ templateLineId: ids.line, distributionId: d.id, quantity: 1 })),
      },
    });
    const awaited = await mailbox.next("jean@papier.example", 8_000);
    expect(awaited.subject).toBe("Votre signature est attendue : contrat « Légumes de saison »");
    expect(awaited.text).toContain("Rachida Benali");
  });

  it("calls for duty volunteers two days before, and reminds the day before (members: what to collect; the farmer: what to deliver)", async () => {
    const d0 = distributions[0];
    await scheduler.tick(noonBefore(d0.date, 2));
    await scheduler.tick(noonBefore(d0.date, 2)); // twice, as two replicas would: one mail each
    const call = await mailbox.next("aicha@foyer.example", 8_000);
    expect(call.subject).toMatch(/^Permanence du \S+ \d+(er)? \S+ \d{4} : il manque des bénévoles$/);
    expect(call.text).toContain("Accueil : 2 places libres");
    // Every household of the AMAP is called, the paper one too.
    expect((await mailbox.next("jean@papier.example", 8_000)).subject).toBe(call.subject);
    // The member signs up for duty, then the day before comes.
    const shifts = await member.gql(
      `query($a: ID!, $f: Date!) { dutyShifts(filter: { amapId: $a, from: $f, to: $f }) { items { id } } }`,
      { a: ids.amap, f: d0.date },
    );
    await member.gql(`mutation($s: ID!, $h: ID!) { signUpForDuty(input: { shiftId: $s, householdId: $h }) { id } }`, {
      s: shifts.dutyShifts.items[0].id,
      h: ids.household,
    });
    await scheduler.tick(noonBefore(d0.date, 1));
    await scheduler.tick(noonBefore(d0.date, 1));
    const reminder = await mailbox.next("aicha@foyer.example", 8_000);
    expect(reminder.subject).toMatch(/^Distribution demain, .* : vous êtes de permanence$/);
    expect(reminder.text).toContain("2 paniers — Panier de légumes");
    expect(reminder.text).toContain("de 18 h 30 à 20 h, Préau de l'école, 12 rue des Écoles");
    expect(reminder.text).toContain("Vous êtes de permanence : Accueil.");
    const delivery = await mailbox.next("paysan@boisjoli.example", 8_000);
    expect(delivery.subject).toMatch(/^Livraison demain à AMAP des Lilas, /);
    // The paper member has not signed yet: only the signed subscription is delivered.
    expect(delivery.text).toContain("pour 1 foyer de AMAP des Lilas");
    expect(delivery.text).toContain("2 paniers — Panier de légumes");
  });

  it("reminds a payment three days before it falls due", async () => {
    await scheduler.tick(noonBefore(ids.dueOn, 3));
    const due = await mailbox.next("aicha@foyer.example", 8_000);
    expect(due.subject).toMatch(/^Échéance du .* : 148,00 €$/);
    expect(due.text).toContain("par chèque, à l'ordre de EARL du Bois Joli");
    expect((await mailbox.next("jean@papier.example", 8_000)).subject).toMatch(/^Échéance du .* : 74,00 €$/);
  });

  it("asks for consent to an amendment when a distribution moves, and tells both sides of a basket handed over", async () => {
    const d2 = distributions[2];
    await bureau.gql(
      `mutation($id: ID!, $date: Date) { moveDistribution(input: { id: $id, date: $date, reason: "Fête de l'école" }) { status } }`,
      { id: d2.id, date: addDays(d2.date, 1) },
    );
    await bureau.gql(`mutation($a: ID!) { syncDistributionChanges(input: { amapId: $a }) { id } }`, { a: ids.amap });
    const amendment = await mailbox.next("aicha@foyer.example", 8_000);
    expect(amendment.subject).toBe("Avenant au contrat « Légumes de saison » : votre accord est demandé");
    expect(amendment.text).toContain("Motif : Fête de l'école");

    const offer = await member.gql(
      `mutation($s: ID!, $d: ID!) { offerBasket(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
      { s: ids.subscription, d: distributions[3].id },
    );
    await admin(`mutation($o: ID!, $h: ID!) { takeBasket(input: { offerId: $o, householdId: $h }) { status } }`, {
      o: offer.offerBasket.id,
      h: ids.paper,
    });
    const given = await mailbox.next("aicha@foyer.example", 8_000);
    expect(given.subject).toMatch(/^Votre panier du .* a trouvé preneur$/);
    expect(given.text).toContain("sera récupéré par Papier");
    const taken = await mailbox.next("jean@papier.example", 8_000);
    expect(taken.subject).toMatch(/^Un panier vous est cédé le /);
  });

  it("shows, in order, the mails each of them received", async () => {
    await mailbox.settle();
    const memberMails = subjectsOf("aicha@foyer.example");
    expect(memberMails).toEqual([
      "AMAP des Lilas vous invite sur Champ Commun",
      "Le contrat « Légumes de saison » est ouvert aux souscriptions",
      "Souscription confirmée : contrat « Légumes de saison »",
      expect.stringMatching(/^Permanence du .* : il manque des bénévoles$/),
      expect.stringMatching(/^Distribution demain, .* : vous êtes de permanence$/),
      expect.stringMatching(/^Échéance du /),
      "Avenant au contrat « Légumes de saison » : votre accord est demandé",
      expect.stringMatching(/^Votre panier du .* a trouvé preneur$/),
    ]);
    expect(subjectsOf("referente@lilas.example")).toEqual([
      "Invitation sur Champ Commun : référent·e d'un contrat (Légumes de saison (AMAP des Lilas))",
      "Le contrat « Légumes de saison » est ouvert aux souscriptions",
      "Nouvelle souscription au contrat « Légumes de saison » : Diallo",
    ]);
    expect(subjectsOf("paysan@boisjoli.example")).toEqual([
      "Invitation sur Champ Commun : paysan·ne (Ferme du Bois Joli)",
      "Le contrat « Légumes de saison » est ouvert aux souscriptions",
      expect.stringMatching(/^Livraison demain à AMAP des Lilas, /),
    ]);
    const lines = (mail: ReceivedMail | undefined) => mail?.text.split("\n").slice(0, 3);
    console.log(
      mailbox.all.map((m) => `${m.to[0]} | ${m.subject}\n    ${lines(m)?.filter(Boolean).join(" / ")}`).join("\n"),
    );
  });

  it("stops a kind of mail with the one-click link, and lets the person choose on their page", async () => {
    const reminder = mailbox.all.find(
      (m) => m.to.includes("aicha@foyer.example") && m.subject.startsWith("Distribution demain"),
    )!;
    const url = /(http:\/\/\S+\/unsubscribe\?token=\S+)/
      .exec(reminder.text)![1]
      .replace(/^http:\/\/[^/]+/, stack.gatewayUrl);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    const done = await fetch(url, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(done.status).toBe(200);
    const result = await done.text();
    expect(result).toContain("vous ne recevrez plus ce type de message");
    // The page names the kind with the words of the person's mail page, and leads there.
    const prefs = await member.gql(`{ myNotificationPreferences { lang choices { kind enabled label } } }`);
    const reminders = prefs.myNotificationPreferences.choices.find(
      (c: { kind: string }) => c.kind === "distribution_reminder",
    );
    expect(reminders).toEqual({
      kind: "distribution_reminder",
      enabled: false,
      label: "Rappel la veille d'une distribution",
    });
    expect(result).toContain(`« ${reminders.label} »`);
    expect(result).toContain('href="/moi/notifications"');
    expect(
      prefs.myNotificationPreferences.choices.find((c: { kind: string }) => c.kind === "template_opened").enabled,
    ).toBe(true);
    const forged = await fetch(url.replace(/token=[^.]+/, "token=AAAA"), { method: "POST" });
    expect(forged.status).toBe(400);
    // Turned off: the next reminder is not sent; in English, the rest is.
    await member.gql(`mutation { updateMyNotificationPreferences(input: { lang: "en" }) { lang } }`);
    await scheduler.tick(noonBefore(distributions[1].date, 1));
    await mailbox.settle();
    expect(
      mailbox.all.filter((m) => m.to.includes("aicha@foyer.example") && /^(Distribution|Delivery)/.test(m.subject)),
    ).toHaveLength(1);
    const farmerAgain = await mailbox.next("paysan@boisjoli.example", 8_000);
    expect(farmerAgain.subject).toMatch(/^Livraison demain/);
    // Each one's mail choices are in their own space: a farmer who is no member is refused /moi.
    expect(farmerAgain.text).toMatch(/Choisir vos notifications : http:\/\/\S+\/paysan\/notifications\n/);
    expect(reminder.text).toMatch(/Choisir vos notifications : http:\/\/\S+\/moi\/notifications\n/);
  });
});
