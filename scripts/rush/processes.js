// The product as separate processes for the benches: N replicas of each subgraph and M gateways
// (Apollo, or Hive Gateway on the same supergraph), on free loopback ports, over one database
// URL. Each can be killed (SIGKILL, as a crash) and started again on its port.
const { spawn } = require("node:child_process");
const net = require("node:net");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// As `npm start` runs them (scripts/start.js).
const NODE_FLAGS = (process.env.NODE_FLAGS ?? "--max-semi-space-size=2").split(/\s+/).filter(Boolean);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url, ms = 120_000) {
  const t0 = Date.now();
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() - t0 > ms) throw new Error(`${url} not ready after ${ms / 1000} s`);
    await sleep(200);
  }
}

class Proc {
  constructor(name, args, env, port) {
    this.name = name;
    this.args = args;
    this.env = env;
    this.port = port;
    this.log = "";
  }
  start() {
    this.child = spawn(process.execPath, this.args, {
      cwd: root,
      env: { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "1048576", ...process.env, ...this.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (d) => (this.log = (this.log + d).slice(-4000));
    this.child.stdout.on("data", keep);
    this.child.stderr.on("data", keep);
    this.exited = new Promise((r) => this.child.once("exit", r));
    return this;
  }
  async ready() {
    await waitReady(`http://127.0.0.1:${this.port}/ready`).catch((err) => {
      throw new Error(`${this.name}: ${err.message}\n${this.log}`);
    });
  }
  async kill() {
    this.child.kill("SIGKILL");
    await this.exited;
  }
  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill("SIGTERM");
    await Promise.race([this.exited, sleep(15_000).then(() => this.child.kill("SIGKILL"))]);
  }
}

/**
 * Starts `replicas` processes of each subgraph, then `gateways` gateways of `kind` ("apollo" or
 * "hive"). `env` is given to all (DATABASE_URL, KEYS_DIR, NODE_ENV…).
 */
async function startProduct({ replicas = 1, gateways = 1, kind = "apollo", env = {} }) {
  const subgraphs = {};
  for (const name of ["network", "amap", "member"])
    subgraphs[name] = await Promise.all(Array.from({ length: replicas }, () => freePort()));
  const urls = Object.fromEntries(
    Object.entries(subgraphs).map(([name, ports]) => [
      `${name.toUpperCase()}_URL`,
      ports.map((p) => `http://127.0.0.1:${p}/`).join(","),
    ]),
  );
  const procs = { network: [], amap: [], member: [], gateway: [] };
  for (const [name, ports] of Object.entries(subgraphs)) {
    for (const [i, port] of ports.entries())
      procs[name].push(
        new Proc(
          `${name}#${i + 1}`,
          [...NODE_FLAGS, `services/${name}/dist/index.js`],
          { ...env, ...urls, [`${name.toUpperCase()}_PORT`]: String(port) },
          port,
        ).start(),
      );
  }
  for (const list of Object.values(procs)) for (const p of list) await p.ready();
  for (let i = 0; i < gateways; i++) {
    const port = await freePort();
    const script = kind === "hive" ? path.join(__dirname, "hive-gateway.js") : "gateway/dist/index.js";
    procs.gateway.push(
      new Proc(
        `${kind}-gateway#${i + 1}`,
        [...NODE_FLAGS, script],
        { ...env, ...urls, GATEWAY_PORT: String(port) },
        port,
      ).start(),
    );
  }
  for (const g of procs.gateway) await g.ready();
  return {
    procs,
    urls,
    gatewayUrls: procs.gateway.map((g) => `http://127.0.0.1:${g.port}/graphql`),
    subgraphUrls: Object.fromEntries(
      Object.entries(subgraphs).map(([name, ports]) => [name, ports.map((p) => `http://127.0.0.1:${p}/`)]),
    ),
    stop: async () => {
      await Promise.all(procs.gateway.map((p) => p.stop()));
      await Promise.all([...procs.network, ...procs.amap, ...procs.member].map((p) => p.stop()));
    },
  };
}

/** More gateways of `kind` in front of running subgraphs (`urls`: NETWORK_URL, AMAP_URL, MEMBER_URL). */
async function startGateways({ kind = "apollo", count = 1, urls, env = {} }) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const port = await freePort();
    const script = kind === "hive" ? path.join(__dirname, "hive-gateway.js") : "gateway/dist/index.js";
    list.push(
      new Proc(
        `${kind}-gateway#${i + 1}`,
        [...NODE_FLAGS, script],
        { ...env, ...urls, GATEWAY_PORT: String(port) },
        port,
      ).start(),
    );
  }
  for (const g of list) await g.ready();
  return {
    procs: list,
    gatewayUrls: list.map((g) => `http://127.0.0.1:${g.port}/graphql`),
    stop: () => Promise.all(list.map((g) => g.stop())),
  };
}

module.exports = { startProduct, startGateways, freePort, waitReady, sleep };
