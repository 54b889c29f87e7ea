/**
 * The référent's paper-member flow in /amap, in Chromium (issue 11, finding 7): a household that
 * signs on paper; the référent enters its subscription (it awaits the household's signature), then
 * records the paper's evidence (date, reference, note), which counts as the signature. The outcome
 * is checked through the API; every screen passes the French text scan and fits a 375 px phone;
 * the page runs under the gateway's Content-Security-Policy without a console error (finding 9).
 */
import type { Browser } from "playwright-core";
import { buildWorld, type World } from "../../tools/src/demo/world";
import type { Gql } from "../../tools/src/demo/client";
import type { Stack } from "../../tools/src/stack";
import { createPersonWithRole, startAdminTestStack } from "./support/stack";
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

const PASSWORD = "un-mot-de-passe-de-test";
const EMAIL = "referente@champ-commun.test";

/** The Thursday at least 10 days ahead: the season's dates are all to come. */
function nextSeasonStart(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 10));
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

jest.setTimeout(180_000);

describeInBrowser("a référent's paper member, in Chromium", () => {
  let stack: Stack;
  let gql: Gql;
  let world: World;
  let browser: Browser;
  let templateId: string;
  let paperHousehold: string;
  const incidents = new Incidents();

  beforeAll(async () => {
    ({ stack, gql } = await startAdminTestStack("uiref"));
    world = await buildWorld(gql, {
      amaps: 1,
      farms: 2,
      templatesPerAmap: 2,
      householdsPerAmap: 3,
      weeks: 4,
      seasonStart: nextSeasonStart(),
    });
    const amapId = world.amapIds[0];
    // An open contract of the AMAP, and a household with its membership that has not subscribed: Mme Papier signs on paper.
    const open = await gql(
      `query($a: ID!) { contractTemplates(filter: { amapId: $a, status: open }) { items { id name } } }`,
      { a: amapId },
    );
    templateId = open.contractTemplates.items[0].id;
    const period = await gql(`query($a: ID!) { membershipPeriods(filter: { amapId: $a }) { items { id feeCents } } }`, {
      a: amapId,
    });
    const hh = await gql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
      i: { amapId, displayName: "Foyer Papier", people: [{ firstName: "Jeanne", lastName: "Papier" }] },
    });
    paperHousehold = hh.createHousehold.id;
    await gql(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
      i: {
        householdId: paperHousehold,
        periodId: period.membershipPeriods.items[0].id,
        amountCents: period.membershipPeriods.items[0].feeCents || 1000,
        status: "paid",
      },
    });
    await createPersonWithRole(gql, {
      email: EMAIL,
      password: PASSWORD,
      role: "referent",
      scopeId: templateId,
      firstName: "Rose",
      lastName: "Référente",
    });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("enters the paper member's subscription, then records the paper, which stands for the signature", async () => {
    const page = await openPage(browser, incidents, PHONE);
    await signIn(page, stack.gatewayUrl, EMAIL, PASSWORD, /\/amap\/?$/);
    await page.goto(`${stack.gatewayUrl}/amap/subscriptions/create`);
    await page.getByRole("heading", { name: "Saisir un contrat papier", level: 1 }).waitFor();
    // The household, among the AMAP's households (by name: the référent sees no one's contact details).
    await page.getByLabel("Foyer").click();
    await page.getByRole("option", { name: "Foyer Papier" }).click();
    // The grid: one of the first product at each date (the row's "fill" when there is one, else cell by cell).
    const cells = page.locator("table input[type='number']");
    await cells.first().waitFor();
    const n = await cells.count();
    for (let i = 0; i < n; i++) if (await cells.nth(i).isEnabled()) await cells.nth(i).fill("1");
    await checkScreen(page, incidents, "referent-contrat-papier-saisie");
    await page.getByRole("button", { name: "Enregistrer la saisie" }).click();
    await page.getByText("Contrat saisi : il attend la signature du foyer").waitFor();
    await page.getByText("À signer par l'amapien").first().waitFor();

    const entered = await gql(
      `query($h: ID!) { subscriptions(filter: { householdId: $h }) { items { id status enteredBy paperSignature { reference } } } }`,
      { h: paperHousehold },
    );
    expect(entered.subscriptions.items).toHaveLength(1);
    expect(entered.subscriptions.items[0]).toMatchObject({
      status: "awaiting_member_signature",
      enteredBy: expect.any(String),
      paperSignature: null,
    });

    // The paper's evidence: date, reference, note.
    await page.getByRole("button", { name: "Enregistrer le contrat papier" }).first().click();
    const dialog = page.getByRole("dialog");
    const today = new Date().toISOString().slice(0, 10);
    await dialog.getByLabel("Signé le").fill(today);
    await dialog.getByLabel("Référence du papier").fill("Contrat n° 7, classeur 2026");
    await dialog.getByLabel("Remarque").fill("Remis par Jeanne à la distribution");
    await checkScreen(page, incidents, "referent-contrat-papier-preuve");
    await dialog.getByRole("button", { name: "Enregistrer le contrat papier" }).click();
    await page.getByText("Contrat papier enregistré").waitFor();
    await page.getByText(/Contrat papier signé le .* \(Contrat n° 7, classeur 2026\)/).waitFor();
    await checkScreen(page, incidents, "referent-contrat-papier-signe");

    const signed = await gql(
      `query($id: ID!) { subscription(id: $id) { status signedAt paperSignature { signedOn reference note recordedBy } } }`,
      { id: entered.subscriptions.items[0].id },
    );
    expect(signed.subscription).toMatchObject({
      status: "signed",
      signedAt: expect.any(String),
      paperSignature: {
        signedOn: today,
        reference: "Contrat n° 7, classeur 2026",
        note: "Remis par Jeanne à la distribution",
        recordedBy: entered.subscriptions.items[0].enteredBy,
      },
    });
  });

  it("met no incident: no other host, no page or console error (the Content-Security-Policy included), French text only", () => {
    expectNoIncidents(incidents);
  });
});
