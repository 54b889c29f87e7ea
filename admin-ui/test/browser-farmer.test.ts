/**
 * A farmer's season tasks, in the built back-office through the real gateway: the dashboard lists
 * each contract once with its AMAP's name; the week's recap, typed in as a farmer types dates (no
 * "La fin de la saison est avant son début" halfway), gives the quantities per distribution and per
 * AMAP and household, equal to the API's; a distribution moved to the Friday still has its
 * deliveries in the week it moved to; the farmer countersigns. Desktop and 375 px phone.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { addDays } from "@champ-commun/kit";
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

jest.setTimeout(180_000);

const PASSWORD = "un-mot-de-passe-de-test";
const EMAIL = "paysan-recap@champ-commun.test";

/** The next Thursday, at least 3 days ahead (its Friday is a few days later still). */
function nextThursday(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 3));
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
const longDay = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString("fr-FR", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
/** The keys a person types into a date input, in the field order the browser shows (dd/mm/yyyy in French, mm/dd/yyyy in English). */
const typed = (date: string, order: "dmy" | "mdy") => {
  const [y, m, d] = date.split("-");
  return order === "dmy" ? `${d}${m}${y}` : `${m}${d}${y}`;
};

interface Qty {
  productName: string;
  quantity: number;
}
interface Recap {
  dates: Array<{ date: string; distributionId: string; amapId: string; products: Qty[] }>;
  amaps: Array<{ amapId: string; products: Qty[]; households: Array<{ name: string; products: Qty[] }> }>;
}

describeInBrowser("farmer: the week's recap and countersigning", () => {
  let stack: Stack;
  let gql: Gql;
  let world: World;
  let browser: Browser;
  let base: string;
  let farmId: string;
  let thursday: string;
  let amapNames: string[];
  let movedId: string;
  const incidents = new Incidents();

  beforeAll(async () => {
    ({ stack, gql } = await startAdminTestStack("uipaysan"));
    base = stack.gatewayUrl;
    thursday = nextThursday();
    // Two AMAPs: the first farm supplies both (templates go to farms in turn).
    world = await buildWorld(gql, {
      amaps: 2,
      farms: 2,
      templatesPerAmap: 2,
      householdsPerAmap: 3,
      weeks: 3,
      seasonStart: thursday,
    });
    farmId = world.farmIds[0];
    const names = await gql(`query($ids: [ID!]) { amaps(filter: { ids: $ids }) { items { id name } } }`, {
      ids: world.amapIds,
    });
    amapNames = world.amapIds.map((id) => names.amaps.items.find((a: { id: string }) => a.id === id).name);
    // The second AMAP's first distribution moves from the Thursday to the Friday.
    const d = await gql(
      `query($a: ID!, $f: Date!) { distributions(filter: { amapId: $a, from: $f, to: $f }) { items { id } } }`,
      { a: world.amapIds[1], f: thursday },
    );
    movedId = d.distributions.items[0].id;
    await gql(`mutation($i: MoveDistributionInput!) { moveDistribution(input: $i) { id } }`, {
      i: { id: movedId, date: addDays(thursday, 1), reason: "Jour férié" },
    });
    // The first AMAP closes its subscriptions to the farm's vegetables: the farmer countersigns them.
    const tpl = await gql(
      `query($f: ID!, $a: ID!) { contractTemplates(filter: { farmId: $f, amapId: $a }) { items { id } } }`,
      { f: farmId, a: world.amapIds[0] },
    );
    await gql(`mutation($id: ID!) { closeContractTemplate(input: { id: $id }) { id } }`, {
      id: tpl.contractTemplates.items[0].id,
    });
    await createPersonWithRole(gql, {
      email: EMAIL,
      password: PASSWORD,
      role: "farmer",
      scopeId: farmId,
      firstName: "Paul",
      lastName: "Maraîcher",
    });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const recapOf = async (from: string, to: string): Promise<Recap> =>
    (
      await gql(
        `query($f: ID!, $from: Date, $to: Date) { farmerRecap(farmId: $f, from: $from, to: $to) { dates { date distributionId amapId products { productName quantity } } amaps { amapId products { productName quantity } households { name products { productName quantity } } } } }`,
        { f: farmId, from, to },
      )
    ).farmerRecap;

  /** Puts the caret in a date input's first field (day, or month), below the label that sits over its top. */
  async function firstField(input: Locator) {
    const box = (await input.boundingBox())!;
    await input.click({ position: { x: 16, y: box.height - 6 }, force: true });
  }

  /** The order of a date input's fields, as this browser shows them (its own language, not the page's). */
  async function dateOrder(page: Page, label: string): Promise<"dmy" | "mdy"> {
    const input = page.getByLabel(label, { exact: true });
    await input.fill("");
    await firstField(input);
    await page.keyboard.type("01022026");
    const order = (await input.inputValue()) === "2026-02-01" ? "dmy" : "mdy";
    await input.fill("");
    return order;
  }

  /** Types a date the way a person does, key by key, checking no "end before start" message shows halfway. */
  async function typeDate(page: Page, label: string, date: string) {
    const order = await dateOrder(page, label);
    const input = page.getByLabel(label, { exact: true });
    await input.fill("");
    await firstField(input);
    for (const key of typed(date, order)) {
      await page.keyboard.type(key);
      expect(await page.getByText(/avant son début|avant la date de début/).count()).toBe(0);
    }
    expect(await input.inputValue()).toBe(date);
  }

  it("lists each of the farm's contracts once on the dashboard, with its AMAP's name", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, EMAIL, PASSWORD, /\/paysan\/?$/);
    const list = page.getByRole("list", { name: "Contrats de la ferme" });
    await list.getByRole("listitem").first().waitFor();
    await page.waitForLoadState("networkidle");
    const items = await list.getByRole("listitem").allInnerTexts();
    const api = await gql(
      `query($f: ID!) { contractTemplates(filter: { farmId: $f }, perPage: 100) { items { id name amapId } } }`,
      { f: farmId },
    );
    expect(items).toHaveLength(api.contractTemplates.items.length);
    expect(new Set(items).size).toBe(items.length);
    for (const t of api.contractTemplates.items as Array<{ name: string; amapId: string }>) {
      expect(
        items.filter((i) => i.includes(t.name) && i.includes(amapNames[world.amapIds.indexOf(t.amapId)])),
      ).toHaveLength(1);
    }
    await checkScreen(page, incidents, "paysan-tableau-de-bord");
  });

  it("gives the week's quantities per distribution and per AMAP and household, as the API computes them", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, EMAIL, PASSWORD, /\/paysan\/?$/);
    await page.goto(`${base}/paysan/recapitulatifs`);
    await page.getByRole("heading", { name: "Récapitulatifs", level: 1 }).waitFor();
    const to = addDays(thursday, 6);
    await typeDate(page, "Au", to);
    await typeDate(page, "Du", thursday);
    const recap = await recapOf(thursday, to);
    expect(recap.dates.length).toBe(2);
    expect(recap.amaps.length).toBe(2);

    const byDate = page.getByRole("region", { name: "Par distribution" });
    for (const d of recap.dates) {
      const card = byDate.locator(`[data-distribution="${d.distributionId}"]`);
      const text = await card.innerText();
      expect(text.toLowerCase()).toContain(longDay(d.date));
      expect(text).toContain(amapNames[world.amapIds.indexOf(d.amapId)]);
      for (const p of d.products) expect(text).toContain(`${p.quantity} × ${p.productName}`);
    }
    const byAmap = page.getByRole("region", { name: "Par AMAP et par foyer" });
    for (const a of recap.amaps) {
      const card = byAmap.locator(`[data-amap="${a.amapId}"]`);
      const text = await card.innerText();
      expect(text).toContain(amapNames[world.amapIds.indexOf(a.amapId)]);
      expect(a.households.length).toBeGreaterThan(0);
      for (const h of a.households)
        expect(text).toContain(`${h.name} : ${h.products.map((p) => `${p.quantity} × ${p.productName}`).join(", ")}`);
    }
    await checkScreen(page, incidents, "paysan-recapitulatif-semaine");
  });

  it("keeps a moved distribution's deliveries in the week it moved to (not « Rien à livrer »)", async () => {
    const page = await openPage(browser, incidents, PHONE);
    await signIn(page, base, EMAIL, PASSWORD, /\/paysan\/?$/);
    await page.goto(`${base}/paysan/recapitulatifs`);
    const friday = addDays(thursday, 1);
    await typeDate(page, "Au", addDays(friday, 5));
    await typeDate(page, "Du", friday);
    const recap = await recapOf(friday, addDays(friday, 5));
    expect(recap.dates.map((d) => [d.distributionId, d.date])).toEqual([[movedId, friday]]);
    const card = page.getByRole("region", { name: "Par distribution" }).locator(`[data-distribution="${movedId}"]`);
    expect((await card.innerText()).toLowerCase()).toContain(longDay(friday));
    expect(await page.getByText("Rien à livrer sur cette période.").count()).toBe(0);
    await checkScreen(page, incidents, "paysan-recapitulatif-deplacee-375px");
  });

  it("says so when the end is before the start, once both dates are typed", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, EMAIL, PASSWORD, /\/paysan\/?$/);
    await page.goto(`${base}/paysan/recapitulatifs`);
    await typeDate(page, "Du", thursday);
    const order = await dateOrder(page, "Au");
    const to = page.getByLabel("Au", { exact: true });
    await to.fill("");
    await firstField(to);
    for (const key of typed(addDays(thursday, -3), order)) await page.keyboard.type(key);
    await page.getByText("La date de fin est avant la date de début.").waitFor();
    expect(await to.getAttribute("aria-invalid")).toBe("true");
  });

  it("countersigns a signed subscription", async () => {
    const page = await openPage(browser, incidents);
    await signIn(page, base, EMAIL, PASSWORD, /\/paysan\/?$/);
    await page.goto(`${base}/paysan/subscriptions`);
    const sign = page.getByRole("button", { name: "Contresigner", exact: true });
    await sign.first().waitFor();
    await checkScreen(page, incidents, "paysan-souscriptions");
    // A subscription's page is titled with its household and contract, its dates written the French way.
    await page.getByRole("row").nth(1).getByRole("cell").nth(1).click();
    await page.waitForURL(/\/paysan\/subscriptions\/[^/]+\/show$/);
    const id = page.url().split("/").slice(-2)[0];
    const shown = await gql(`query($id: ID!) { subscription(id: $id) { templateName household { displayName } } }`, {
      id,
    });
    const title = `${shown.subscription.household.displayName} — ${shown.subscription.templateName}`;
    await page.locator("#react-admin-title").getByText(title).waitFor();
    await page.getByRole("columnheader", { name: "Livraison" }).waitFor();
    await checkScreen(page, incidents, "paysan-souscription");
    await page.goto(`${base}/paysan/subscriptions`);
    await sign.first().click();
    await page.getByText("1 contrat contresigné").waitFor();
    const done = await gql(`query { subscriptions(filter: { status: countersigned }) { total items { farmId } } }`);
    expect(done.subscriptions.total).toBe(1);
    expect(done.subscriptions.items[0].farmId).toBe(farmId);
  });

  it("shows every screen of the back-office in French, on a desktop and on a phone", async () => {
    for (const phone of [false, true]) {
      const page = await openPage(browser, incidents, phone ? PHONE : {});
      await signIn(page, base, EMAIL, PASSWORD, /\/paysan\/?$/);
      for (const [path, name] of [
        ["", "tableau-de-bord"],
        ["/subscriptions", "souscriptions"],
        ["/contractTemplates", "contrats"],
        ["/products", "produits"],
        ["/products/create", "produit-nouveau"],
        [`/farms/${farmId}`, "ma-ferme"],
        ["/recapitulatifs", "recapitulatifs"],
      ]) {
        await page.goto(`${base}/paysan${path}`);
        await page.locator("#react-admin-title").waitFor();
        await checkScreen(page, incidents, `paysan-ecran-${name}${phone ? "-375px" : ""}`);
      }
    }
  });

  it("showed no technical text, no error, no other host", () => expectNoIncidents(incidents));
});
