#!/usr/bin/env node
// `npm start`: builds what is missing, starts the three subgraphs and the gateway on the embedded
// default (SQLite files under data/, or MariaDB when DATABASE_URL is set), seeds the demo data on the
// embedded default only (never with DATABASE_URL or in production) and on first start only, and
// prints where to go. A process that stops on its own is started again after a growing pause (1 s,
// 2 s, 4 s … 30 s; back to 1 s once it has run a minute); the others keep serving. REPLICAS=N
// (MariaDB only) runs N processes of each subgraph, on ports +10, +20…, which the gateway and the
// subgraphs spread their calls over. Ctrl-C stops everything.
const { spawn, spawnSync } = require("node:child_process");
const { tscBuildArgs } = require("./ts-projects");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
// Each port can be moved (NETWORK_PORT, AMAP_PORT, MEMBER_PORT, GATEWAY_PORT), e.g. to run two checkouts side by side.
const PORTS = {
  network: Number(process.env.NETWORK_PORT || 4101),
  amap: Number(process.env.AMAP_PORT || 4102),
  member: Number(process.env.MEMBER_PORT || 4103),
  gateway: Number(process.env.GATEWAY_PORT || 4000),
};
const children = new Map(); // label → current child process
const REPLICAS = Math.max(1, Number(process.env.REPLICAS || 1));
if (REPLICAS > 1 && !(process.env.DATABASE_URL || "").match(/^(mysql|mariadb):/)) {
  console.error("✗ REPLICAS > 1 needs DATABASE_URL on MariaDB: an SQLite file belongs to one process.");
  process.exit(2);
}
const portsOf = (name) => Array.from({ length: REPLICAS }, (_, i) => PORTS[name] + 10 * i);

function run(cmd, args, label, cwd = root) {
  const r = spawnSync(cmd, args, { cwd, stdio: "inherit", shell: false });
  if (r.status !== 0) {
    console.error(`✗ ${label} failed`);
    process.exit(r.status || 1);
  }
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

function build() {
  console.log("• Compiling services, gateway and tools (tsc -b, incremental)…");
  run(process.execPath, tscBuildArgs(), "TypeScript build");
  const dist = path.join(root, "admin-ui", "dist", "index.html");
  const srcTime = Math.max(
    newestMtime(path.join(root, "admin-ui", "src")),
    fs.statSync(path.join(root, "admin-ui", "index.html")).mtimeMs,
  );
  if (!fs.existsSync(dist) || fs.statSync(dist).mtimeMs < srcTime) {
    console.log("• Building the admin UI (vite)…");
    run(
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
      "admin UI build",
      path.join(root, "admin-ui"),
    );
  }
}

// Idle memory (target: each process under 150 MB RSS). V8's default young generation (3 × 16 MB
// semi-spaces) stays committed once a request has filled it, and glibc keeps one malloc arena
// per thread: 2 MB semi-spaces and 2 arenas took the idle services from 190–215 MB to 95–145 MB
// (scripts/bench-footprint.js). Larger semi-spaces answer big sheets faster: NODE_FLAGS overrides.
// glibc also raises its mmap threshold to the largest block freed (up to 32 MB): Argon2's 19 MB
// buffers then stay in the arenas after each sign-in; a fixed 1 MB threshold gives them back.
// Each process also collects its garbage once idle (kit server.ts, IDLE_GC_MS).
const NODE_FLAGS = (process.env.NODE_FLAGS ?? "--max-semi-space-size=2").split(/\s+/).filter(Boolean);

const BACKOFF_MAX_MS = 30_000;

/** Starts a process and keeps it running: restarted after a pause that doubles while it keeps failing. */
function startProcess(name, script, env, backoffMs = 1000) {
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, script], {
    cwd: root,
    // One JSON line per request would bury the start's own messages (the demo seed alone makes thousands): LOG_LEVEL=info shows them.
    env: { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "1048576", LOG_LEVEL: "warn", ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => process.stdout.write(`[${name}] ${d}`));
  child.stderr.on("data", (d) => process.stderr.write(`[${name}] ${d}`));
  child.on("exit", (code, signal) => {
    if (stopping) return;
    // A process that ran a minute failed afresh: its pause starts again at 1 s.
    const pause = Date.now() - startedAt > 60_000 ? 1000 : backoffMs;
    console.error(
      `✗ ${name} stopped (${signal || code}); restarting it in ${pause / 1000} s (the others keep running).`,
    );
    setTimeout(() => {
      if (!stopping) startProcess(name, script, env, Math.min(pause * 2, BACKOFF_MAX_MS));
    }, pause).unref();
  });
  children.set(name, child);
  return child;
}

async function waitFor(url, body, ms = 60_000, headers = {}) {
  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(
        url,
        body
          ? { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }
          : {},
      );
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > ms) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children.values()) c.kill("SIGTERM");
  // Each process drains its requests under way (SHUTDOWN_GRACE_MS) before it exits.
  let left = children.size;
  for (const c of children.values()) {
    if (c.exitCode !== null || c.signalCode !== null) left--;
    else c.once("exit", () => --left === 0 && process.exit(code));
  }
  if (left <= 0) process.exit(code);
  setTimeout(() => process.exit(code), 12_000).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function main() {
  const t0 = Date.now();
  build();
  // Each subgraph's replicas, comma-separated: the gateway and the subgraphs spread calls over them.
  const list = (name) =>
    portsOf(name)
      .map((p) => `http://127.0.0.1:${p}/`)
      .join(",");
  const urls = { NETWORK_URL: list("network"), AMAP_URL: list("amap"), MEMBER_URL: list("member") };
  const env = { ...urls, GATEWAY_PORT: String(PORTS.gateway) };
  for (const name of ["network", "amap", "member"]) {
    portsOf(name).forEach((port, i) =>
      startProcess(REPLICAS > 1 ? `${name}#${i + 1}` : name, `services/${name}/dist/index.js`, {
        ...env,
        [`${name.toUpperCase()}_PORT`]: String(port),
      }),
    );
  }
  // Every replica ready: database reachable, migrations done (the first one migrates under a lock, the others wait).
  for (const name of ["network", "amap", "member"])
    for (const port of portsOf(name)) await waitFor(`http://127.0.0.1:${port}/ready`, null, 120_000);
  startProcess("gateway", "gateway/dist/index.js", env);
  const gateway = `http://127.0.0.1:${PORTS.gateway}`;
  await waitFor(`${gateway}/health`);

  const { seedIfEmpty } = require("../tools/dist/demo/seed");
  const { describeDemoAccounts } = require("../tools/dist/demo/accounts");
  const { demoDataRefusal } = require("../tools/dist/demo/seed");
  const seeded = await seedIfEmpty(`${gateway}/graphql`, (m) => console.log(m));
  const refusal = demoDataRefusal();
  console.log(
    seeded
      ? `• Demo data created (${seeded.summary}).`
      : refusal
        ? `• No demo data (${refusal}): create the first administrator with scripts/create-admin.js.`
        : "• Existing data kept (no demo data added).",
  );
  // Demo sign-ins exist only in the demo data; a real deployment creates its first administrator
  // with scripts/create-admin.js (or ADMIN_EMAIL + ADMIN_PASSWORD) and invites everyone else.
  const demo = refusal
    ? ""
    : `${describeDemoAccounts(seeded ? seeded.accounts : undefined)}\n  These are DEMO accounts of the demo data${seeded ? "" : " (if it was created here)"}: never use them for real data.`;

  console.log(`
Champ Commun is running (${((Date.now() - t0) / 1000).toFixed(1)} s):
  API (GraphQL):  ${gateway}/graphql
  Administration: ${gateway}/
  Health:         ${gateway}/health

${demo}
Press Ctrl-C to stop.`);
}

main().catch((err) => {
  console.error(err);
  stop(1);
});
