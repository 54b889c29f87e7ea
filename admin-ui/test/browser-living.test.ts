/**
 * Living in it, in Chromium, as the people do it: the network admin creates an 8-seat remote
 * training; eight people hold the seats (through the API), a member takes the 9th place in /moi
 * and lands on the waiting list, then gets the seat someone frees (told by mail, checked through
 * the API and the test SMTP server); the network admin sees who is registered, records attendance
 * and downloads the participants. The member turns a kind of mail off, makes their agenda URL (a
 * valid iCal file behind it) and downloads their signed contract. The AMAP admin invites a
 * référent, who accepts on the invitation page (the grant is checked through the API), and
 * invites every member without an account at once. Every screen goes through checkScreen.
 */
import fs from "node:fs";
import * as ical from "node-ical";
import type { Browser, Page } from "playwright-core";
import type { Gql } from "../../tools/src/demo/client";
import { apiClient } from "../../tools/src/demo/client";
import type { Stack } from "../../tools/src/stack";
import { startMailbox, tokenIn } from "../../test/e2e/smtp.helper";
import { addDays, todayIn } from "../../services/kit/src/calendar";
import {
  checkScreen,
  describeInBrowser,
  expectNoIncidents,
  Incidents,
  launchBrowser,
  openPage,
  PHONE,
  signIn,
} from "./support/browser";
import { createPersonWithRole, startAdminTestStack } from "./support/stack";

jest.setTimeout(180_000);

const PASSWORD = "un-mot-de-passe-de-test";
const TITLE = "Formation : être référent·e";

describeInBrowser("living in it, in Chromium", () => {
  let stack: Stack;
  let gql: Gql;
  let base: string;
  let browser: Browser;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const saved = process.env.SMTP_URL;
  const incidents = new Incidents();
  const ids = {} as Record<string, string>;
  const first = addDays(todayIn(), 12);
  const season = first.slice(0, 4);
  const trainingDay = addDays(todayIn(), 20);
  let eventId = "";
  const seated: Gql[] = [];

  /** A person with a password and a session through the API (the eight who hold the seats). */
  async function signedInApi(email: string): Promise<{ gql: Gql; id: string }> {
    const account = await gql(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, {
      i: { email, password: PASSWORD, firstName: "Stagiaire", lastName: email.split("@")[0] },
    });
    const login = await apiClient(stack.graphqlUrl)(
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
      { e: email, p: PASSWORD },
    );
    return {
      gql: apiClient(stack.graphqlUrl, { authorization: `Bearer ${login.login.accessToken}` }),
      id: account.createAccount.id,
    };
  }

  const asMember = async () => {
    const login = await apiClient(stack.graphqlUrl)(
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
      { e: "camille@lilas.example", p: PASSWORD },
    );
    return apiClient(stack.graphqlUrl, { authorization: `Bearer ${login.login.accessToken}` });
  };

  async function download(page: Page, click: () => Promise<unknown>): Promise<{ name: string; body: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent("download"), click()]);
    return { name: file.suggestedFilename(), body: fs.readFileSync(await file.path()) };
  }

  beforeAll(async () => {
    mailbox = await startMailbox();
    process.env.SMTP_URL = mailbox.url;
    ({ stack, gql } = await startAdminTestStack("living"));
    base = stack.gatewayUrl;
    ids.network = (
      await gql(`mutation { createNetwork(input: { name: "Réseau des AMAP d'Île-de-France" }) { id } }`)
    ).createNetwork.id;
    ids.amap = (
      await gql(
        `mutation($n: ID) { createAmap(input: { name: "AMAP des Lilas", networkId: $n, city: "Les Lilas", postalCode: "93260" }) { id } }`,
        { n: ids.network },
      )
    ).createAmap.id;
    ids.farm = (
      await gql(
        `mutation($n: [ID!]) { createFarm(input: { name: "Ferme du Bois Joli", payeeName: "EARL du Bois Joli", networkIds: $n }) { id } }`,
        { n: [ids.network] },
      )
    ).createFarm.id;
    ids.product = (
      await gql(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
        in: { farmId: ids.farm, name: "Panier de légumes", unit: "panier", productionType: "vegetables" },
      })
    ).createProduct.id;
    ids.place = (
      await gql(
        `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Préau de l'école", address: "12 rue des Écoles" }) { id } }`,
        { a: ids.amap },
      )
    ).createPlace.id;
    const distributions = (
      await gql(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id } }`, {
        in: {
          amapId: ids.amap,
          placeId: ids.place,
          from: first,
          to: addDays(first, 14),
          cycle: "weekly",
          startTime: "18:30",
          endTime: "20:00",
        },
      })
    ).generateDistributions as Array<{ id: string }>;
    ids.period = (
      await gql(`mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`, {
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
    const t = await gql(
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
          allowedInstallmentCounts: [1],
          acceptedMeans: ["cheque"],
          lines: [{ productId: ids.product, unitPriceCents: 1850, maxQuantity: 2 }],
          distributionIds: distributions.map((d) => d.id),
        },
      },
    );
    ids.template = t.createContractTemplate.id;
    await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, { id: ids.template });

    // The member: a household, its membership, a subscription (its pickups fill the agenda; its contract is a PDF).
    const hh = await gql(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id people { id } } }`, {
      in: {
        amapId: ids.amap,
        displayName: "Martin",
        people: [{ firstName: "Camille", lastName: "Martin", email: "camille@lilas.example", isPrimary: true }],
      },
    });
    ids.household = hh.createHousehold.id;
    await gql(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
      in: { householdId: ids.household, periodId: ids.period, amountCents: 1000, status: "paid", means: "cash" },
    });
    await createPersonWithRole(gql, {
      email: "camille@lilas.example",
      password: PASSWORD,
      role: "member",
      scopeId: ids.household,
      personId: hh.createHousehold.people[0].id,
      firstName: "Camille",
      lastName: "Martin",
    });
    const sub = await gql(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id } }`, {
      in: {
        templateId: ids.template,
        householdId: ids.household,
        installmentCount: 1,
        means: "cheque",
        lines: distributions.map((d) => ({
          templateLineId: t.createContractTemplate.lines[0].id,
          distributionId: d.id,
          quantity: 1,
        })),
      },
    });
    ids.subscription = sub.createSubscription.id;
    // An imported household whose person has an address and no account yet.
    await gql(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        displayName: "Importés",
        people: [{ firstName: "Inès", lastName: "Importée", email: "ines@importee.example", isPrimary: true }],
      },
    });

    await createPersonWithRole(gql, {
      email: "formation@reseau.example",
      password: PASSWORD,
      role: "network_admin",
      scopeId: ids.network,
      firstName: "Nadia",
      lastName: "Formatrice",
    });
    await createPersonWithRole(gql, {
      email: "bureau@lilas.example",
      password: PASSWORD,
      role: "amap_admin",
      scopeId: ids.amap,
      firstName: "Bernard",
      lastName: "Bureau",
    });
    for (let i = 1; i <= 8; i++) seated.push((await signedInApi(`stagiaire${i}@example.org`)).gql);
    // The subscription's confirmation is not what this test reads: start from an empty mailbox.
    await mailbox.settle();
    mailbox.mails.length = 0;
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await mailbox?.stop();
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  });

  it("network admin: creates an 8-seat remote training with a video link", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "formation@reseau.example", PASSWORD, /\/reseau\/?$/);
    await page.getByRole("menuitem", { name: "Évènements" }).click();
    await page.waitForURL(/\/reseau\/events/);
    await checkScreen(page, incidents, "living-reseau-evenements-vide");
    await page.getByRole("link", { name: "Créer" }).click();
    await page.getByLabel("Titre *").fill(TITLE);
    await page.getByLabel("Présentation").fill("Pour les nouveaux référents : le rôle, les contrats, les chèques.");
    await page.getByLabel("Début *").fill(`${trainingDay}T19:00`);
    await page.getByLabel("Fin", { exact: true }).fill(`${trainingDay}T21:00`);
    await page.getByLabel("Lien de la visio").fill("https://visio.example.org/referents");
    await page.getByLabel("Places").fill("8");
    await checkScreen(page, incidents, "living-reseau-evenement-nouveau");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForURL(/\/reseau\/events\/[0-9a-f-]{36}\/show$/);
    eventId = /events\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    await page.getByText("0 inscrits sur 8 places").waitFor();
    await checkScreen(page, incidents, "living-reseau-evenement");
    const e = await gql(
      `query($id: ID!) { event(id: $id) { networkId kind seats videoUrl timeZone startsAt endsAt } }`,
      { id: eventId },
    );
    // 19:00 in Paris, in winter or summer.
    expect(e.event).toMatchObject({
      networkId: ids.network,
      kind: "training",
      seats: 8,
      videoUrl: "https://visio.example.org/referents",
      timeZone: "Europe/Paris",
    });
    expect(
      new Date(e.event.startsAt).toLocaleTimeString("fr-FR", {
        timeZone: "Europe/Paris",
        hour: "2-digit",
        minute: "2-digit",
      }),
    ).toBe("19:00");
    expect(new Date(e.event.endsAt).getTime() - new Date(e.event.startsAt).getTime()).toBe(2 * 3_600_000);
    await page.context().close();
  });

  it("member: the 9th registration, in /moi on a phone, lands on the waiting list", async () => {
    for (const p of seated)
      expect(
        (await p(`mutation($e: ID!) { registerForEvent(input: { eventId: $e }) { status } }`, { e: eventId }))
          .registerForEvent.status,
      ).toBe("registered");
    const page = await openPage(browser, incidents, { ...PHONE });
    await signIn(page, base, "camille@lilas.example", PASSWORD, /\/moi\/?$/);
    await page.goto(`${base}/moi/evenements`);
    const card = page.getByRole("listitem", { name: TITLE });
    await card.getByText("Complet : 0 personne en liste d'attente").waitFor();
    await checkScreen(page, incidents, "living-moi-evenements-complet");
    await card.getByRole("button", { name: "M'inscrire sur la liste d'attente" }).click();
    await card.getByText("Vous êtes n° 1 sur la liste d'attente").waitFor();
    await checkScreen(page, incidents, "living-moi-evenements-attente");
    const mine = await (
      await asMember()
    )(`query($e: ID!) { event(id: $e) { waitingCount myRegistration { status waitingPosition } } }`, { e: eventId });
    expect(mine.event).toEqual({ waitingCount: 1, myRegistration: { status: "waiting", waitingPosition: 1 } });
    const told = await mailbox.next("camille@lilas.example", 8_000);
    expect(told.subject).toBe(`« ${TITLE} » est complet : vous êtes en liste d'attente`);
    await page.context().close();
  });

  it("a cancellation gives the seat to the member, told by mail; the page then shows the video link", async () => {
    const regs = await seated[2](`query($e: ID!) { event(id: $e) { myRegistration { id } } }`, { e: eventId });
    await seated[2](`mutation($id: ID!) { cancelEventRegistration(input: { id: $id }) { status } }`, {
      id: regs.event.myRegistration.id,
    });
    const mine = await (
      await asMember()
    )(`query($e: ID!) { event(id: $e) { registeredCount waitingCount myRegistration { status promotedAt } } }`, {
      e: eventId,
    });
    expect(mine.event).toMatchObject({
      registeredCount: 8,
      waitingCount: 0,
      myRegistration: { status: "registered", promotedAt: expect.any(String) },
    });
    const promoted = await mailbox.next("camille@lilas.example", 8_000);
    expect(promoted.subject).toBe(`Une place s'est libérée : vous êtes inscrit·e à « ${TITLE} »`);
    expect(promoted.text).toContain("https://visio.example.org/referents");

    const page = await openPage(browser, incidents, { ...PHONE });
    await signIn(page, base, "camille@lilas.example", PASSWORD, /\/moi\/?$/);
    await page.goto(`${base}/moi/evenements`);
    const card = page.getByRole("listitem", { name: TITLE });
    await card.getByText("Vous êtes inscrit·e.").waitFor();
    await card.getByRole("link", { name: "https://visio.example.org/referents" }).waitFor();
    await checkScreen(page, incidents, "living-moi-evenements-inscrit");
    await page.context().close();
  });

  it("network admin: sees the registrations, records attendance, downloads the participants", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "formation@reseau.example", PASSWORD, /\/reseau\/?$/);
    await page.goto(`${base}/reseau/events/${eventId}/show`);
    await page.getByText("8 inscrits sur 8 places").waitFor();
    const rows = page.getByRole("table", { name: "Inscrits" }).getByRole("row");
    expect(await rows.count()).toBe(9); // the header and 8 people
    await page.getByText("Personne n'attend de place.").waitFor();
    await page
      .getByRole("cell", { name: /Camille Martin/ })
      .getByText("Place libérée")
      .waitFor();
    await page.getByLabel("Camille Martin était présent·e").check();
    await page.getByLabel("stagiaire1 était présent·e").check();
    await checkScreen(page, incidents, "living-reseau-evenement-inscrits");
    await page.getByRole("button", { name: "Enregistrer les présences" }).click();
    await page.getByText("Présences enregistrées").waitFor();
    const regs = await gql(`query($id: ID!) { event(id: $id) { registrations { name attended } } }`, { id: eventId });
    const came = regs.event.registrations
      .filter((r: { attended: boolean }) => r.attended)
      .map((r: { name: string }) => r.name)
      .sort();
    expect(came).toEqual(["Camille Martin", "Stagiaire stagiaire1"]);
    expect(regs.event.registrations.filter((r: { attended: boolean | null }) => r.attended === false)).toHaveLength(6);

    const csv = await download(page, () => page.getByRole("button", { name: "Participants (tableur)" }).click());
    expect(csv.name).toBe("participants-formation-etre-referent-e.csv");
    const lines = csv.body
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/); // CSV records end with CRLF (RFC 4180)
    expect(lines[0]).toBe("n°;nom;statut;inscrit·e le;présent·e");
    expect(lines).toHaveLength(9);
    expect(lines.join("\n")).toContain("Camille Martin;inscrit·e;");
    expect(lines.join("\n")).not.toContain("@"); // names only: no one's e-mail address
    await page.context().close();
  });

  it("member: turns a kind of mail off, makes the agenda URL (a valid iCal file), downloads the signed contract", async () => {
    const page = await openPage(browser, incidents, { ...PHONE });
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    await signIn(page, base, "camille@lilas.example", PASSWORD, /\/moi\/?$/);
    await page.goto(`${base}/moi/notifications`);
    const reminders = page.getByRole("switch", { name: "Rappel la veille d'une distribution" });
    await reminders.waitFor();
    expect(await reminders.isChecked()).toBe(true);
    await checkScreen(page, incidents, "living-moi-notifications");
    await reminders.click();
    await page.getByText("Vos choix sont enregistrés").waitFor();
    expect(await reminders.isChecked()).toBe(false);
    const prefs = await (await asMember())(`{ myNotificationPreferences { lang choices { kind enabled } } }`);
    expect(
      prefs.myNotificationPreferences.choices
        .filter((c: { enabled: boolean }) => !c.enabled)
        .map((c: { kind: string }) => c.kind),
    ).toEqual(["distribution_reminder"]);
    // The language of the mails.
    await page.getByRole("radio", { name: "Anglais" }).click();
    await page.getByRole("radio", { name: "Anglais", checked: true }).waitFor();
    expect((await (await asMember())(`{ myNotificationPreferences { lang } }`)).myNotificationPreferences.lang).toBe(
      "en",
    );

    await page.goto(`${base}/moi/agendas`);
    await page.getByText("Vous n'avez pas encore d'adresse d'agenda.").waitFor();
    await checkScreen(page, incidents, "living-moi-agenda-vide");
    await page.getByRole("button", { name: "Créer mon adresse d'agenda" }).click();
    const field = page.getByLabel("Adresse de l'agenda");
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await page.getByRole("button", { name: "Copier l'adresse" }).click();
    await page.getByText("Adresse copiée").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await checkScreen(page, incidents, "living-moi-agenda-adresse");
    const res = await fetch(url.replace(/^http:\/\/[^/]+/, base));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    const pickups = Object.values(ical.sync.parseICS(text)).filter((x): x is ical.VEvent => x?.type === "VEVENT");
    expect(pickups).toHaveLength(3);
    expect(pickups[0].summary).toBe("Distribution AMAP des Lilas");
    // Shown once: after a reload, the page only says an address is active.
    await page.reload();
    await page.getByText(/Une adresse d'agenda est active depuis le/).waitFor();
    expect(await page.getByLabel("Adresse de l'agenda").count()).toBe(0);

    await page.goto(`${base}/moi/contrats`);
    const pdf = await download(page, () => page.getByRole("button", { name: "Contrat (PDF)" }).click());
    expect(pdf.name).toBe("contrat-legumes-de-saison.pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    await checkScreen(page, incidents, "living-moi-contrats");
    await page.context().close();
  });

  it("AMAP admin: invites a référent, who accepts on the invitation page and gets the grant; invites the members without an account", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "bureau@lilas.example", PASSWORD, /\/amap\/?$/);
    await page.getByRole("menuitem", { name: "Invitations" }).click();
    await page.waitForURL(/\/amap\/invitations$/);
    const referent = page.getByRole("region", { name: "Inviter un·e référent·e" });
    await referent.getByLabel("Contrat *").click();
    await page.getByRole("option", { name: `Légumes de saison (${season})` }).click();
    await referent.getByLabel("Adresse e-mail *").fill("Rachida@Lilas.example");
    await referent.getByLabel("Prénom").fill("Rachida");
    await referent.getByLabel("Nom", { exact: true }).fill("Benali");
    await checkScreen(page, incidents, "living-amap-invitations");
    await referent.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await referent.getByText("Invitation envoyée à rachida@lilas.example").waitFor();

    const members = page.getByRole("region", { name: "Inviter les adhérents qui n'ont pas de compte" });
    await members.getByRole("button", { name: "Inviter tous les adhérents sans compte" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Envoyer les invitations" }).click();
    await members.getByText("1 invitation envoyée").waitFor();
    await members.getByText("ines@importee.example").waitFor();
    await checkScreen(page, incidents, "living-amap-invitations-envoyees");
    expect((await mailbox.next("ines@importee.example", 8_000)).subject).toBe(
      "AMAP des Lilas vous invite sur Champ Commun",
    );
    await page.context().close();

    const mail = await mailbox.next("rachida@lilas.example", 8_000);
    expect(mail.subject).toBe(
      "Invitation sur Champ Commun : référent·e d'un contrat (Légumes de saison (AMAP des Lilas))",
    );
    const link = /(http:\/\/\S+\/invitation\?token=\S+)/.exec(mail.text)![1].replace(/^http:\/\/[^/]+/, base);
    expect(link).toContain(tokenIn(mail));
    const welcome = await openPage(browser, incidents);
    await welcome.goto(link);
    await welcome.getByRole("heading", { name: "Bienvenue sur Champ Commun" }).waitFor();
    await checkScreen(welcome, incidents, "living-invitation");
    await welcome.getByLabel("Mot de passe", { exact: true }).fill("un mot de passe de référente");
    await welcome.getByLabel("Mot de passe, une seconde fois").fill("un mot de passe de référente");
    await welcome.getByRole("button", { name: "Choisir ce mot de passe" }).click();
    await welcome.waitForURL(/\/amap\/?$/);
    await checkScreen(welcome, incidents, "living-referente-amap");
    await welcome.context().close();
    const login = await apiClient(stack.graphqlUrl)(
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`,
      { e: "rachida@lilas.example", p: "un mot de passe de référente" },
    );
    const me = await apiClient(stack.graphqlUrl, { authorization: `Bearer ${login.login.accessToken}` })(
      `{ me { firstName lastName grants { role scopeId } } }`,
    );
    expect(me.me).toEqual({
      firstName: "Rachida",
      lastName: "Benali",
      grants: [{ role: "referent", scopeId: ids.template }],
    });
  });

  it("AMAP admin: announces the general assembly; the member finds it among the AMAP's events and registers", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "bureau@lilas.example", PASSWORD, /\/amap\/?$/);
    await page.goto(`${base}/amap/events/create`);
    await page.getByLabel("Titre *").fill("Assemblée générale 2027");
    await page.getByLabel("Début *").fill(`${addDays(todayIn(), 30)}T18:30`);
    await page.getByLabel("Lieu", { exact: true }).fill("Salle des fêtes, Les Lilas");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForURL(/\/amap\/events\/[0-9a-f-]{36}\/show$/);
    await page.getByText("0 inscrit", { exact: true }).waitFor();
    await checkScreen(page, incidents, "living-amap-evenement");
    const ag = /events\/([0-9a-f-]{36})\/show/.exec(page.url())![1];
    expect(
      (await gql(`query($id: ID!) { event(id: $id) { amapId networkId kind seats location } }`, { id: ag })).event,
    ).toEqual({
      amapId: ids.amap,
      networkId: null,
      kind: "general_assembly",
      seats: null,
      location: "Salle des fêtes, Les Lilas",
    });
    await page.goto(`${base}/amap/events`);
    await page.getByRole("cell", { name: "Assemblée générale 2027" }).waitFor();
    await checkScreen(page, incidents, "living-amap-evenements");
    await page.context().close();

    const phone = await openPage(browser, incidents, { ...PHONE });
    await signIn(phone, base, "camille@lilas.example", PASSWORD, /\/moi\/?$/);
    // On a phone, the menu is behind its button.
    await phone.getByRole("button", { name: "Ouvrir le menu" }).click();
    await phone.getByRole("menuitem", { name: "Évènements" }).click();
    await phone.waitForURL(/\/moi\/evenements$/);
    const card = phone.getByRole("listitem", { name: "Assemblée générale 2027" });
    await card.getByText("AMAP des Lilas").waitFor();
    await card.getByText("Places sans limite").waitFor();
    await card.getByRole("button", { name: "M'inscrire" }).click();
    await card.getByText("Vous êtes inscrit·e.").waitFor();
    await checkScreen(phone, incidents, "living-moi-evenements-ag");
    expect(
      (
        await (
          await asMember()
        )(`query($id: ID!) { event(id: $id) { registeredCount myRegistration { status } } }`, { id: ag })
      ).event,
    ).toEqual({ registeredCount: 1, myRegistration: { status: "registered" } });
    await phone.context().close();
  });

  it("AMAP admin: downloads a member's signed contract from the subscription page", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "bureau@lilas.example", PASSWORD, /\/amap\/?$/);
    await page.goto(`${base}/amap/subscriptions/${ids.subscription}/show`);
    const pdf = await download(page, () => page.getByRole("button", { name: "Contrat (PDF)" }).click());
    expect(pdf.name).toBe("contrat-legumes-de-saison.pdf");
    expect(pdf.body.subarray(0, 5).toString()).toBe("%PDF-");
    // The dates and the title of this page (issue 10, its owners' screen) are not this test's subject.
    await checkScreen(page, incidents, "living-amap-souscription", {
      allow: [/^\d{4}-\d{2}-\d{2}$/, ids.subscription],
    });
    await page.context().close();
  });

  it("network admin: invites a new AMAP's first administrator, who accepts and runs it", async () => {
    const coteaux = (
      await gql(
        `mutation($n: ID) { createAmap(input: { name: "AMAP des Coteaux", networkId: $n, city: "Romainville" }) { id } }`,
        { n: ids.network },
      )
    ).createAmap.id;
    const page = await openPage(browser, incidents);
    await signIn(page, base, "formation@reseau.example", PASSWORD, /\/reseau\/?$/);
    await page.getByRole("menuitem", { name: "Invitations" }).click();
    const form = page.getByRole("region", { name: "Inviter le premier administrateur d'une AMAP" });
    await form.getByLabel("AMAP *").fill("Coteaux");
    await page.getByRole("option", { name: /AMAP des Coteaux/ }).click();
    await form.getByLabel("Adresse e-mail *").fill("presidente@coteaux.example");
    await form.getByLabel("Prénom").fill("Louise");
    await checkScreen(page, incidents, "living-reseau-invitations");
    await form.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await form.getByText("Invitation envoyée à presidente@coteaux.example").waitFor();
    await page.goto(`${base}/reseau/notifications`);
    await page.getByRole("switch", { name: "Inscription à un évènement" }).waitFor();
    await checkScreen(page, incidents, "living-reseau-notifications");
    await page.context().close();

    const mail = await mailbox.next("presidente@coteaux.example", 8_000);
    expect(mail.subject).toBe("Invitation sur Champ Commun : administrateur·rice de l'AMAP (AMAP des Coteaux)");
    const welcome = await openPage(browser, incidents, { ...PHONE });
    await welcome.goto(/(http:\/\/\S+\/invitation\?token=\S+)/.exec(mail.text)![1].replace(/^http:\/\/[^/]+/, base));
    await welcome.getByLabel("Mot de passe", { exact: true }).fill("la présidente des coteaux");
    await welcome.getByLabel("Mot de passe, une seconde fois").fill("la présidente des coteaux");
    await welcome.getByRole("button", { name: "Choisir ce mot de passe" }).click();
    await welcome.waitForURL(/\/amap\/?$/);
    await welcome.context().close();
    const login = await apiClient(stack.graphqlUrl)(
      `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { person { grants { role scopeId } } } }`,
      { e: "presidente@coteaux.example", p: "la présidente des coteaux" },
    );
    expect(login.login.person.grants).toEqual([{ role: "amap_admin", scopeId: coteaux }]);
  });

  it("the AMAP's and the farm's agendas: each made in its space, each a valid iCal file", async () => {
    await createPersonWithRole(gql, {
      email: "paul@boisjoli.example",
      password: PASSWORD,
      role: "farmer",
      scopeId: ids.farm,
      firstName: "Paul",
      lastName: "Paysan",
    });
    const agendaOf = async (email: string, space: string, landing: RegExp, screen: string): Promise<ical.VEvent[]> => {
      const page = await openPage(browser, incidents, { ...PHONE });
      await signIn(page, base, email, PASSWORD, landing);
      await page.goto(`${base}${space}/agendas`);
      await page.getByRole("button", { name: "Créer mon adresse d'agenda" }).click();
      const url = await page.getByLabel("Adresse de l'agenda").inputValue();
      await checkScreen(page, incidents, screen);
      await page.goto(`${base}${space}/notifications`);
      await page.getByRole("switch", { name: "Ouverture d'un contrat aux souscriptions" }).waitFor();
      await checkScreen(page, incidents, `${screen}-notifications`);
      await page.context().close();
      const text = await (await fetch(url.replace(/^http:\/\/[^/]+/, base))).text();
      return Object.values(ical.sync.parseICS(text)).filter((x): x is ical.VEvent => x?.type === "VEVENT");
    };
    const distributions = await agendaOf("bureau@lilas.example", "/amap", /\/amap\/?$/, "living-amap-agenda");
    expect(distributions.map((d) => d.summary)).toEqual([
      "Distribution AMAP des Lilas",
      "Distribution AMAP des Lilas",
      "Distribution AMAP des Lilas",
    ]);
    const deliveries = await agendaOf("paul@boisjoli.example", "/paysan", /\/paysan\/?$/, "living-paysan-agenda");
    expect(deliveries.map((d) => d.summary)).toEqual([
      "Livraison — AMAP des Lilas",
      "Livraison — AMAP des Lilas",
      "Livraison — AMAP des Lilas",
    ]);
    expect(deliveries[0].description).toContain("Contrats : Légumes de saison");
  });

  it("ends with no incident on any screen", () => {
    expectNoIncidents(incidents);
  });
});
