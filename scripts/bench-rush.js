#!/usr/bin/env node
// `node scripts/bench-rush.js` (part of `npm run bench`): the season-opening rush of a region,
// on MariaDB, loopback only, bounded in time. Not a test: figures on this shared 2-core machine
// are noisy; compare the ratios within one run.
//  1. A generated regional instance: BENCH_RUSH_AMAPS (300) AMAPs of 100 households, the
//     season's templates open (one AMAP through the API, copied by SQL: scripts/rush/region.js).
//  2. The opening mix (members: read the open templates, subscribe with a grid, read their
//     agenda; boards: a sign-off sheet, the installments), open loop, the arrival rate stepped
//     up until p99 passes 500 ms: through the Apollo gateway and as direct subgraph calls (1
//     replica), through 2 gateways over 2 replicas of each subgraph, and the reads through
//     Apollo and through Hive Gateway on the same subgraphs; the ladders interleaved.
//  3. Sign-in alone (Argon2 is slow by design), stepped the same way.
//  4. Faults under the rush (BENCH_RUSH_FAULTS=0 skips): on a three-node Galera cluster with
//     2 replicas of each subgraph, one replica of each killed then restarted, then the database
//     node they write to killed then restarted; failed requests by code, and acknowledged
//     subscriptions and installments counted against the rows stored.
//   BENCH_RUSH_AMAPS=300  BENCH_RUSH_STEP_S=5  BENCH_RUSH_RATES=10,20,40,…  BENCH_FAULT_AMAPS=20  BENCH_RUSH_FAULTS=1
require("reflect-metadata");
const { tscBuildArgs } = require("./ts-projects");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
if (!process.env.BENCH_SKIP_BUILD) {
  const built = spawnSync(process.execPath, tscBuildArgs(), { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-rush-"));
process.env.KEYS_DIR = path.join(dir, "keys");
process.env.NODE_ENV = "production";

const { generateRegion, describeRegion, PASSWORD } = require("./rush/region");
const { startProduct, startGateways, sleep } = require("./rush/processes");
const {
  openingOps,
  ladder,
  interleavedLadders,
  runStep,
  MIX,
  READ_MIX,
  Q,
  post,
  closePools,
} = require("./rush/driver");
const { startGalera, galeraUnavailable } = require("./galera");
const { loadSigningKey, signAccessToken, internalHeaders } = require("../services/kit/dist");

const AMAPS = Number(process.env.BENCH_RUSH_AMAPS || 300);
const STEP_S = Number(process.env.BENCH_RUSH_STEP_S || 5);
const RATES = (process.env.BENCH_RUSH_RATES || "10,20,40,60,80,100,130,160,200,250,300,400").split(",").map(Number);
const LIMIT_MS = 500;
const FAULT_AMAPS = Number(process.env.BENCH_FAULT_AMAPS || 20);
const MARIADB = process.env.BENCH_MARIADB_URL || "mysql://champ:champ@127.0.0.1:3306";
const log = (m) => console.log(m);

function tokensFor() {
  const key = loadSigningKey();
  const cache = new Map();
  return {
    member(h) {
      let p = cache.get(h.householdId);
      if (!p)
        cache.set(
          h.householdId,
          (p = key
            .then((k) =>
              signAccessToken(
                {
                  subject: h.personId,
                  kind: "person",
                  grants: [{ role: "member", scopeId: h.householdId, amapIds: [h.amapId] }],
                },
                k,
                4 * 3600,
              ),
            )
            .then((t) => ({ authorization: `Bearer ${t}` }))),
        );
      return p;
    },
    board() {
      let p = cache.get("board");
      if (!p)
        cache.set(
          "board",
          (p = key
            .then((k) =>
              signAccessToken(
                { subject: "system:bench-board", kind: "person", grants: [], superAdmin: true },
                k,
                4 * 3600,
              ),
            )
            .then((t) => ({ authorization: `Bearer ${t}` }))),
        );
      return p;
    },
  };
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "—");

function rushRow(label, result, mix = MIX) {
  const s = result?.sustained;
  if (!s)
    return `${label.padEnd(34)} no step under ${LIMIT_MS} ms p99 (first step: p99 ${fmt(result?.steps[0]?.p99)} ms)`;
  const ops = Object.keys(mix)
    .map((n) => `${n} ${fmt(s.per[n]?.p50)}/${fmt(s.per[n]?.p99)}`)
    .join(", ");
  return `${label.padEnd(34)} ${fmt(s.rate).padStart(4)}/s offered, ${fmt(s.okPerS).padStart(4)}/s ok, p50 ${fmt(s.p50).padStart(3)} ms, p99 ${fmt(s.p99).padStart(3)} ms | p50/p99 ms: ${ops}`;
}

// Households subscribe once: one cursor over the region for every mix of the run.
const cursor = { next: 0 };

async function signInLadder({ region, env }) {
  log(`\n• Sign-in alone (Argon2id), through the gateway, 1 replica`);
  const product = await startProduct({ replicas: 1, gateways: 1, kind: "apollo", env });
  try {
    const households = region.flatMap((a) => a.households);
    let i = 0;
    const ops = {
      login: () =>
        post(product.gatewayUrls[0], Q.login, { e: households[i++ % households.length].email, p: PASSWORD }, {}),
    };
    return await ladder(ops, { login: 1 }, [2, 4, 8, 12, 16, 24, 32, 48], STEP_S, LIMIT_MS, log);
  } finally {
    await closePools();
    await product.stop();
  }
}

/** The rush at a steady rate while replicas, then a database node, are killed and restarted. */
async function faults({ tokens }) {
  const why = galeraUnavailable();
  if (why) {
    log(`\n• Faults: skipped (${why})`);
    return null;
  }
  log(`\n• Faults: a three-node Galera cluster, ${FAULT_AMAPS} AMAPs, 2 replicas of each subgraph, 2 gateways`);
  const galera = await startGalera({ nodes: 3, log: (m) => log(`  ${m}`) });
  try {
    const base = galera.url("champ_commun_rushfault");
    const dbUrls = { network: `${base}_network`, amap: `${base}_amap`, member: `${base}_member` };
    const gen = await generateRegion({ dbUrls, adminUrl: dbUrls.network, amaps: FAULT_AMAPS, log });
    const env = { DATABASE_URL: base, KEYS_DIR: process.env.KEYS_DIR, NODE_ENV: "production" };
    const product = await startProduct({ replicas: 2, gateways: 2, kind: "apollo", env });
    const acknowledged = [];
    const events = [];
    const t0 = performance.now();
    const at = (s) => sleep(Math.max(0, t0 + s * 1000 - performance.now()));
    const note = (what) => {
      events.push({ t: (performance.now() - t0) / 1000, what });
      log(`  t=${((performance.now() - t0) / 1000).toFixed(1)} s ${what}`);
    };
    const failures = [];
    const base_ = openingOps({ region: gen.region, tokens, acknowledged, target: { gateways: product.gatewayUrls } });
    const ops = Object.fromEntries(
      Object.entries(base_).map(([name, f]) => [
        name,
        () =>
          f().catch((err) => {
            failures.push({ t: (performance.now() - t0) / 1000, name, code: err.code ?? "ERROR" });
            throw err;
          }),
      ]),
    );
    const RATE = Number(process.env.BENCH_FAULT_RATE || 30);
    const DURATION = Number(process.env.BENCH_FAULT_S || 60);
    let result;
    try {
      const script = (async () => {
        await at(8);
        note("kill -9 one replica of each subgraph");
        await Promise.all([
          product.procs.network[0].kill(),
          product.procs.amap[0].kill(),
          product.procs.member[0].kill(),
        ]);
        await at(14);
        note("restart them");
        for (const p of [product.procs.network[0], product.procs.amap[0], product.procs.member[0]]) p.start();
        await Promise.all([
          product.procs.network[0].ready(),
          product.procs.amap[0].ready(),
          product.procs.member[0].ready(),
        ]);
        note("restarted replicas ready");
        await at(24);
        note("kill -9 the database node the services write to (galera node1)");
        await galera.nodes[0].kill();
        await at(34);
        note("restart it");
        await galera.nodes[0].start();
        note("node1 rejoined and synced");
      })();
      result = await runStep(ops, MIX, RATE, DURATION);
      await script;
      await sleep(2000); // let the last replicated writes apply everywhere
    } finally {
      await closePools();
      await product.stop();
    }
    // Acknowledged writes against the rows stored, on every node.
    const member = "champ_commun_rushfault_member";
    const counts = [];
    for (const node of galera.nodes) {
      const subs = await galera.sql(
        node,
        `SELECT id, householdId FROM ${member}.subscription WHERE templateId IN (?)`,
        [gen.region.map((a) => a.templateId)],
      );
      const ids = new Set(subs.map((s) => s.id));
      const inst = acknowledged.length
        ? await galera.sql(node, `SELECT id FROM ${member}.installment WHERE subscriptionId IN (?)`, [
            acknowledged.map((a) => a.id),
          ])
        : [];
      const instIds = new Set(inst.map((r) => r.id));
      counts.push({
        node: node.name,
        stored: subs.length,
        lost: acknowledged.filter((a) => !ids.has(a.id)).length,
        duplicated: subs.length - new Set(subs.map((s) => s.householdId)).size,
        installmentsAck: acknowledged.reduce((n, a) => n + a.installments.length, 0),
        installmentsLost: acknowledged.reduce((n, a) => n + a.installments.filter((id) => !instIds.has(id)).length, 0),
      });
    }
    return { result, failures, events, acknowledged: acknowledged.length, counts, rate: RATE, duration: DURATION };
  } finally {
    await galera.stop();
  }
}

async function main() {
  const t0 = Date.now();
  const tokens = tokensFor();
  const env = { DATABASE_URL: `${MARIADB}/champ_commun_bench`, KEYS_DIR: process.env.KEYS_DIR, NODE_ENV: "production" };
  console.log(
    `Rush of a season's opening (open loop, rates stepped until p99 > ${LIMIT_MS} ms; ${STEP_S} s per step; mix: ${Object.entries(
      MIX,
    )
      .map(([k, v]) => `${k} ${v * 100} %`)
      .join(", ")})`,
  );
  log(`• Generating the region: ${AMAPS} AMAPs × 100 households on MariaDB`);
  const dbUrls = {
    network: `${env.DATABASE_URL}_network`,
    amap: `${env.DATABASE_URL}_amap`,
    member: `${env.DATABASE_URL}_member`,
  };
  const gen = process.env.BENCH_RUSH_REUSE
    ? await describeRegion(dbUrls)
    : await generateRegion({ dbUrls, adminUrl: dbUrls.network, amaps: AMAPS, log });
  log(
    `  ${gen.region.length} AMAPs, ${gen.households} households (${gen.inserted} rows copied in ${gen.copyS.toFixed(0)} s)`,
  );
  const region = gen.region;

  // BENCH_RUSH_ONLY=rush,signin,faults: some parts only (with BENCH_RUSH_REUSE=1, on the region of a previous run).
  const only = new Set((process.env.BENCH_RUSH_ONLY || "rush,signin,faults").split(","));
  const empty = { steps: [], sustained: null };
  let rush = { apollo1: empty, direct1: empty, apollo2: empty, apolloReads: empty, hiveReads: empty };
  let hiveError = null;
  if (only.has("rush")) {
    // Every setup runs at once (idle ones cost little), and the ladders are interleaved.
    log(
      `\n• Starting 1 replica of each subgraph with 1 Apollo gateway, 2 replicas with 2 Apollo gateways, and Hive Gateway on the first set`,
    );
    const one = await startProduct({ replicas: 1, gateways: 1, kind: "apollo", env });
    const two = await startProduct({ replicas: 2, gateways: 2, kind: "apollo", env });
    let hive = null;
    try {
      hive = await startGateways({ kind: "hive", count: 1, urls: one.urls, env });
    } catch (err) {
      hiveError = err.message.split("\n")[0];
      log(`  Hive Gateway did not start: ${hiveError}`);
    }
    try {
      const targets = {
        apollo1: { ops: openingOps({ region, tokens, cursor, target: { gateways: one.gatewayUrls } }), mix: MIX },
        direct1: {
          ops: openingOps({
            region,
            tokens,
            cursor,
            target: { direct: one.subgraphUrls, internal: await internalHeaders() },
          }),
          mix: MIX,
        },
        apollo2: { ops: openingOps({ region, tokens, cursor, target: { gateways: two.gatewayUrls } }), mix: MIX },
        apolloReads: {
          ops: openingOps({ region, tokens, cursor, target: { gateways: one.gatewayUrls } }),
          mix: READ_MIX,
        },
        ...(hive
          ? {
              hiveReads: {
                ops: openingOps({ region, tokens, cursor, target: { gateways: hive.gatewayUrls } }),
                mix: READ_MIX,
              },
            }
          : {}),
      };
      for (const t of Object.values(targets)) await runStep(t.ops, t.mix, 10, 2); // warm-up: JIT, pools, caches
      log(
        `  interleaved ladders (apollo1: the mix through the gateway, 1 replica; direct1: the same as direct subgraph calls; apollo2: 2 gateways, 2 replicas; apolloReads / hiveReads: the reads Hive answers):`,
      );
      rush = { ...rush, ...(await interleavedLadders(targets, RATES, STEP_S, LIMIT_MS, log)) };
    } finally {
      await closePools();
      await Promise.all([one.stop(), two.stop(), hive?.stop()]);
    }
  }
  const signIn = only.has("signin") ? await signInLadder({ region, env }) : { steps: [], sustained: null };
  const fault = process.env.BENCH_RUSH_FAULTS === "0" || !only.has("faults") ? null : await faults({ tokens });

  console.log(
    `\n=== Rush table (${region.length} AMAPs, ${gen.households} households; sustained = highest step with p99 ≤ ${LIMIT_MS} ms and < 1 % errors) ===`,
  );
  console.log(rushRow("Apollo gateway, 1 replica", rush.apollo1));
  console.log(rushRow("direct subgraph calls, 1 replica", rush.direct1));
  console.log(rushRow("Apollo gateways ×2, 2 replicas", rush.apollo2));
  console.log(rushRow("Apollo gateway, reads only", rush.apolloReads, READ_MIX));
  console.log(
    hiveError
      ? `Hive Gateway: did not run (${hiveError})`
      : rushRow("Hive Gateway, reads only", rush.hiveReads, READ_MIX),
  );
  console.log(rushRow("sign-in alone (Argon2id), 1 replica", signIn).replace(/\| p50\/p99 ms:.*$/, ""));
  const rate = (r) => r?.sustained?.okPerS ?? NaN;
  console.log(
    `ratios: 2 replicas / 1 = ${fmt(rate(rush.apollo2) / rate(rush.apollo1), 2)} (target ≥ 1.6); gateway / direct = ${fmt(rate(rush.apollo1) / rate(rush.direct1), 2)} (target ≥ 0.5); Hive / Apollo on the reads = ${fmt(rate(rush.hiveReads) / rate(rush.apolloReads), 2)}`,
  );

  if (fault) {
    console.log(`\n=== Fault table (rush at ${fault.rate}/s for ${fault.duration} s on Galera, 2 replicas) ===`);
    for (const e of fault.events) console.log(`  t=${e.t.toFixed(1).padStart(5)} s  ${e.what}`);
    const byWindow = {};
    for (const f of fault.failures) {
      const w = fault.events.filter((e) => e.t <= f.t).pop()?.what ?? "before the faults";
      const k = `${w} → ${f.name} ${f.code}`;
      byWindow[k] = (byWindow[k] ?? 0) + 1;
    }
    console.log(
      `  requests: ${fault.result.sent} sent, ${fault.failures.length} failed (${((100 * fault.failures.length) / fault.result.sent).toFixed(2)} %); p50 ${fmt(fault.result.p50)} ms, p99 ${fmt(fault.result.p99)} ms`,
    );
    for (const [k, n] of Object.entries(byWindow)) console.log(`    ${String(n).padStart(4)} × after "${k}"`);
    for (const [k, m] of Object.entries(fault.result.samples)) console.log(`    e.g. ${k}: ${m}`);
    console.log(`  acknowledged subscriptions: ${fault.acknowledged}, each with 3 installments`);
    for (const c of fault.counts)
      console.log(
        `    ${c.node}: ${c.stored} subscriptions stored, ${c.lost} acknowledged lost, ${c.duplicated} duplicated; ${c.installmentsAck} acknowledged installments, ${c.installmentsLost} lost`,
      );
  }
  console.log(`\nbench-rush done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main()
  .then(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
