/**
 * The built back-offices (admin-ui/dist) in headless Chromium, served by the real gateway in front
 * of the three subgraphs, over a demo world (tools/src/demo/world.ts) and one account per role.
 * Each role signs in at /connexion, lands in its back-office and does its main task; no role opens
 * another's pages. Screenshots of each main screen go to test-output/screenshots/ (git-ignored).
 * Skipped only when Chromium or the build is missing (`apt-get install -y chromium`,
 * `npm run build -w admin-ui`; `npm test` builds first).
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ADMIN_DIST } from "../../gateway/src/http";
import { buildWorld, type World } from "../../tools/src/demo/world";
import type { Gql } from "../../tools/src/demo/client";
import type { Stack } from "../../tools/src/stack";
import { createPersonWithRole, startAdminTestStack } from "./support/stack";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// In CI (.ci/run sets CI=true, after installing Chromium) they never skip: a missing browser fails.
const canRun =
  process.env.CI === "true" || (fs.existsSync(CHROMIUM) && fs.existsSync(path.join(ADMIN_DIST, "index.html")));
if (!canRun)
  console.warn(`admin-ui browser tests skipped: needs ${CHROMIUM} and ${ADMIN_DIST} (npm run build -w admin-ui)`);

const SHOTS = path.resolve(__dirname, "..", "..", "test-output", "screenshots");
const PASSWORD = "un-mot-de-passe-de-test";

/** The Thursday at least 10 days ahead: the season's dates are all to come (absences need notice). */
function nextSeasonStart(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 10));
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

jest.setTimeout(120_000);

(canRun ? describe : describe.skip)("back-offices in Chromium", () => {
  let stack: Stack;
  let gql: Gql;
  let base: string;
  let world: World;
  let browser: Browser;
  let draftTemplateId: string;
  let memberHouseholdId: string;
  const outside: string[] = [];
  const pageErrors: string[] = [];
  const apiLanguages: string[] = [];
  const email = (role: string) => `${role}@champ-commun.test`;

  async function open(width = 1280, height = 860): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width, height }, locale: "fr-FR" })).newPage();
    page.on("request", (r) => {
      const u = new URL(r.url());
      if (u.protocol.startsWith("http") && u.hostname !== "127.0.0.1") outside.push(r.url());
      if (u.pathname === "/graphql") apiLanguages.push(r.headers()["accept-language"] ?? "");
    });
    page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    return page;
  }

  async function signIn(page: Page, role: string, landing: RegExp) {
    await page.goto(`${base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(email(role));
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(landing).catch(async (err) => {
      await shot(page, `echec-connexion-${role}`);
      throw new Error(`${role} did not land on ${landing} (at ${page.url()}): ${err.message}`);
    });
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const noHorizontalScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    ({ stack, gql } = await startAdminTestStack("uibr"));
    base = stack.gatewayUrl;
    world = await buildWorld(gql, {
      amaps: 1,
      farms: 3,
      templatesPerAmap: 3,
      householdsPerAmap: 4,
      weeks: 4,
      seasonStart: nextSeasonStart(),
    });
    const amapId = world.amapIds[0];

    // The farmer countersigns once the AMAP has closed the template's subscriptions.
    await gql(`mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { id } }`, { id: world.templateIds[0] });
    // A draft template for the AMAP admin to open: bread from the bakery, on the first two dates. The world's
    // farms come in the order of FARMS in world.ts: vegetables, eggs and poultry, then the bakery (the third).
    const bakery = world.farmIds[2];
    const farm = await gql(`query($id: ID!) { farm(id: $id) { products { id } } }`, { id: bakery });
    const draft = await gql(`mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id } }`, {
      i: {
        amapId,
        farmId: bakery,
        name: "Pain d'hiver",
        season: "2027",
        kind: "per_date",
        lines: [{ productId: farm.farm.products[0].id, unitPriceCents: 550, minQuantity: 0, maxQuantity: 3 }],
        distributionIds: world.distributionIds.slice(0, 2),
        allowedInstallmentCounts: [1, 2],
        acceptedMeans: ["cheque"],
      },
    });
    draftTemplateId = draft.createContractTemplate.id;

    // A new household with its membership: the member subscribes from scratch.
    const period = await gql(`query($a: ID!) { membershipPeriods(filter: { amapId: $a }) { items { id } } }`, {
      a: amapId,
    });
    const hh = await gql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id people { id } } }`, {
      i: {
        amapId,
        displayName: "Foyer Essai",
        people: [{ firstName: "Camille", lastName: "Essai", email: email("member"), isPrimary: true }],
      },
    });
    memberHouseholdId = hh.createHousehold.id;
    await gql(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
      i: {
        householdId: memberHouseholdId,
        periodId: period.membershipPeriods.items[0].id,
        amountCents: 2000,
        status: "paid",
      },
    });

    await createPersonWithRole(gql, {
      email: email("network"),
      password: PASSWORD,
      role: "network_admin",
      scopeId: world.networkId,
    });
    await createPersonWithRole(gql, { email: email("amap"), password: PASSWORD, role: "amap_admin", scopeId: amapId });
    await createPersonWithRole(gql, {
      email: email("farmer"),
      password: PASSWORD,
      role: "farmer",
      scopeId: world.farmIds[0],
    });
    await createPersonWithRole(gql, {
      email: email("member"),
      password: PASSWORD,
      role: "member",
      scopeId: memberHouseholdId,
      personId: hh.createHousehold.people[0].id,
    });
    // Treasurer of the AMAP and member of a household: two spaces, one switcher.
    const double = await createPersonWithRole(gql, {
      email: email("double"),
      password: PASSWORD,
      role: "amap_admin",
      scopeId: amapId,
    });
    await gql(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
      i: { personId: double, role: "member", scopeId: world.householdIds[0] },
    });

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("shows the landing page in French, and sends a signed-out visitor of a back-office to sign in", async () => {
    const page = await open();
    await page.goto(`${base}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    await page.goto(`${base}/amap/installments`);
    await page.waitForURL(/\/connexion\?suite=%2Famap%2Finstallments/);
    await page.getByLabel("Mot de passe").waitFor();
  });

  it("refuses a wrong password with the API's message, next to the form", async () => {
    const page = await open();
    await page.goto(`${base}/connexion`);
    await page.getByLabel("Adresse e-mail").fill(email("network"));
    await page.getByLabel("Mot de passe").fill("pas-le-bon-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("alert").waitFor();
    expect(page.url()).toMatch(/\/connexion/);
  });

  it("network admin: sees the network's figures, registers an AMAP; the API's field message shows under its input", async () => {
    const page = await open();
    await signIn(page, "network", /\/reseau\/?$/);
    await page.getByText("Le réseau en chiffres").first().waitFor();
    await page.waitForLoadState("networkidle");
    await shot(page, "reseau-tableau-de-bord");
    await page.getByText("Préfinancement par ferme").waitFor();
    await page.getByText("Ferme du Bout du Monde").first().waitFor();

    await page.goto(`${base}/reseau/amaps/create`);
    await page.getByLabel("Nom *").fill("AMAP des Coteaux");
    await page.getByLabel("SIRET").fill("123");
    await page.getByLabel("Code postal").fill("93230");
    await page.getByLabel("Commune").fill("Romainville");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Le SIRET doit compter 14 chiffres valides.").first().waitFor();
    expect(await page.getByLabel("SIRET").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("SIRET").fill("");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForURL(/\/reseau\/amaps\/[0-9a-f-]{36}$/);
    const found = await gql(
      `query($n: ID!) { amaps(filter: { networkId: $n, q: "Coteaux" }) { items { name city network { id } } } }`,
      { n: world.networkId },
    );
    expect(found.amaps.items).toEqual([
      { name: "AMAP des Coteaux", city: "Romainville", network: { id: world.networkId } },
    ]);
  });

  it("AMAP admin: opens a draft contract template and marks cheques received", async () => {
    const page = await open();
    await signIn(page, "amap", /\/amap\/?$/);
    await page.getByText("Prochaines distributions").waitFor();
    await shot(page, "amap-tableau-de-bord");

    await page.goto(`${base}/amap/contractTemplates/${draftTemplateId}/show`);
    await page.getByText("Brouillon").first().waitFor();
    await page.getByRole("button", { name: "Ouvrir les souscriptions" }).click();
    await page.getByText("Souscriptions ouvertes").first().waitFor();
    const opened = await gql(`query($id: ID!) { contractTemplate(id: $id) { status } }`, { id: draftTemplateId });
    expect(opened.contractTemplate.status).toBe("open");

    await page.goto(`${base}/amap/installments`);
    await page.getByRole("columnheader", { name: "À encaisser le" }).waitFor();
    const boxes = page.getByRole("row").getByRole("checkbox");
    await boxes.nth(1).check();
    await boxes.nth(2).check();
    await page.getByRole("button", { name: "Marquer reçus" }).click();
    const dialog = page.getByRole("dialog");
    for (let n = 0; n < 2; n++) {
      await dialog
        .getByLabel("N° de chèque *")
        .nth(n)
        .fill(`000${n + 1}`);
      await dialog.getByLabel("Banque *").nth(n).fill("Crédit Coopératif");
    }
    await shot(page, "amap-cheques");
    await dialog.getByRole("button", { name: "Marquer reçus" }).click();
    await page.getByText("Échéances marquées reçues").waitFor();
    const received = await gql(`query($a: ID!) { installments(filter: { amapId: $a, status: received }) { total } }`, {
      a: world.amapIds[0],
    });
    expect(received.installments.total).toBe(2);
  });

  it("AMAP admin: the sign-off sheet of a distribution reads on a 375 px phone", async () => {
    const page = await open(375, 740);
    await signIn(page, "amap", /\/amap\/?$/);
    await page.goto(`${base}/amap/distributions/${world.distributionIds[0]}/show`);
    await page
      .getByRole("heading", { name: /Feuille d'émargement/ })
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Télécharger (CSV)" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, "amap-emargement-375px");
  });

  it("farmer: countersigns a signed subscription of the farm", async () => {
    const page = await open();
    await signIn(page, "farmer", /\/paysan\/?$/);
    await page.getByText("Contrats à contresigner").waitFor();
    await shot(page, "paysan-tableau-de-bord");
    await page.goto(`${base}/paysan/subscriptions`);
    const sign = page.getByRole("button", { name: "Contresigner", exact: true });
    await sign.first().waitFor();
    const before = await sign.count();
    await sign.first().click();
    await page.getByText("1 contrat contresigné").waitFor();
    const done = await gql(
      `query($t: ID!) { subscriptions(filter: { templateId: $t, status: countersigned }) { total } }`,
      { t: world.templateIds[0] },
    );
    expect(done.subscriptions.total).toBe(1);
    expect(before).toBeGreaterThan(0);
  });

  it("member, on a phone: subscribes with the quantity grid and finds the pickups in the agenda", async () => {
    // Opened by the AMAP admin's test; opened here when this test runs alone.
    const t = await gql(`query($id: ID!) { contractTemplate(id: $id) { status } }`, { id: draftTemplateId });
    if (t.contractTemplate.status === "draft")
      await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: draftTemplateId });
    const page = await open(375, 740);
    await signIn(page, "member", /\/moi\/?$/);
    await page.getByRole("heading", { name: "Mon agenda" }).first().waitFor();
    await page.getByText("Aucun panier à venir.").waitFor();
    await page.goto(`${base}/moi/contractTemplates`);
    await page.getByRole("link", { name: "Pain d'hiver" }).click();
    await page.waitForURL(/\/moi\/souscrire\//, { waitUntil: "commit" });
    const grid = page.getByRole("table", { name: "Quantités par date de livraison" });
    await grid.waitFor();
    const cells = grid.getByRole("spinbutton", { name: / — / });
    expect(await cells.count()).toBe(2);
    await cells.nth(0).fill("2");
    await cells.nth(1).fill("1");
    await page.getByText("Total : 16,50 €").waitFor();
    await page.getByLabel("2 fois").check();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, "moi-souscription-375px");
    await page.getByRole("button", { name: "Signer le contrat" }).click();
    await page.getByText("Contrat signé : vos paniers sont dans votre agenda.").waitFor();
    await page.getByText("Pain d'hiver").first().waitFor();
    await page
      .getByText(/2 × Pain/)
      .first()
      .waitFor();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, "moi-agenda-375px");
    const subs = await gql(
      `query($h: ID!) { household(id: $h) { subscriptions { templateName totalCents installments { amountCents } } } }`,
      { h: memberHouseholdId },
    );
    expect(subs.household.subscriptions).toEqual([
      { templateName: "Pain d'hiver", totalCents: 1650, installments: [{ amountCents: 825 }, { amountCents: 825 }] },
    ]);
  });

  it("a role cannot open another role's back-office", async () => {
    const member = await open();
    await signIn(member, "member", /\/moi\/?$/);
    for (const p of ["/reseau", "/amap/installments", "/paysan"]) {
      await member.goto(base + p);
      await member.getByRole("heading", { name: "Accès refusé" }).waitFor();
    }
    await member.getByRole("link", { name: "Mon espace" }).waitFor();
    const farmer = await open();
    await signIn(farmer, "farmer", /\/paysan\/?$/);
    await farmer.goto(`${base}/amap`);
    await farmer.getByRole("heading", { name: "Accès refusé" }).waitFor();
  });

  it("switches role from the app bar: AMAP admin and member in one account", async () => {
    const page = await open();
    await signIn(page, "double", /\/amap\/?$/);
    await page.getByRole("button", { name: /Changer d'espace/ }).click();
    await page.getByRole("menuitem", { name: /Amapien/ }).click();
    await page.waitForURL(/\/moi\/?$/);
    await page.getByRole("heading", { name: "Mon agenda" }).first().waitFor();
  });

  it("switches to English: labels, <html lang> and the API's messages (Accept-Language)", async () => {
    const page = await open();
    await signIn(page, "network", /\/reseau\/?$/);
    await page.goto(`${base}/reseau/amaps/create`);
    await page.getByRole("button", { name: "Langue : Français" }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByRole("button", { name: "Language : English" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByLabel("Name *").fill("AMAP Test");
    await page.getByLabel("Postal code").fill("12");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("A French postal code is 5 digits.").first().waitFor();
    expect(apiLanguages).toContain("en");
  });

  it("called no other host and raised no page error", () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
