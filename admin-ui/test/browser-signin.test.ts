/**
 * Signing in, as a person who slips or forgot: an empty field says which one (not "mot de passe
 * incorrect", and no sign-in attempt is spent on it); "Mot de passe oublié ?" leads to a page that
 * sends the link (a real SMTP server here), whose page sets the new password; the new password
 * signs in, the old one no longer does. On a 375 px phone, in French.
 */
import type { Browser, Page } from "playwright-core";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startMailbox } from "../../test/e2e/smtp.helper";
import {
  checkScreen,
  describeInBrowser,
  expectNoIncidents,
  Incidents,
  launchBrowser,
  openPage,
  PHONE,
} from "./support/browser";
import { createPersonWithRole, startAdminTestStack } from "./support/stack";

jest.setTimeout(120_000);

const EMAIL = "oubli-ui@champ-commun.test";
const OLD = "l-ancien-mot-de-passe";
const NEW = "un nouveau mot de passe tout neuf";
const LOGIN = `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`;

describeInBrowser("sign-in and forgotten password", () => {
  let stack: Stack;
  let gql: Gql;
  let browser: Browser;
  let base: string;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  const saved = process.env.SMTP_URL;
  const incidents = new Incidents();

  beforeAll(async () => {
    mailbox = await startMailbox();
    process.env.SMTP_URL = mailbox.url;
    ({ stack, gql } = await startAdminTestStack("uisignin"));
    base = stack.gatewayUrl;
    const net = await gql(`mutation { createNetwork(input: { name: "Réseau d'essai", level: regional }) { id } }`);
    await createPersonWithRole(gql, {
      email: EMAIL,
      password: OLD,
      role: "network_admin",
      scopeId: net.createNetwork.id,
    });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await mailbox?.stop();
    if (saved === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = saved;
  });

  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  /** The message under an input, as a screen reader reads it (aria-describedby). */
  const messageOf = (page: Page, label: string) =>
    field(page, label).evaluate((el) =>
      (el.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim(),
    );

  it("says which field is empty, and spends no sign-in attempt on it", async () => {
    const page = await openPage(browser, incidents, PHONE);
    const calls: string[] = [];
    page.on("request", (r) => r.url().endsWith("/graphql") && calls.push(r.postData() ?? ""));
    await page.goto(`${base}/connexion`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    expect(await messageOf(page, "Adresse e-mail")).toBe("Indiquez votre adresse e-mail.");
    expect(await messageOf(page, "Mot de passe")).toBe("Indiquez votre mot de passe.");
    expect(await field(page, "Adresse e-mail").getAttribute("aria-invalid")).toBe("true");
    await checkScreen(page, incidents, "connexion-champs-vides-375px");
    expect(await page.getByText(/incorrect/).count()).toBe(0);

    await field(page, "Adresse e-mail").fill(EMAIL);
    await page.getByRole("button", { name: "Se connecter" }).click();
    expect(await field(page, "Adresse e-mail").getAttribute("aria-invalid")).toBeNull();
    expect(await messageOf(page, "Mot de passe")).toBe("Indiquez votre mot de passe.");
    expect(calls.filter((c) => c.includes("login"))).toEqual([]);

    // The API says the same to a client that sends empty fields, field by field.
    const res = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "1" },
      body: JSON.stringify({ query: LOGIN, variables: { e: "", p: "" } }),
    });
    const body = (await res.json()) as {
      errors: Array<{ extensions: { code: string; fields: Record<string, string> } }>;
    };
    expect(body.errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { email: "Indiquez votre adresse e-mail.", password: "Indiquez votre mot de passe." },
    });
  });

  it("sends a reset link from « Mot de passe oublié ? », whose page sets the new password", async () => {
    const page = await openPage(browser, incidents, PHONE);
    await page.goto(`${base}/connexion`);
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await page.waitForURL(/\/mot-de-passe-oublie$/);
    await page.getByRole("heading", { name: "Mot de passe oublié" }).waitFor();
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    expect(await messageOf(page, "Adresse e-mail")).toBe("Indiquez votre adresse e-mail.");
    await field(page, "Adresse e-mail").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    expect(await messageOf(page, "Adresse e-mail")).toMatch(/n'est pas valide/);
    await field(page, "Adresse e-mail").fill(EMAIL);
    await page.getByRole("button", { name: "Recevoir le lien" }).click();
    await page
      .getByRole("status")
      .getByText(/un lien pour choisir un nouveau mot de passe vient d'y être envoyé/)
      .waitFor();
    await checkScreen(page, incidents, "mot-de-passe-oublie-envoye-375px");

    const mail = await mailbox.next(EMAIL);
    const link = /https?:\/\/\S+/.exec(mail.text)?.[0];
    expect(link).toMatch(/\/nouveau-mot-de-passe\?token=[A-Za-z0-9_-]+$/);
    const target = new URL(link!);
    await page.goto(`${base}${target.pathname}${target.search}`);
    await page.getByRole("heading", { name: "Nouveau mot de passe" }).waitFor();
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    expect(await messageOf(page, "Nouveau mot de passe")).toMatch(/Choisissez un mot de passe\./);
    expect(await messageOf(page, "Confirmez le mot de passe")).toBe("Tapez le mot de passe une seconde fois.");
    await field(page, "Nouveau mot de passe").fill("court");
    await field(page, "Confirmez le mot de passe").fill("court");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    expect(await messageOf(page, "Nouveau mot de passe")).toMatch(/Au moins 12 caractères/);
    await field(page, "Nouveau mot de passe").fill(NEW);
    await field(page, "Confirmez le mot de passe").fill(`${NEW}!`);
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    expect(await messageOf(page, "Confirmez le mot de passe")).toBe("Les deux mots de passe ne sont pas les mêmes.");
    await checkScreen(page, incidents, "nouveau-mot-de-passe-erreurs-375px");
    await field(page, "Confirmez le mot de passe").fill(NEW);
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page.getByRole("status").getByText("Votre mot de passe est changé.", { exact: false }).waitFor();

    // The link works once.
    await page.goto(`${base}${target.pathname}${target.search}`);
    await field(page, "Nouveau mot de passe").fill("encore un autre mot de passe");
    await field(page, "Confirmez le mot de passe").fill("encore un autre mot de passe");
    await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await page
      .getByRole("alert")
      .getByText(/Lien expiré ou déjà utilisé/)
      .waitFor();
    await checkScreen(page, incidents, "nouveau-mot-de-passe-lien-use-375px");

    // The new password signs in, in the browser; the old one no longer does.
    await page.getByRole("link", { name: "Demander un nouveau lien" }).waitFor();
    await page.goto(`${base}/connexion`);
    await field(page, "Adresse e-mail").fill(EMAIL);
    await field(page, "Mot de passe").fill(NEW);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL(/\/reseau\/?$/);
    const old = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "1" },
      body: JSON.stringify({ query: LOGIN, variables: { e: EMAIL, p: OLD } }),
    });
    expect(
      ((await old.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0].extensions.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("takes an invited member from the mailed link to their space, with a password they chose", async () => {
    const amap = await gql(`mutation { createAmap(input: { name: "AMAP des Essais" }) { id } }`);
    await gql(`mutation($i: InviteHouseholdInput!) { inviteHousehold(input: $i) { householdId } }`, {
      i: { amapId: amap.createAmap.id, email: "invitee@champ-commun.test", firstName: "Inès", lastName: "Invitée" },
    });
    const link = /https?:\/\/\S+/.exec((await mailbox.next("invitee@champ-commun.test")).text)?.[0];
    expect(link).toMatch(/\/invitation\?token=[A-Za-z0-9_-]+$/);
    const target = new URL(link!);
    const page = await openPage(browser, incidents, PHONE);
    await page.goto(`${base}${target.pathname}${target.search}`);
    await page.getByRole("heading", { name: "Bienvenue sur Champ Commun" }).waitFor();
    await page.getByRole("button", { name: "Choisir ce mot de passe" }).click();
    expect(await messageOf(page, "Mot de passe")).toMatch(/Choisissez un mot de passe\./);
    await field(page, "Mot de passe").fill(NEW);
    await field(page, "Mot de passe, une seconde fois").fill(NEW);
    await checkScreen(page, incidents, "invitation-375px");
    await page.getByRole("button", { name: "Choisir ce mot de passe" }).click();
    await page.waitForURL(/\/moi\/?$/);
    await page.getByRole("heading", { name: "Mon agenda", level: 1 }).waitFor();
    const me = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "1" },
      body: JSON.stringify({ query: LOGIN, variables: { e: "invitee@champ-commun.test", p: NEW } }),
    });
    expect(((await me.json()) as { data?: { login: { accessToken: string } } }).data?.login.accessToken).toBeTruthy();
  });

  it("called no other host and showed no technical text", () => expectNoIncidents(incidents));
});
