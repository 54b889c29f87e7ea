#!/usr/bin/env node
// `npm start`: builds what is missing, starts the three subgraphs and the gateway on the embedded
// default (SQLite files under data/, or MariaDB when DATABASE_URL is set), seeds the demo data on the
// embedded default only (never with DATABASE_URL or in production) and on first start only, and prints where to go. Ctrl-C stops everything.
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
// Each port can be moved (NETWORK_PORT, AMAP_PORT, MEMBER_PORT, GATEWAY_PORT), e.g. to run two checkouts side by side.
const PORTS = { network: Number(process.env.NETWORK_PORT || 4101), amap: Number(process.env.AMAP_PORT || 4102), member: Number(process.env.MEMBER_PORT || 4103), gateway: Number(process.env.GATEWAY_PORT || 4000) };
const children = [];

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
  console.log("• Compiling services and gateway (tsc -b, incremental)…");
  run(process.execPath, [require.resolve("typescript/bin/tsc"), "-b", "services/network", "services/amap", "services/member", "gateway"], "TypeScript build");
  const dist = path.join(root, "admin-ui", "dist", "index.html");
  const srcTime = Math.max(newestMtime(path.join(root, "admin-ui", "src")), fs.statSync(path.join(root, "admin-ui", "index.html")).mtimeMs);
  if (!fs.existsSync(dist) || fs.statSync(dist).mtimeMs < srcTime) {
    console.log("• Building the admin UI (vite)…");
    run(process.execPath, [path.join(path.dirname(require.resolve("vite/package.json", { paths: [path.join(root, "admin-ui")] })), "bin", "vite.js"), "build", "--logLevel", "warn"], "admin UI build", path.join(root, "admin-ui"));
  }
}

// Idle memory (target: each process under 150 MB RSS). V8's default young generation (3 × 16 MB
// semi-spaces) stays committed once a request has filled it, and glibc keeps one malloc arena
// per thread: 2 MB semi-spaces and 2 arenas took the idle services from 190–215 MB to 95–145 MB
// (scripts/bench-footprint.js). Larger semi-spaces answer big sheets faster: NODE_FLAGS overrides.
const NODE_FLAGS = (process.env.NODE_FLAGS ?? "--max-semi-space-size=2").split(/\s+/).filter(Boolean);

function startProcess(name, script, env) {
  const child = spawn(process.execPath, [...NODE_FLAGS, script], {
    cwd: root,
    env: { MALLOC_ARENA_MAX: "2", ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => process.stdout.write(`[${name}] ${d}`));
  child.stderr.on("data", (d) => process.stderr.write(`[${name}] ${d}`));
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`✗ ${name} stopped (${signal || code}); stopping everything.`);
      stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, body, ms = 60_000, headers = {}) {
  const t0 = Date.now();
  for (;;) {
    try {
      const res = await fetch(url, body ? { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) } : {});
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
  for (const c of children) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

async function main() {
  const t0 = Date.now();
  build();
  const urls = {
    NETWORK_URL: `http://127.0.0.1:${PORTS.network}/`,
    AMAP_URL: `http://127.0.0.1:${PORTS.amap}/`,
    MEMBER_URL: `http://127.0.0.1:${PORTS.member}/`,
  };
  const env = { ...urls, NETWORK_PORT: String(PORTS.network), AMAP_PORT: String(PORTS.amap), MEMBER_PORT: String(PORTS.member), GATEWAY_PORT: String(PORTS.gateway) };
  startProcess("network", "services/network/dist/index.js", env);
  startProcess("amap", "services/amap/dist/index.js", env);
  startProcess("member", "services/member/dist/index.js", env);
  // Subgraphs only answer requests carrying the internal secret (generated under data/keys on first start).
  const { internalHeaders } = require("../services/kit/dist");
  const internal = await internalHeaders();
  for (const u of Object.values(urls)) await waitFor(u, { query: "{ __typename }" }, 60_000, internal);
  startProcess("gateway", "gateway/dist/index.js", env);
  const gateway = `http://127.0.0.1:${PORTS.gateway}`;
  await waitFor(`${gateway}/health`);

  const { seedIfEmpty } = require("../gateway/dist/demo/seed");
  const { describeDemoAccounts } = require("../gateway/dist/demo/accounts");
  const { demoDataRefusal } = require("../gateway/dist/demo/seed");
  const seeded = await seedIfEmpty(`${gateway}/graphql`, (m) => console.log(m));
  const refusal = demoDataRefusal();
  console.log(seeded ? `• Demo data created (${seeded.summary}).` : refusal ? `• No demo data (${refusal}): create the first administrator with scripts/create-admin.js.` : "• Existing data kept (no demo data added).");
  // Demo sign-ins exist only in the demo data; a real deployment creates its first administrator
  // with scripts/create-admin.js (or ADMIN_EMAIL + ADMIN_PASSWORD) and invites everyone else.
  const demo = refusal ? "" : `${describeDemoAccounts(seeded ? seeded.accounts : undefined)}\n  These are DEMO accounts of the demo data${seeded ? "" : " (if it was created here)"}: never use them for real data.`;

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
