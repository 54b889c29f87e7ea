/**
 * One harness for every browser test of the back-offices: Chromium (Debian's, through
 * playwright-core), pages that record what must never happen (a request to another host, a page
 * error, a console error, a raw GraphQL error shown), and `checkScreen`, which every test calls on
 * each screen a volunteer reads: the text scan of textScan.ts, no horizontal scroll, a screenshot
 * under test-output/screenshots/.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ADMIN_DIST } from "../../../gateway/src/http";
import { scanFrenchText, type TextFinding } from "./textScan";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// In CI (.ci/run sets CI=true, after installing Chromium) browser tests never skip: a missing browser fails.
export const canRunBrowser =
  process.env.CI === "true" || (fs.existsSync(CHROMIUM) && fs.existsSync(path.join(ADMIN_DIST, "index.html")));
export const SHOTS = path.resolve(__dirname, "..", "..", "..", "test-output", "screenshots");
export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };

export function describeInBrowser(name: string, fn: () => void): void {
  if (!canRunBrowser) console.warn(`${name}: skipped, needs ${CHROMIUM} and ${ADMIN_DIST} (npm run build -w admin-ui)`);
  (canRunBrowser ? describe : describe.skip)(name, fn);
}

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Everything a test run must end with empty (checked by `expectNoIncidents`). */
export class Incidents {
  readonly outside: string[] = [];
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly text: Array<TextFinding & { screen: string }> = [];
  readonly wide: string[] = [];
  /** The Accept-Language of each API call (the UI's language reaches the API's messages). */
  readonly apiLanguages: string[] = [];

  summary(): string {
    const parts: string[] = [];
    if (this.outside.length) parts.push(`requests to other hosts: ${this.outside.join(", ")}`);
    if (this.pageErrors.length) parts.push(`page errors: ${this.pageErrors.join(" | ")}`);
    if (this.consoleErrors.length) parts.push(`console errors: ${this.consoleErrors.join(" | ")}`);
    if (this.text.length)
      parts.push(
        `technical text: ${this.text.map((f) => `[${f.screen}] ${f.rule} «${f.match}» in «${f.context}»`).join(" | ")}`,
      );
    if (this.wide.length) parts.push(`wider than the screen: ${this.wide.join(", ")}`);
    return parts.join("\n");
  }
}

export function expectNoIncidents(incidents: Incidents): void {
  const s = incidents.summary();
  if (s) throw new Error(s);
}

/**
 * A new page in its own context (fresh storage: nobody is signed in). Console errors from the
 * browser's own refusals of an API call that the test expects (a 4xx answer shown as a form
 * message) are not incidents: the page shows the message; `ignoreConsole` lists such patterns.
 */
export async function openPage(
  browser: Browser,
  incidents: Incidents,
  opts: { width?: number; height?: number; locale?: string; ignoreConsole?: RegExp[] } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? DESKTOP.width, height: opts.height ?? DESKTOP.height },
    locale: opts.locale ?? "fr-FR",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const ignore = [
    /Failed to load resource: the server responded with a status of 4\d\d/,
    ...(opts.ignoreConsole ?? []),
  ];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && u.hostname !== "127.0.0.1" && u.hostname !== "localhost")
      incidents.outside.push(r.url());
    if (u.pathname === "/graphql") incidents.apiLanguages.push(r.headers()["accept-language"] ?? "");
  });
  page.on("pageerror", (e) => incidents.pageErrors.push(`${page.url()}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    const text = m.text();
    if (!ignore.some((re) => re.test(text))) incidents.consoleErrors.push(`${page.url()}: ${text}`);
  });
  return page;
}

export async function signIn(
  page: Page,
  base: string,
  email: string,
  password: string,
  landing: RegExp,
): Promise<void> {
  await page.goto(`${base}/connexion`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(landing).catch(async (err) => {
    await page.screenshot({ path: path.join(SHOTS, `echec-connexion-${email}.png`), fullPage: true });
    throw new Error(`${email} did not land on ${landing} (at ${page.url()}): ${(err as Error).message}`);
  });
}

/** How far the page scrolls sideways (≤ 0: it fits the screen). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * The checks of one screen as a volunteer reads it: waits for the network to settle, scans the
 * visible text (and the page title), checks it fits the screen's width, takes a screenshot.
 * Findings are recorded in `incidents` (the test fails at its end, listing all of them) and returned.
 */
export async function checkScreen(
  page: Page,
  incidents: Incidents,
  screen: string,
  opts: { allow?: Array<string | RegExp> } = {},
): Promise<TextFinding[]> {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  const findings = scanFrenchText(text, opts.allow);
  for (const f of findings) incidents.text.push({ ...f, screen });
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) incidents.wide.push(`${screen} (+${overflow} px at ${page.viewportSize()?.width} px)`);
  await page.screenshot({ path: path.join(SHOTS, `${screen}.png`), fullPage: true });
  return findings;
}
