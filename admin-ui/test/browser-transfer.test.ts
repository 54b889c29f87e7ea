/**
 * Page weight as a volunteer's browser pays it: the bytes actually transferred (Chromium's
 * `Network.loadingFinished.encodedDataLength`: compressed bodies and headers), measured through
 * the real gateway. The sign-in page on a first visit stays under 150 kB; each back-office's
 * first screen after signing in under 300 kB. The figures are printed. Hashed assets come
 * pre-compressed (brotli for Chromium) and immutable, index.html is revalidated.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { ADMIN_DIST } from "../../gateway/src/http";
import { buildWorld, type World } from "../../tools/src/demo/world";
import type { Gql } from "../../tools/src/demo/client";
import type { Stack } from "../../tools/src/stack";
import { describeInBrowser, expectNoIncidents, Incidents, launchBrowser, openPage, signIn } from "./support/browser";
import { createPersonWithRole, startAdminTestStack } from "./support/stack";

jest.setTimeout(120_000);

const PASSWORD = "un-mot-de-passe-de-test";
const email = (role: string) => `${role}-poids@champ-commun.test`;
const SIGN_IN_BUDGET = 150 * 1024;
const BACK_OFFICE_BUDGET = 300 * 1024;

interface Transfer {
  url: string;
  bytes: number;
  encoding: string;
  cacheControl: string;
}

/** Records every response's transferred size on a page, from the browser's own network log. */
async function meter(page: Page): Promise<{ take: () => Transfer[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const seen = new Map<string, Omit<Transfer, "bytes">>();
  let done: Transfer[] = [];
  cdp.on("Network.responseReceived", (e) => {
    const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    seen.set(e.requestId, {
      url: e.response.url,
      encoding: h["content-encoding"] ?? "",
      cacheControl: h["cache-control"] ?? "",
    });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = seen.get(e.requestId);
    if (r) done.push({ ...r, bytes: e.encodedDataLength });
  });
  return {
    take: () => {
      const out = done;
      done = [];
      return out;
    },
  };
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const sum = (t: Transfer[]) => t.reduce((s, x) => s + x.bytes, 0);
const describeTransfers = (label: string, t: Transfer[]) =>
  `${label}: ${kB(sum(t))} transferred in ${t.length} responses\n` +
  t
    .sort((a, b) => b.bytes - a.bytes)
    .map((x) => `    ${kB(x.bytes).padStart(9)}  ${x.encoding.padEnd(4)} ${new URL(x.url).pathname}`)
    .join("\n");

describeInBrowser("page weight, as transferred", () => {
  let stack: Stack;
  let gql: Gql;
  let world: World;
  let browser: Browser;
  let base: string;
  const incidents = new Incidents();
  const report: string[] = [];

  beforeAll(async () => {
    ({ stack, gql } = await startAdminTestStack("uipoids"));
    base = stack.gatewayUrl;
    world = await buildWorld(gql, {
      amaps: 1,
      farms: 2,
      templatesPerAmap: 2,
      householdsPerAmap: 3,
      weeks: 4,
      seasonStart: "2026-09-03",
    });
    await createPersonWithRole(gql, {
      email: email("reseau"),
      password: PASSWORD,
      role: "network_admin",
      scopeId: world.networkId,
    });
    await createPersonWithRole(gql, {
      email: email("amap"),
      password: PASSWORD,
      role: "amap_admin",
      scopeId: world.amapIds[0],
    });
    await createPersonWithRole(gql, {
      email: email("paysan"),
      password: PASSWORD,
      role: "farmer",
      scopeId: world.farmIds[0],
    });
    const hh = await gql(`query($id: ID!) { household(id: $id) { people { id } } }`, { id: world.householdIds[0] });
    await createPersonWithRole(gql, {
      email: email("moi"),
      password: PASSWORD,
      role: "member",
      scopeId: world.householdIds[0],
      personId: hh.household.people[0].id,
    });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    console.log(report.join("\n"));
    await browser?.close();
    await stack?.stop();
  });

  it("sends the sign-in page under 150 kB on a first visit, its scripts in brotli, immutable", async () => {
    const page = await openPage(browser, incidents);
    const m = await meter(page);
    await page.goto(`${base}/connexion`);
    await page.getByLabel("Mot de passe", { exact: true }).waitFor();
    await page.waitForLoadState("networkidle");
    const t = m.take();
    report.push(describeTransfers("/connexion (first visit)", t));
    const scripts = t.filter((x) => new URL(x.url).pathname.startsWith("/assets/"));
    expect(scripts.length).toBeGreaterThan(0);
    // Brotli for every file the build compressed (all but the smallest, under 1 kB); all immutable.
    for (const s of scripts) {
      const compressed = fs.existsSync(path.join(ADMIN_DIST, `${new URL(s.url).pathname}.br`));
      expect({ url: s.url, encoding: s.encoding, cacheControl: s.cacheControl }).toEqual({
        url: s.url,
        encoding: compressed ? "br" : "",
        cacheControl: "public, max-age=31536000, immutable",
      });
    }
    const largest = [...scripts].sort((a, b) => b.bytes - a.bytes)[0];
    expect(largest.encoding).toBe("br");
    const html = t.find((x) => new URL(x.url).pathname === "/connexion");
    expect(html?.cacheControl).toBe("no-cache");
    expect(sum(t)).toBeLessThan(SIGN_IN_BUDGET);
  });

  for (const [space, role] of [
    ["/reseau", "reseau"],
    ["/amap", "amap"],
    ["/paysan", "paysan"],
    ["/moi", "moi"],
  ] as const) {
    it(`sends the first screen of ${space} under 300 kB after signing in`, async () => {
      const page = await openPage(browser, incidents);
      await page.goto(`${base}/connexion`);
      await page.waitForLoadState("networkidle");
      const m = await meter(page);
      await signIn(page, base, email(role), PASSWORD, new RegExp(`${space}/?$`));
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.waitForLoadState("networkidle");
      const t = m.take();
      report.push(describeTransfers(`${space} first screen after signing in`, t));
      expect(sum(t)).toBeLessThan(BACK_OFFICE_BUDGET);
    });
  }

  it("called no other host and raised no error", () => expectNoIncidents(incidents));
});
