/**
 * The download budget (issue "Back-offices per role"): each back-office's first load (the page's
 * entry, the back-office's chunk, its main screen, and what they import) stays under 300 kB
 * gzipped, and the back-offices share one react-admin vendor chunk. Needs a build (`npm run build
 * -w admin-ui`); skipped without one.
 */
import fs from "node:fs";
import path from "node:path";
import { firstLoads, readManifest } from "./support/bundle";

const DIST = path.resolve(__dirname, "..", "dist");
const built = fs.existsSync(path.join(DIST, ".vite", "manifest.json"));
const BUDGET = 300 * 1024;

(built ? describe : describe.skip)("production bundle", () => {
  const loads = built ? firstLoads(DIST) : [];

  it("keeps each back-office's first load under 300 kB gzipped", () => {
    console.log(loads.map((l) => `${l.path.padEnd(8)} ${(l.gzipBytes / 1024).toFixed(1).padStart(6)} kB gzip  (${l.files.join(", ")})`).join("\n"));
    for (const l of loads) expect({ path: l.path, kB: Math.round(l.gzipBytes / 1024), under: l.gzipBytes < BUDGET }).toEqual({ path: l.path, kB: expect.any(Number), under: true });
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
    const js = Object.values(manifest).map((e) => fs.readFileSync(path.join(DIST, e.file), "utf8")).join("\n");
    expect(js).not.toMatch(/Syntax Error: Unexpected Name/); // graphql-js's lexer message
    // react-admin's telemetry host (disabled by `disableTelemetry`, but its address must not be called).
    expect(js).not.toMatch(/graphql-request/);
  });
});
