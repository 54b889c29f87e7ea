/**
 * A network admin's tasks, in the built back-office through the real gateway: edit an AMAP (a
 * refused field says why under it), read the map of the network's AMAPs and farms (drawn from the
 * boundary file shipped with the app: no request to another site), place a farm by clicking on it
 * (from the map page, on the département of its postal code, and from its form). Every outcome is
 * read back through the API.
 */
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

jest.setTimeout(180_000);

const PASSWORD = "un-mot-de-passe-de-test";
const EMAIL = "reseau-carte@champ-commun.test";
/** Seine-et-Marne, roughly (the département of postal code 77400). */
const SEINE_ET_MARNE = { south: 48.12, north: 49.12, west: 2.39, east: 3.56 };

describeInBrowser("network admin: AMAPs, farms and the map", () => {
  let stack: Stack;
  let gql: Gql;
  let world: World;
  let browser: Browser;
  let base: string;
  const incidents = new Incidents();

  beforeAll(async () => {
    ({ stack, gql } = await startAdminTestStack("uireseau"));
    base = stack.gatewayUrl;
    world = await buildWorld(gql, {
      amaps: 3,
      farms: 3,
      templatesPerAmap: 1,
      householdsPerAmap: 1,
      weeks: 2,
      seasonStart: "2026-09-03",
    });
    await createPersonWithRole(gql, {
      email: EMAIL,
      password: PASSWORD,
      role: "network_admin",
      scopeId: world.networkId,
      firstName: "Nadia",
      lastName: "Réseau",
    });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const farm = (id: string) =>
    gql(`query($id: ID!) { farm(id: $id) { name latitude longitude } }`, { id }).then((r) => r.farm);

  async function signedIn(opts: { phone?: boolean } = {}): Promise<Page> {
    const page = await openPage(browser, incidents, opts.phone ? PHONE : {});
    await signIn(page, base, EMAIL, PASSWORD, /\/reseau\/?$/);
    return page;
  }

  it("edits an AMAP: a bad postal code is refused under its field, then the AMAP is saved", async () => {
    const page = await signedIn();
    const amapId = world.amapIds[1];
    await page.goto(`${base}/reseau/amaps/${amapId}`);
    await page.getByLabel("Nom *").waitFor();
    await page.getByLabel("Téléphone").fill("01 48 00 00 00");
    await page.getByLabel("Code postal").fill("935");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByText("Le code postal compte 5 chiffres.").first().waitFor();
    expect(await page.getByLabel("Code postal").getAttribute("aria-invalid")).toBe("true");
    await checkScreen(page, incidents, "reseau-amap-refus");
    await page.getByLabel("Code postal").fill("93500");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForURL(/\/reseau\/amaps\/?$/);
    const saved = await gql(`query($id: ID!) { amap(id: $id) { phone postalCode } }`, { id: amapId });
    expect(saved.amap).toEqual({ phone: "01 48 00 00 00", postalCode: "93500" });
  });

  it("reads the map: every AMAP and farm with coordinates is on it, the others are listed to be placed", async () => {
    const page = await signedIn();
    await page.getByRole("menuitem", { name: "Carte du réseau" }).click();
    await page.waitForURL(/\/reseau\/carte$/);
    const map = page.getByRole("img", { name: "Carte des AMAP et des fermes du réseau" });
    await map.waitFor();
    const api = await gql(
      `query { amaps(perPage: 100) { items { id name latitude } } farms(perPage: 100) { items { id name latitude } } }`,
    );
    const placedAmaps = api.amaps.items.filter((a: { latitude: number | null }) => a.latitude !== null);
    expect(placedAmaps.length).toBe(3);
    for (const a of placedAmaps) expect(await map.locator(`[data-point="amap:${a.id}"]`).count()).toBe(1);
    expect(await map.locator("[data-departement]").count()).toBe(101);
    expect(await map.locator('[data-departement="93"]').count()).toBe(1);
    // The farms of the demo have no coordinates yet: listed, each with a way to place it.
    for (const f of world.farmIds) {
      const row = page.locator(`[data-record="farm:${f}"]`);
      await row.getByText("pas encore sur la carte").waitFor();
    }
    await checkScreen(page, incidents, "reseau-carte");
  });

  it("places a farm by clicking on the map, which opens on the département of its postal code", async () => {
    const page = await signedIn({ phone: true });
    await page.goto(`${base}/reseau/carte`);
    const farmId = world.farmIds[0]; // Ferme du Bout du Monde, 77400 Lagny-sur-Marne
    const row = page.locator(`[data-record="farm:${farmId}"]`);
    await row.getByRole("button", { name: /^Placer sur la carte/ }).click();
    await page
      .getByRole("status")
      .getByText(/département du code postal \(Seine-et-Marne\)/)
      .waitFor();
    const map = page.getByRole("img", { name: "Carte des AMAP et des fermes du réseau" });
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width * 0.4, y: box.height * 0.45 } });
    await page.getByText("« Ferme du Bout du Monde » est placée sur la carte.").waitFor();
    const f = await farm(farmId);
    expect(f.latitude).toBeGreaterThan(SEINE_ET_MARNE.south);
    expect(f.latitude).toBeLessThan(SEINE_ET_MARNE.north);
    expect(f.longitude).toBeGreaterThan(SEINE_ET_MARNE.west);
    expect(f.longitude).toBeLessThan(SEINE_ET_MARNE.east);
    // Drawn where it was clicked (the map stays on the département; the notice above it has gone).
    const marker = map.locator(`[data-point="farm:${farmId}"]`);
    await marker.waitFor();
    const m = (await marker.boundingBox())!;
    const now = (await map.boundingBox())!;
    expect(Math.abs(m.x + m.width / 2 - (now.x + now.width * 0.4))).toBeLessThan(12);
    expect(Math.abs(m.y + m.height / 2 - (now.y + now.height * 0.45))).toBeLessThan(12);
    await checkScreen(page, incidents, "reseau-carte-placee-375px");
  });

  it("edits a farm: places it from its form by clicking next to an AMAP, and saves", async () => {
    const page = await signedIn();
    const farmId = world.farmIds[1];
    await page.goto(`${base}/reseau/farms/${farmId}`);
    await page.getByLabel("Nom *").waitFor();
    await page.getByLabel("Code postal").fill("93500");
    await page.getByRole("button", { name: "Placer sur la carte" }).click();
    const map = page.getByRole("img", { name: "Carte : cliquez pour placer" });
    await map.waitFor();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
    const lat = Number(await page.getByLabel("Latitude").inputValue());
    const lng = Number(await page.getByLabel("Longitude").inputValue());
    // Seine-Saint-Denis, where the map opened (postal code 93500).
    expect(lat).toBeGreaterThan(48.8);
    expect(lat).toBeLessThan(49.02);
    expect(lng).toBeGreaterThan(2.28);
    expect(lng).toBeLessThan(2.61);
    await page.getByLabel("Téléphone").fill("06 00 00 00 01");
    await checkScreen(page, incidents, "reseau-ferme-carte");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForURL(/\/reseau\/farms\/?$/);
    const saved = await gql(`query($id: ID!) { farm(id: $id) { latitude longitude postalCode phone } }`, {
      id: farmId,
    });
    expect(saved.farm).toEqual({ latitude: lat, longitude: lng, postalCode: "93500", phone: "06 00 00 00 01" });
  });

  it("shows every screen of the back-office in French, on a desktop and on a phone", async () => {
    for (const phone of [false, true]) {
      const page = await signedIn({ phone });
      for (const [path, name] of [
        ["", "tableau-de-bord"],
        ["/amaps", "amap"],
        ["/farms", "fermes"],
        ["/networkMemberships", "adhesions"],
        ["/networkShareRemittances", "reversements"],
        ["/networks", "reseaux"],
        [`/networks/${world.networkId}/show`, "reseau-fiche"],
        ["/amaps/create", "amap-nouvelle"],
        ["/networkMemberships/create", "adhesion-nouvelle"],
        ["/networkShareRemittances/create", "reversement-nouveau"],
      ]) {
        await page.goto(`${base}/reseau${path}`);
        await page.locator("#react-admin-title").waitFor();
        await checkScreen(page, incidents, `reseau-${name}${phone ? "-375px" : ""}`);
      }
    }
  });

  it("called no other host (the map has no tiles) and showed no technical text", () => expectNoIncidents(incidents));
});
