#!/usr/bin/env node
// `npm run bench`: the example walk of api.md through the gateway versus the same data fetched by
// direct calls to the subgraphs (the calls the gateway's query plan makes, in the same order),
// as medians over repeated runs, at the demo size and at 10× it. Ratios within one run: timings on
// this 2-core machine are noisy, ratios are what we compare. Not a test. Then the other targets:
// the sign-off sheet and the network statistics against hand-written SQL (bench-sheet.js,
// bench-stats.js: BENCH_SCALE=0.01,0.1,1 for the 5-million-line network), the idle memory
// and fresh start of the product as `npm start` runs it (bench-footprint.js), moving in and out:
// import speed and the archive of a 250-household AMAP (bench-archive.js), and the rush of a
// region's season opening on MariaDB with replicas, gateways compared and faults (bench-rush.js;
// skipped when MariaDB does not answer).
require("reflect-metadata");
const { tscBuildArgs } = require("./ts-projects");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const built = spawnSync(process.execPath, tscBuildArgs(), { cwd: root, stdio: "inherit" });
if (built.status !== 0) process.exit(1);
process.env.NODE_ENV = process.env.NODE_ENV || "production";

const { startStack } = require("../tools/dist/stack");
const { buildWorld, DEMO_SIZE } = require("../tools/dist/demo/world");
const { apiClient } = require("../tools/dist/demo/client");
const { resetSqlCounters, sqlCount, internalHeaders } = require("../services/kit/dist");
const { systemAuthorization } = require("../tools/dist/demo/system-token");

const RUNS = Number(process.env.BENCH_RUNS || 25);
const WALK = `{ networks { items { name amaps { name
    contractTemplates { name farm { name } subscriptions { household { displayName } totalCents } }
    distributions { date signOffSheet { household { displayName } items { productName quantity } } } } } } }`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** The walk by hand: the subgraph calls a client would make without the gateway. */
async function directWalk(urls) {
  // Straight to the subgraphs, as the gateway does: internal secret and a verified token.
  const headers = { ...(await internalHeaders()), ...(await systemAuthorization("bench")) };
  const net = apiClient(urls.network, headers);
  const amap = apiClient(urls.amap, headers);
  const member = apiClient(urls.member, headers);
  const top = await net(`{ networks { items { name amaps { id name } } } }`);
  const amapReps = top.networks.items.flatMap((n) => n.amaps.map((a) => ({ __typename: "Amap", id: a.id })));
  const mid = await amap(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { contractTemplates { id name farm { id } } distributions { id date } } } }`,
    { r: amapReps },
  );
  const templates = mid._entities.flatMap((a) => a.contractTemplates);
  const distributions = mid._entities.flatMap((a) => a.distributions);
  const farmReps = [...new Set(templates.map((t) => t.farm.id))].map((id) => ({ __typename: "Farm", id }));
  await Promise.all([
    net(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Farm { name } } }`, { r: farmReps }),
    member(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on ContractTemplate { subscriptions { household { displayName } totalCents } } } }`,
      {
        r: templates.map((t) => ({ __typename: "ContractTemplate", id: t.id })),
      },
    ),
    member(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheet { household { displayName } items { productName quantity } } } } }`,
      {
        r: distributions.map((d) => ({ __typename: "Distribution", id: d.id })),
      },
    ),
  ]);
}

async function benchAt(label, size) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-bench-"));
  const stack = await startStack({
    dbUrls: {
      network: `sqlite:${dir}/network.sqlite`,
      amap: `sqlite:${dir}/amap.sqlite`,
      member: `sqlite:${dir}/member.sqlite`,
    },
  });
  try {
    const gql = apiClient(stack.graphqlUrl, await systemAuthorization("bench"));
    const t0 = Date.now();
    const world = await buildWorld(gql, size);
    const buildS = ((Date.now() - t0) / 1000).toFixed(1);
    const sample = await gql(WALK);
    const sheetLines = sample.networks.items.flatMap((n) =>
      n.amaps.flatMap((a) => a.distributions.flatMap((d) => d.signOffSheet)),
    ).length;
    resetSqlCounters();
    await gql(WALK);
    const statements = sqlCount();
    // Interleave the two so that machine noise hits both alike.
    const viaGateway = [];
    const direct = [];
    for (let i = 0; i < 3; i++) {
      await gql(WALK);
      await directWalk(stack.subgraphUrls);
    }
    for (let i = 0; i < RUNS; i++) {
      viaGateway.push(await timed(() => gql(WALK)));
      direct.push(await timed(() => directWalk(stack.subgraphUrls)));
    }
    const g = median(viaGateway);
    const d = median(direct);
    console.log(
      `${label.padEnd(6)} ${String(world.amapIds.length).padStart(4)} AMAPs ${String(world.householdIds.length).padStart(5)} households ${String(world.subscriptionIds.length).padStart(5)} subscriptions ${String(sheetLines).padStart(6)} sheet lines | ` +
        `gateway ${g.toFixed(1)} ms, direct ${d.toFixed(1)} ms, ratio ${(g / d).toFixed(2)} | ${statements} SQL statements | data built in ${buildS} s`,
    );
    return { label, ratio: g / d, statements };
  } finally {
    await stack.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `Example walk (api.md), medians of ${RUNS} runs; ratio = through the gateway / direct subgraph calls (target ≤ 1.5)`,
  );
  const demo = await benchAt("demo", DEMO_SIZE);
  const tenX = await benchAt("10×", { ...DEMO_SIZE, amaps: DEMO_SIZE.amaps * 10, farms: DEMO_SIZE.farms * 10 });
  console.log(
    `SQL statements for the walk: ${demo.statements} at demo size, ${tenX.statements} at 10× (must not grow).`,
  );
  // The other targets, each in its own process (own heap, own ports), on the dist/ built above.
  const env = { ...process.env, BENCH_SKIP_BUILD: "1" };
  for (const script of [
    "bench-sheet.js",
    "bench-stats.js",
    "bench-archive.js",
    "bench-footprint.js",
    "bench-rush.js",
  ]) {
    console.log("");
    if (
      script === "bench-rush.js" &&
      spawnSync(process.execPath, [path.join(__dirname, "mariadb-setup.js")], { cwd: root, stdio: "ignore" }).status !==
        0
    ) {
      console.log("bench-rush: skipped, MariaDB does not answer (node scripts/mariadb-setup.js)");
      continue;
    }
    const r = spawnSync(process.execPath, [path.join(__dirname, script)], { cwd: root, stdio: "inherit", env });
    if (r.status !== 0) process.exit(r.status || 1);
  }
  process.exit(0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
