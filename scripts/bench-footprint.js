#!/usr/bin/env node
// `node scripts/bench-footprint.js`: the product as `npm start` runs it (four processes, embedded
// SQLite, demo data), started on a fresh data folder: the time until it answers with its demo
// data, then each process's resident memory once idle. Targets: each service idles under 150 MB
// RSS; a fresh start well within the 5 minutes allowed for `npm ci && npm start`. Not a test.
//   BENCH_IDLE_S=20   seconds of idle before reading memory
//   BENCH_PORT=4400   gateway port (subgraphs keep start.js's ports 4101–4103)
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const IDLE_S = Number(process.env.BENCH_IDLE_S || 20);
const PORT = Number(process.env.BENCH_PORT || 4400);
const LIMIT_MB = 150;

/** Resident memory of a process, in MB (10^6 bytes), from /proc (Linux). */
function rssMiB(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? (Number(m[1]) * 1024) / 1e6 : NaN;
}

function childrenOf(pid) {
  const out = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    const list = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    if (list) out.push(...list.split(/\s+/).map(Number));
  }
  return out;
}

const nameOf = (pid) => {
  const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  return /services\/(\w+)\//.exec(cmd)?.[1] ?? (cmd.includes("gateway/") ? "gateway" : cmd);
};

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-bench-footprint-"));
  const t0 = Date.now();
  const child = spawn(process.execPath, [path.join(__dirname, "start.js")], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${dir}`,
      KEYS_DIR: path.join(dir, "keys"),
      GATEWAY_PORT: String(PORT),
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not running after 300 s:\n${log.slice(-2000)}`)), 300_000);
      const tick = setInterval(() => {
        if (log.includes("Champ Commun is running")) {
          clearInterval(tick);
          clearTimeout(timer);
          resolve();
        }
      }, 100);
      child.on("exit", (code) => reject(new Error(`npm start stopped (${code}):\n${log.slice(-2000)}`)));
    });
    const startedS = (Date.now() - t0) / 1000;
    const demo = /Demo data created \(([^)]*)\)/.exec(log)?.[1] ?? "?";
    console.log(
      `Fresh start (build up to date, new data folder, demo data seeded): running in ${startedS.toFixed(1)} s (${demo})`,
    );
    await new Promise((r) => setTimeout(r, IDLE_S * 1000));
    const rows = childrenOf(child.pid).map((pid) => [nameOf(pid), rssMiB(pid)]);
    for (const [name, mb] of rows)
      console.log(
        `  ${String(name).padEnd(8)} idle RSS ${mb.toFixed(0).padStart(4)} MB ${mb < LIMIT_MB ? "(under" : "(OVER"} ${LIMIT_MB} MB)`,
      );
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
