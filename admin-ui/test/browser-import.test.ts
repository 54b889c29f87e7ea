/**
 * A newcomer's treasurer moves the AMAP in, in Chromium: imports the sample spreadsheet of the
 * documentation (150 households and their vegetable contract), reads the dry run's report,
 * confirms, and the sign-off sheet of the next distribution lists the households (checked through
 * the API); importing the same file again changes nothing. Then a member of one of those
 * households downloads their data in /moi and the file holds their records.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildWorld, type World } from "../../tools/src/demo/world";
import type { Gql } from "../../tools/src/demo/client";
import type { Stack } from "../../tools/src/stack";
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

const PASSWORD = "un-mot-de-passe-de-test";
const SAMPLE = path.resolve(__dirname, "..", "..", "docs", "import", "exemple-150-foyers.xlsx");

function nextThursday(): string {
  const d = new Date(Date.now() + 10 * 86_400_000);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

jest.setTimeout(180_000);

describeInBrowser("moving in: a newcomer imports its spreadsheet", () => {
  let stack: Stack;
  let gql: Gql;
  let world: World;
  let browser: Browser;
  let base: string;
  const incidents = new Incidents();

  beforeAll(async () => {
    ({ stack, gql } = await startAdminTestStack("uiimport"));
    base = stack.gatewayUrl;
    // A new AMAP with its vegetable contract and calendar, and no household yet.
    world = await buildWorld(gql, {
      amaps: 1,
      farms: 1,
      templatesPerAmap: 1,
      householdsPerAmap: 0,
      weeks: 4,
      seasonStart: nextThursday(),
    });
    await createPersonWithRole(gql, {
      email: "tresoriere@amap-nouvelle.test",
      password: PASSWORD,
      role: "amap_admin",
      scopeId: world.amapIds[0],
      firstName: "Claire",
      lastName: "Trésorière",
    });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const householdTotal = async () =>
    (await gql(`query($a: ID!) { households(filter: { amapId: $a }) { total } }`, { a: world.amapIds[0] })).households
      .total;

  /** Drops the sample on the import page, checks it, reads the report and confirms. */
  async function importSample(page: Page, expectReport: RegExp, shots: string): Promise<void> {
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText(/Colonnes du fichier « exemple-150-foyers\.xlsx » \(150 lignes\)/).waitFor();
    await checkScreen(page, incidents, `${shots}-colonnes`);
    await page.getByRole("button", { name: "Vérifier le fichier (essai à blanc)" }).click();
    await page.getByText("Résultat de l'essai à blanc (rien n'a encore été enregistré)").waitFor({ timeout: 60_000 });
    await page.getByText(expectReport).waitFor();
    await checkScreen(page, incidents, `${shots}-essai`);
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByText("Import terminé").waitFor({ timeout: 60_000 });
    await checkScreen(page, incidents, `${shots}-termine`);
  }

  it("imports the 150 households after a dry run, and the next sign-off sheet lists them", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "tresoriere@amap-nouvelle.test", PASSWORD, /\/amap/);
    await page.getByRole("menuitem", { name: "Importer un tableur" }).click();
    await page.getByRole("heading", { level: 1, name: "Importer des foyers et leurs contrats" }).waitFor();
    await checkScreen(page, incidents, "import-depot");

    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText(/Colonnes du fichier/).waitFor();
    await page.getByRole("button", { name: "Vérifier le fichier (essai à blanc)" }).click();
    await page.getByText("Foyers : 150 nouveaux, 0 complétés, 0 déjà à jour, 0 refusés").waitFor({ timeout: 60_000 });
    // The dry run wrote nothing.
    expect(await householdTotal()).toBe(0);
    await checkScreen(page, incidents, "import-essai");
    await page.getByRole("button", { name: "Importer", exact: true }).click();
    await page.getByText("Import terminé").waitFor({ timeout: 60_000 });
    await checkScreen(page, incidents, "import-termine");
    expect(await householdTotal()).toBe(150);

    const sheet = await gql(`query($d: ID!) { distribution(id: $d) { signOffSheet { name } } }`, {
      d: world.distributionIds[0],
    });
    const names: string[] = sheet.distribution.signOffSheet.map((l: { name: string }) => l.name);
    expect(names).toHaveLength(150);
    expect(names).toContain("Foyer Garcia Léa (1)");
    await page.close();
  });

  it("imported again, changes nothing", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "tresoriere@amap-nouvelle.test", PASSWORD, /\/amap/);
    await page.goto(`${base}/amap/import`);
    await importSample(page, /Foyers : 0 nouveaux, 0 complétés, 150 déjà à jour, 0 refusés/, "reimport");
    expect(await householdTotal()).toBe(150);
    const subs = await gql(`query($a: ID!) { subscriptions(filter: { amapId: $a }) { total } }`, {
      a: world.amapIds[0],
    });
    expect(subs.subscriptions.total).toBe(150);
    await page.close();
  });

  it("fits a phone", async () => {
    const page = await openPage(browser, incidents, PHONE);
    await signIn(page, base, "tresoriere@amap-nouvelle.test", PASSWORD, /\/amap/);
    await page.goto(`${base}/amap/import`);
    await page.getByRole("heading", { level: 1, name: "Importer des foyers et leurs contrats" }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);
    await page.getByText(/Colonnes du fichier/).waitFor();
    await checkScreen(page, incidents, "import-colonnes-telephone");
    await page.close();
  });

  it("lets the treasurer take the AMAP's archive and choose what the network sees", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, "tresoriere@amap-nouvelle.test", PASSWORD, /\/amap/);
    await page.getByRole("menuitem", { name: "Données et réseau" }).click();
    await page.getByRole("heading", { level: 1, name: "Données de l'AMAP" }).waitFor();
    await checkScreen(page, incidents, "amap-donnees");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger l'archive" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^archive-amap-des-lilas-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = fs.readFileSync(await download.path());
    expect(zip.subarray(0, 2).toString()).toBe("PK");
    // The figures stop flowing up once unticked and saved.
    await page.getByLabel(/Nos chiffres dans les statistiques du réseau/).uncheck();
    await page.getByRole("button", { name: "Enregistrer ces choix" }).click();
    await page.getByText(/Choix enregistrés le/).waitFor();
    const consent = await gql(
      `query($a: ID!) { amap(id: $a) { networkConsent { statistics partnerships directory decidedAt } } }`,
      { a: world.amapIds[0] },
    );
    expect(consent.amap.networkConsent).toMatchObject({ statistics: false, partnerships: true, directory: true });
    await checkScreen(page, incidents, "amap-donnees-consentement");
    await page.close();
  });

  it("lets a member of an imported household download their data in /moi", async () => {
    const found = await gql(
      `query($a: ID!) { households(filter: { amapId: $a, q: "lea.garcia.1@example.org" }) { items { id people { id email } } } }`,
      { a: world.amapIds[0] },
    );
    const household = found.households.items[0];
    const person = household.people.find((p: { email: string }) => p.email === "lea.garcia.1@example.org");
    await createPersonWithRole(gql, {
      email: "lea.garcia.1@example.org",
      password: PASSWORD,
      role: "member",
      scopeId: household.id,
      personId: person.id,
      firstName: "Léa",
      lastName: "Garcia",
    });

    const page = await openPage(browser, incidents, PHONE);
    await signIn(page, base, "lea.garcia.1@example.org", PASSWORD, /\/moi/);
    await page.goto(`${base}/moi/compte`);
    await page.getByRole("button", { name: "Exporter mes données" }).waitFor();
    await checkScreen(page, incidents, "moi-compte-donnees");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporter mes données" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
    const text = fs.readFileSync(await download.path(), "utf8");
    const data = JSON.parse(text);
    expect(data.household.id).toBe(household.id);
    expect(data.records.Person.map((p: { email: string }) => p.email)).toContain("lea.garcia.1@example.org");
    expect(data.records.Subscription).toHaveLength(1);
    expect(data.records.Subscription[0].templateName).toMatch(/Légumes/);
    expect(data.records.Membership).toHaveLength(1);
    expect(data.counts.DeliveryLine).toBe(4);
    expect(data.records.Account[0].email).toBe("lea.garcia.1@example.org");
    // Only this household: not the 149 others imported with it.
    expect(text).not.toContain("yanis.dubois.2@example.org");
    expect(text).not.toMatch(/passwordHash|tokenHash/);

    // "Effacer mes données" asks for confirmation, then records the request (undone here).
    await page.getByRole("button", { name: "Effacer mes données" }).click();
    await page.getByRole("button", { name: "Oui, effacer mes données" }).click();
    await page.getByRole("button", { name: "Annuler ma demande" }).waitFor();
    await checkScreen(page, incidents, "moi-compte-effacement-demande");
    await page.getByRole("button", { name: "Annuler ma demande" }).click();
    await page.getByRole("button", { name: "Effacer mes données" }).waitFor();
    await page.close();
    expectNoIncidents(incidents);
  });
});
