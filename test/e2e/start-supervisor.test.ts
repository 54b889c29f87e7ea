import { spawn, ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { onMariaDb } from "../../services/kit/src/testing";

/**
 * `npm start` as people run it (scripts/start.js: four processes, embedded SQLite, demo data) on
 * free ports: a subgraph that crashes is started again while the others keep running, and
 * Ctrl-C (SIGTERM) still stops everything. On its own SQLite files: run in the SQLite pass only.
 */
const root = path.resolve(__dirname, "..", "..");
let dir: string;
let child: ChildProcess;
let log = "";
const ports = {} as Record<"network" | "amap" | "member" | "gateway", number>;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** The processes start.js runs, by the service in their command line. */
function processes(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const task of fs.readdirSync(`/proc/${child.pid}/task`)) {
    for (const pid of fs
      .readFileSync(`/proc/${child.pid}/task/${task}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)) {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const name = /services\/(\w+)\//.exec(cmd)?.[1] ?? (cmd.includes("gateway/dist") ? "gateway" : "?");
      out[name] = pid;
    }
  }
  return out;
}

async function until(what: string, test: () => boolean | Promise<boolean>, ms: number) {
  const t0 = Date.now();
  while (!(await Promise.resolve(test()).catch(() => false))) {
    if (Date.now() - t0 > ms) throw new Error(`${what} not within ${ms / 1000} s:\n${log.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  if (onMariaDb) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-start-"));
  for (const k of ["network", "amap", "member", "gateway"] as const) ports[k] = await freePort();
  child = spawn(process.execPath, [path.join(root, "scripts", "start.js")], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `sqlite:${dir}`,
      KEYS_DIR: path.join(dir, "keys"),
      NETWORK_PORT: String(ports.network),
      AMAP_PORT: String(ports.amap),
      MEMBER_PORT: String(ports.member),
      GATEWAY_PORT: String(ports.gateway),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  await until("npm start running", () => log.includes("Champ Commun is running"), 280_000);
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

(onMariaDb ? describe.skip : describe)("npm start", () => {
  it("starts a crashed subgraph again and keeps the others running", async () => {
    const before = processes();
    expect(Object.keys(before).sort()).toEqual(["amap", "gateway", "member", "network"]);
    process.kill(before.amap, "SIGKILL");
    await until("the restart announced", () => /amap stopped \(SIGKILL\); restarting it in 1 s/.test(log), 10_000);
    await until(
      "amap ready again",
      async () => (await fetch(`http://127.0.0.1:${ports.amap}/ready`)).status === 200,
      60_000,
    );
    const after = processes();
    expect(after.amap).not.toBe(before.amap);
    expect([after.gateway, after.network, after.member]).toEqual([before.gateway, before.network, before.member]);
    // The product answers through the gateway with the restarted subgraph (the demo AMAPs live there).
    await until(
      "a query through the gateway",
      async () => {
        const res = await fetch(`http://127.0.0.1:${ports.gateway}/health`);
        return res.status === 200;
      },
      30_000,
    );
  }, 120_000);

  it("stops everything on SIGTERM", async () => {
    const pids = Object.values(processes());
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    for (const pid of pids)
      expect(fs.existsSync(`/proc/${pid}`) && !fs.readFileSync(`/proc/${pid}/status`, "utf8").includes("zombie")).toBe(
        false,
      );
  }, 30_000);
});
