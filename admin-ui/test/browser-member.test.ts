/**
 * A member's season tasks on a 375 px phone, in the built back-office through the real gateway:
 * subscribe with the quantity grid (refused quantities say why, next to the cell and next to the
 * sign button), find every pickup in the agenda on the day it really happens (a distribution moved
 * from a Thursday to the Friday, at another place, with its time window), declare an absence and
 * undo it, hand a basket over, sign up for a duty. Each outcome is read back through the API.
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
  horizontalOverflow,
  Incidents,
  launchBrowser,
  openPage,
  PHONE,
  signIn,
} from "./support/browser";
import { createPersonWithRole, startAdminTestStack } from "./support/stack";

jest.setTimeout(180_000);

const PASSWORD = "un-mot-de-passe-de-test";
const EMAIL = "camille-membre@champ-commun.test";

/** The Thursday at least 10 days ahead: every date is to come (absences need notice). */
function nextSeasonStart(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 10));
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
/** "vendredi 18 décembre 2026", as the agenda writes it. */
const longDay = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString("fr-FR", {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describeInBrowser("member, on a phone: a season's tasks", () => {
  let stack: Stack;
  let gql: Gql;
  let world: World;
  let browser: Browser;
  let page: Page;
  let base: string;
  let householdId: string;
  let templateId: string;
  let dates: string[];
  let moved: { id: string; from: string; to: string };
  const incidents = new Incidents();

  beforeAll(async () => {
    ({ stack, gql } = await startAdminTestStack("uimoi"));
    base = stack.gatewayUrl;
    const seasonStart = nextSeasonStart();
    world = await buildWorld(gql, {
      amaps: 1,
      farms: 3,
      templatesPerAmap: 2,
      householdsPerAmap: 3,
      weeks: 4,
      seasonStart,
    });
    const amapId = world.amapIds[0];
    dates = world.distributionIds.map((_, i) => addDays(seasonStart, 7 * i));

    // The second distribution moves from its Thursday to the Friday, in the village hall.
    const hall = await gql(`mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }`, {
      i: { amapId, name: "Salle des fêtes", address: "3 rue de la Mairie", postalCode: "93260", city: "Les Lilas" },
    });
    moved = { id: world.distributionIds[1], from: dates[1], to: addDays(dates[1], 1) };
    await gql(`mutation($i: MoveDistributionInput!) { moveDistribution(input: $i) { id } }`, {
      i: { id: moved.id, date: moved.to, placeId: hall.createPlace.id, reason: "Le préau est en travaux." },
    });

    // Bread from the bakery (the world's third farm), at most 4 per delivery, on the first three dates.
    const bakery = world.farmIds[2];
    const farm = await gql(`query($id: ID!) { farm(id: $id) { products { id } } }`, { id: bakery });
    const tpl = await gql(`mutation($i: CreateContractTemplateInput!) { createContractTemplate(input: $i) { id } }`, {
      i: {
        amapId,
        farmId: bakery,
        name: "Pain d'hiver",
        season: seasonStart.slice(0, 4),
        kind: "per_date",
        lines: [{ productId: farm.farm.products[0].id, unitPriceCents: 550, minQuantity: 0, maxQuantity: 4 }],
        distributionIds: world.distributionIds.slice(0, 3),
        allowedInstallmentCounts: [1, 2],
        acceptedMeans: ["cheque"],
        maxAbsences: 2,
        absenceNoticeHours: 48,
      },
    });
    templateId = tpl.createContractTemplate.id;
    await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, { id: templateId });

    // A new household with its membership, and its member's account.
    const period = await gql(`query($a: ID!) { membershipPeriods(filter: { amapId: $a }) { items { id } } }`, {
      a: amapId,
    });
    const hh = await gql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id people { id } } }`, {
      i: {
        amapId,
        displayName: "Foyer Essai",
        people: [{ firstName: "Camille", lastName: "Essai", email: EMAIL, isPrimary: true }],
      },
    });
    householdId = hh.createHousehold.id;
    await gql(`mutation($i: CreateMembershipInput!) { createMembership(input: $i) { id } }`, {
      i: { householdId, periodId: period.membershipPeriods.items[0].id, amountCents: 2000, status: "paid" },
    });
    await createPersonWithRole(gql, {
      email: EMAIL,
      password: PASSWORD,
      role: "member",
      scopeId: householdId,
      personId: hh.createHousehold.people[0].id,
      firstName: "Camille",
      lastName: "Essai",
    });

    // The duty roster: one role, a shift at every distribution.
    await gql(`mutation($i: CreateDutyRoleInput!) { createDutyRole(input: $i) { id } }`, {
      i: { amapId, name: "Accueil", defaultSeats: 2 },
    });
    await gql(
      `mutation($a: ID!, $f: Date!, $t: Date!) { generateDutyShifts(input: { amapId: $a, from: $f, to: $t }) { id } }`,
      { a: amapId, f: dates[0], t: addDays(dates[3], 2) },
    );

    browser = await launchBrowser();
    page = await openPage(browser, incidents, PHONE);
    await signIn(page, base, EMAIL, PASSWORD, /\/moi\/?$/);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const pickup = (id: string) => page.locator(`li[data-distribution="${id}"]`);
  /** The message a screen reader reads with a control (aria-describedby). */
  const describedBy = (l: Locator) =>
    l.evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim(),
    );
  /** The page's title in the app bar is whole on a phone (not cut to "Mon" or "Sous"). */
  async function titleIsWhole(expected: string) {
    const title = page.locator("#react-admin-title");
    await title.getByText(expected).waitFor();
    const cut = await title.evaluate((el) =>
      [...el.querySelectorAll("*"), el].some((e) => e.scrollWidth > e.clientWidth + 1),
    );
    expect({ title: expected, cut }).toEqual({ title: expected, cut: false });
  }

  it("subscribes with the grid: −2 and 9 (over 4) are refused next to the cell, and the sign button says why it waits", async () => {
    await page.getByRole("heading", { name: "Mon agenda", level: 1 }).waitFor();
    await titleIsWhole("Mon agenda");
    await checkScreen(page, incidents, "moi-agenda-vide-375px");
    await page.goto(`${base}/moi/contractTemplates`);
    await page.getByRole("link", { name: "Pain d'hiver" }).click();
    await page.waitForURL(/\/moi\/souscrire\//);
    const grid = page.getByRole("table", { name: "Quantités par date de livraison" });
    await grid.waitFor();
    await titleIsWhole("Souscrire : Pain d'hiver");
    const cells = grid.getByRole("spinbutton", { name: / — / });
    expect(await cells.count()).toBe(3);
    const sign = page.getByRole("button", { name: "Signer le contrat" });

    await cells.nth(0).fill("-2");
    expect(await cells.nth(0).inputValue()).toBe("-2");
    expect(await cells.nth(0).getAttribute("aria-invalid")).toBe("true");
    expect(await describedBy(cells.nth(0))).toBe("Pas de quantité négative : 0 ou plus");
    expect(await sign.isDisabled()).toBe(true);
    expect(await describedBy(sign)).toBe("Pour signer, corrigez les quantités signalées en rouge dans la grille.");

    await cells.nth(0).fill("9");
    expect(await describedBy(cells.nth(0))).toBe("Au plus 4 par livraison");
    expect(await sign.isDisabled()).toBe(true);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await checkScreen(page, incidents, "moi-souscription-refus-375px");

    await cells.nth(0).fill("2");
    await cells.nth(1).fill("1");
    expect(await cells.nth(0).getAttribute("aria-invalid")).toBeNull();
    await page.getByText("Total : 16,50 €").waitFor();
    await page.getByLabel("2 fois").check();
    expect(await sign.isDisabled()).toBe(false);
    await checkScreen(page, incidents, "moi-souscription-375px");
    await sign.click();
    await page.getByText("Contrat signé : vos paniers sont dans votre agenda.").waitFor();

    const subs = await gql(
      `query($h: ID!) { household(id: $h) { subscriptions { templateName totalCents lines { distributionId quantity } installments { amountCents } } } }`,
      { h: householdId },
    );
    expect(subs.household.subscriptions).toEqual([
      {
        templateName: "Pain d'hiver",
        totalCents: 1650,
        lines: expect.arrayContaining([
          { distributionId: world.distributionIds[0], quantity: 2 },
          { distributionId: moved.id, quantity: 1 },
        ]),
        installments: [{ amountCents: 825 }, { amountCents: 825 }],
      },
    ]);
  });

  it("shows the moved distribution on its real day, with its time window and its new place", async () => {
    const card = pickup(moved.id);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(new RegExp(escape(longDay(moved.to)), "i"));
    expect(text).toContain("18 h 30 – 20 h");
    expect(text).toContain("Salle des fêtes, 3 rue de la Mairie, 93260 Les Lilas");
    expect(text).toMatch(new RegExp(`d'abord prévue le ${escape(longDay(moved.from))}`, "i"));
    // Its heading is the new day, not the one first planned.
    expect((await card.getByRole("heading").innerText()).toLowerCase()).toBe(longDay(moved.to));
    expect(await pickup(world.distributionIds[0]).innerText()).toContain("Préau de l'école, 12 rue des Écoles");
    await checkScreen(page, incidents, "moi-agenda-375px");
    const d = await gql(
      `query($id: ID!) { distribution(id: $id) { effectiveDate startTime endTime movedToPlace { name } } }`,
      { id: moved.id },
    );
    expect(d.distribution).toEqual({
      effectiveDate: moved.to,
      startTime: "18:30",
      endTime: "20:00",
      movedToPlace: { name: "Salle des fêtes" },
    });
  });

  it("declares an absence after confirming, then undoes it", async () => {
    const first = pickup(world.distributionIds[0]);
    await first.getByRole("button", { name: "Je serai absent·e" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(new RegExp(`Absent·e le ${escape(longDay(dates[0]))}`, "i")).waitFor();
    await dialog.getByText(/ne sera pas préparé ce jour-là/).waitFor();
    await checkScreen(page, incidents, "moi-absence-confirmation-375px");
    await dialog.getByRole("button", { name: "Je serai absent·e" }).click();
    await first.getByRole("button", { name: "Annuler mon absence" }).waitFor();
    await first.getByText("Absent·e", { exact: true }).waitFor();
    const absences = async () =>
      (
        await gql(`query($h: ID!) { household(id: $h) { subscriptions { absences { distributionId } } } }`, {
          h: householdId,
        })
      ).household.subscriptions[0].absences;
    expect(await absences()).toEqual([{ distributionId: world.distributionIds[0] }]);

    await first.getByRole("button", { name: "Annuler mon absence" }).click();
    await first.getByRole("button", { name: "Je serai absent·e" }).waitFor();
    expect(await absences()).toEqual([]);
  });

  it("hands a basket over, after confirming", async () => {
    const card = pickup(moved.id);
    await card.getByRole("button", { name: "Céder mon panier" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText(/sera proposé aux autres amapiens/).waitFor();
    await dialog.getByRole("button", { name: "Céder mon panier" }).click();
    await card.getByText("Panier proposé").waitFor();
    await card.getByRole("button", { name: "Retirer ma proposition" }).waitFor();
    const offers = await gql(
      `query($d: ID!) { basketOffers(distributionId: $d) { status giverHouseholdId subscription { templateName } } }`,
      { d: moved.id },
    );
    expect(offers.basketOffers).toEqual([
      { status: "offered", giverHouseholdId: householdId, subscription: { templateName: "Pain d'hiver" } },
    ]);
  });

  it("signs up for a duty at the moved distribution, shown on its real day and place", async () => {
    await page.goto(`${base}/moi/permanences`);
    await page.getByRole("heading", { name: "Permanences", level: 1 }).waitFor();
    await titleIsWhole("Permanences");
    const card = pickup(moved.id);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(new RegExp(escape(longDay(moved.to)), "i"));
    expect(text).toContain("18 h 30 – 20 h · Salle des fêtes");
    await card.getByRole("button", { name: "Je m'inscris : Accueil" }).click();
    await card.getByText("Votre foyer est inscrit.").waitFor();
    await checkScreen(page, incidents, "moi-permanences-375px");
    const shifts = await gql(
      `query($d: ID!) { dutyShifts(filter: { distributionId: $d }) { items { role { name } signups { householdId } } } }`,
      { d: moved.id },
    );
    expect(shifts.dutyShifts.items).toEqual([{ role: { name: "Accueil" }, signups: [{ householdId }] }]);

    await page.goto(`${base}/moi`);
    await pickup(moved.id).getByText("Permanence : Accueil").waitFor();
  });

  it("shows the member's other screens in French, whole titles, on the phone", async () => {
    for (const [path, title, name] of [
      ["/contractTemplates", "Souscrire", "souscrire-liste"],
      ["/contrats", "Mes contrats", "contrats"],
      ["/compte", "Mon compte", "compte"],
    ]) {
      await page.goto(`${base}/moi${path}`);
      await titleIsWhole(title);
      await checkScreen(page, incidents, `moi-${name}-375px`);
    }
  });

  it("keeps the menu's labels whole on a phone", async () => {
    await page.getByRole("button", { name: /menu/i }).first().click();
    const items = page.getByRole("menuitem");
    await items.first().waitFor();
    const cut = await items.evaluateAll((els) =>
      els
        .filter((e) => [...e.querySelectorAll("*")].some((c) => c.scrollWidth > c.clientWidth + 1))
        .map((e) => (e as HTMLElement).innerText),
    );
    expect(cut).toEqual([]);
    await checkScreen(page, incidents, "moi-menu-375px");
  });

  it("showed no technical text, nothing wider than the phone, no error, no other host", () =>
    expectNoIncidents(incidents));
});
