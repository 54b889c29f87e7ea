#!/usr/bin/env node
// `npm test`: the whole suite on the embedded SQLite default, then again on MariaDB.
// MariaDB is skipped (with a warning) when it is not reachable, unless REQUIRE_MARIADB=1 (CI),
// where its absence fails the run. TEST_DB=sqlite or TEST_DB=mariadb runs one database only.
// Extra arguments go to jest (e.g. `npm test -- services/amap`).
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");

const root = path.resolve(__dirname, "..");
const jestBin = require.resolve("jest/bin/jest");
const extra = process.argv.slice(2);
const only = process.env.TEST_DB;
const totals = { passed: 0, failed: 0, skipped: 0 };

function runJest(label, env, args) {
  const out = path.join(os.tmpdir(), `champ-commun-jest-${label}-${process.pid}.json`);
  console.log(`\n=== Tests on ${label} ===`);
  const r = spawnSync(process.execPath, [jestBin, ...args, "--json", `--outputFile=${out}`, ...extra], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  try {
    const j = JSON.parse(fs.readFileSync(out, "utf8"));
    totals.passed += j.numPassedTests;
    totals.failed += j.numFailedTests + (j.numRuntimeErrorTestSuites || 0);
    totals.skipped += j.numPendingTests + j.numTodoTests;
    fs.rmSync(out, { force: true });
  } catch {
    totals.failed += 1;
  }
  return r.status === 0;
}

function build() {
  // Browser tests serve the built admin UI; services are tested from their sources.
  const r = spawnSync(
    process.execPath,
    [
      path.join(
        path.dirname(require.resolve("vite/package.json", { paths: [path.join(root, "admin-ui")] })),
        "bin",
        "vite.js",
      ),
      "build",
      "--logLevel",
      "warn",
    ],
    { cwd: path.join(root, "admin-ui"), stdio: "inherit" },
  );
  if (r.status !== 0) process.exit(r.status || 1);
}

/** The checks that need no database: types of the services, the tests and the admin UI (jest's swc checks none), lint, unused code, formatting. */
function staticChecks() {
  const npm = process.env.npm_execpath;
  for (const script of ["typecheck", "lint", "knip", "format:check"]) {
    console.log(`\n=== Static checks (npm run ${script}) ===`);
    const r = npm
      ? spawnSync(process.execPath, [npm, "run", "--silent", script], { cwd: root, stdio: "inherit" })
      : spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`✗ static checks failed (npm run ${script})`);
      process.exit(r.status || 1);
    }
  }
}

let ok = true;
if (!process.env.SKIP_STATIC_CHECKS) staticChecks();
build();
if (only !== "mariadb") ok = runJest("sqlite", { DB: "sqlite", NODE_ENV: "test" }, []) && ok;
if (only !== "sqlite") {
  const setup = spawnSync(process.execPath, [path.join(__dirname, "mariadb-setup.js")], {
    cwd: root,
    stdio: "inherit",
  });
  if (setup.status === 0) {
    ok = runJest("mariadb", { DB: "mariadb", NODE_ENV: "test" }, ["--runInBand"]) && ok;
  } else if (process.env.REQUIRE_MARIADB === "1" || only === "mariadb") {
    console.error("MariaDB is required here but not reachable.");
    ok = false;
    totals.failed += 1;
  } else {
    console.warn("⚠ MariaDB not reachable: MariaDB run skipped (set REQUIRE_MARIADB=1 to fail instead).");
  }
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
