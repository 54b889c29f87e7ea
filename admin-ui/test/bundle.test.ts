/**
 * The download budget (issue "Back-offices per role"): each back-office's first load (the page's
 * entry, the back-office's chunk, its main screen, and what they import) stays under 300 kB
 * gzipped, and the back-offices share one react-admin vendor chunk. Needs a build (`npm run build
 * -w admin-ui`, which `npm test` runs first): skipped without one on a developer's machine, failed in CI.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { firstLoads, readManifest } from "./support/bundle";

const DIST = path.resolve(__dirname, "..", "dist");
const built = fs.existsSync(path.join(DIST, ".vite", "manifest.json"));
if (!built && process.env.CI === "true") throw new Error(`no build under ${DIST}: npm test builds the admin UI first`);
if (!built) console.warn(`bundle tests skipped: no build under ${DIST} (npm run build -w admin-ui)`);

/**
 * The only addresses the bundle may contain: XML namespaces, the documentation links of error
 * messages (never fetched: mui.com, react.dev, reactrouter.com, and github.com in React Router's
 * advice to load a URLSearchParams polyfill), the base URL React Router parses paths against, and react-admin's
 * telemetry image, which `disableTelemetry` turns off (checked below; the browser tests record
 * every request to another host).
 */
const KNOWN_ADDRESSES = new Set([
  "http://www.w3.org",
  "https://mui.com",
  "https://react.dev",
  "https://reactrouter.com",
  "https://github.com",
  "http://localhost",
  "https://react-admin-telemetry.marmelab.com",
]);
const BUDGET = 300 * 1024;

(built ? describe : describe.skip)("production bundle", () => {
  const loads = built ? firstLoads(DIST) : [];

  it("keeps each back-office's first load under 300 kB gzipped", () => {
    console.log(
      loads
        .map(
          (l) => `${l.path.padEnd(8)} ${(l.gzipBytes / 1024).toFixed(1).padStart(6)} kB gzip  (${l.files.join(", ")})`,
        )
        .join("\n"),
    );
    for (const l of loads)
      expect({ path: l.path, kB: Math.round(l.gzipBytes / 1024), under: l.gzipBytes < BUDGET }).toEqual({
        path: l.path,
        kB: expect.any(Number),
        under: true,
      });
  });

  it("shares one react-admin chunk, the largest, between the four back-offices", () => {
    const size = (f: string) => fs.statSync(path.join(DIST, f)).size;
    const shared = loads.map((l) => l.files).reduce((a, b) => a.filter((f) => b.includes(f)));
    const largest = shared.filter((f) => f.endsWith(".js")).sort((a, b) => size(b) - size(a))[0];
    const content = fs.readFileSync(path.join(DIST, largest), "utf8");
    expect(content).toMatch(/ra\.action\.|RaLayout|useListController|ra-/);
    for (const l of loads) expect(l.files).toContain(largest);
  });

  it("ships no GraphQL parser and no other host's address", () => {
    const manifest = readManifest(DIST);
    const js = Object.values(manifest)
      .map((e) => fs.readFileSync(path.join(DIST, e.file), "utf8"))
      .join("\n");
    expect(js).not.toMatch(/Syntax Error: Unexpected Name/); // graphql-js's lexer message
    expect(js).not.toMatch(/graphql-request/);
    const hosts = new Set(js.match(/https?:\/\/[a-zA-Z0-9.-]+/g) ?? []);
    expect([...hosts].filter((h) => !KNOWN_ADDRESSES.has(h))).toEqual([]);
    // Every <Admin> turns react-admin's telemetry off.
    const uses = execSync("grep -rnE '^\\s*<Admin\\b' src", { cwd: path.resolve(__dirname, ".."), encoding: "utf8" })
      .trim()
      .split("\n");
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const [file, line] = use.split(":");
      const jsx = fs
        .readFileSync(path.resolve(__dirname, "..", file), "utf8")
        .split("\n")
        .slice(Number(line) - 1, Number(line) + 15)
        .join("\n");
      expect({
        use: `${file}:${line}`,
        disableTelemetry: /disableTelemetry/.test(jsx.slice(0, jsx.indexOf(">\n") + 1 || undefined)),
      }).toEqual({ use: `${file}:${line}`, disableTelemetry: true });
    }
  });
});
