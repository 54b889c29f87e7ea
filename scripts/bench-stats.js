#!/usr/bin/env node
// `node scripts/bench-stats.js`: a network's statistics (`networkStatistics`, through the gateway
// and the three subgraphs) versus ONE hand-written SQL query computing the same figures over the
// three SQLite files ATTACHed together. Target: the services within 3× the hand-written query.
// Data are generated straight into SQLite files with bulk inserts: at BENCH_SCALE=1 a regional
// network of 300 AMAPs, 600 farms, 30,000 households, 90,000 subscriptions and about 5 million
// delivery lines (a few minutes, ~3 GB under the OS temp dir). Not a test.
//   BENCH_SCALE=0.01,0.1,1  scales to run, in order (default "0.01,0.1"; 0.01 ≈ the demo's size)
//   BENCH_RUNS=15           timed runs per side (medians reported)
//   BENCH_DIR=/path         keep the generated files there and reuse them on the next run
//   BENCH_SKIP_BUILD=1      use the existing dist/ (no `tsc -b`)
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
process.env.NODE_ENV = process.env.NODE_ENV || "production";

const Database = require("better-sqlite3");
const { openNetworkDb } = require("../services/network/dist/db");
const { openAmapDb } = require("../services/amap/dist/db");
const { openMemberDb } = require("../services/member/dist/db");
const { startStack } = require("../tools/dist/stack");
const { apiClient } = require("../tools/dist/demo/client");
const kit = require("../services/kit/dist");
const { resetSqlCounters, sqlCounters } = kit;

const RUNS = Number(process.env.BENCH_RUNS || 15);
const SCALES = (process.env.BENCH_SCALE || "0.01,0.1").split(",").map(Number);
const SEASON = "2026";
const WEEKS = 40;
const TEMPLATES_PER_AMAP = 8;
const HOUSEHOLDS_PER_AMAP = 100;
const TYPES = ["vegetables", "fruit", "eggs", "poultry", "meat", "dairy", "bread", "honey", "fish"];

// Ids shaped like UUIDs (the API checks the format), unique and increasing: fast to make by millions.
let idCounter = 0;
const idPrefix = Date.now().toString(16).padStart(12, "0");
function id() {
  const n = (idCounter++).toString(16).padStart(16, "0");
  return `${idPrefix.slice(0, 8)}-${idPrefix.slice(8, 12)}-7${n.slice(0, 3)}-8${n.slice(3, 6)}-${n.slice(4, 16)}`;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Inserts rows with multi-row VALUES statements, in one transaction. */
function bulk(db, table, columns, rows) {
  const per = Math.max(1, Math.floor(900 / columns.length));
  const sql = (n) =>
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from({ length: n }, () => `(${columns.map(() => "?").join(", ")})`).join(", ")}`;
  const full = db.prepare(sql(per));
  db.transaction(() => {
    let i = 0;
    for (; i + per <= rows.length; i += per) full.run(rows.slice(i, i + per).flat());
    if (i < rows.length) db.prepare(sql(rows.length - i)).run(rows.slice(i).flat());
  })();
}

function fast(db) {
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -512000");
  db.pragma("temp_store = MEMORY");
}

/** A regional network with two departmental sub-networks, its AMAPs, farms, templates, households, subscriptions and grids. */
async function generate(dir, scale, opts = {}) {
  const amapCount = opts.amapCount ?? Math.max(1, Math.round(300 * scale));
  const farmCount = Math.max(TEMPLATES_PER_AMAP, Math.round(600 * scale));
  const householdsPerAmap = opts.householdsPerAmap ?? HOUSEHOLDS_PER_AMAP;
  const files = {
    network: path.join(dir, "network.sqlite"),
    amap: path.join(dir, "amap.sqlite"),
    member: path.join(dir, "member.sqlite"),
  };
  const marker = path.join(dir, "generated.json");
  if (fs.existsSync(marker)) return JSON.parse(fs.readFileSync(marker, "utf8"));
  for (const f of Object.values(files)) for (const x of [f, `${f}-wal`, `${f}-shm`]) fs.rmSync(x, { force: true });
  // The schema, by the services' own migrations.
  for (const open of [openNetworkDb, openAmapDb, openMemberDb]) {
    const service = open === openNetworkDb ? "network" : open === openAmapDb ? "amap" : "member";
    const ds = await open(`sqlite:${files[service]}`);
    await ds.destroy();
  }
  const t0 = Date.now();

  const net = new Database(files.network);
  fast(net);
  const regionId = id();
  const subNetworks = [id(), id()];
  bulk(
    net,
    "network",
    ["id", "parentId", "name", "level"],
    [
      [regionId, null, "Réseau régional (banc d'essai)", "regional"],
      [subNetworks[0], regionId, "Réseau départemental A", "departmental"],
      [subNetworks[1], regionId, "Réseau départemental B", "departmental"],
    ],
  );
  const amaps = Array.from({ length: amapCount }, (_, a) => ({
    id: id(),
    networkId: [regionId, ...subNetworks][a % 3],
    name: `AMAP ${a + 1}`,
  }));
  bulk(
    net,
    "amap",
    ["id", "networkId", "name", "city"],
    amaps.map((a) => [a.id, a.networkId, a.name, "Ville"]),
  );
  // What each AMAP lets the network see (issue 12): statistics count only the AMAPs that agreed, so one
  // in ten declines, and the hand-written query must filter as the services do.
  bulk(
    net,
    "network_consent",
    ["id", "amapId", "directory", "partnerships", "statistics", "decidedBy", "decidedAt"],
    amaps.map((a, k) => [id(), a.id, 1, 1, k % 10 === 9 ? 0 : 1, "bench", "2026-01-01 00:00:00"]),
  );
  const farms = Array.from({ length: farmCount }, (_, f) => {
    const first = TYPES[f % TYPES.length];
    // One farm in five sells a second kind of production (eggs and poultry, say).
    const second = f % 5 === 0 ? TYPES[(f + 1) % TYPES.length] : first;
    return {
      id: id(),
      name: `Ferme ${f + 1}`,
      products: [
        { id: id(), name: `Produit A ${f + 1}`, unit: "panier", type: first, priceCents: 1000 + (f % 11) * 100 },
        { id: id(), name: `Produit B ${f + 1}`, unit: "pièce", type: second, priceCents: 300 + (f % 7) * 50 },
      ],
    };
  });
  bulk(
    net,
    "farm",
    ["id", "name", "productions", "labels"],
    farms.map((f) => [f.id, f.name, "[]", "[]"]),
  );
  bulk(
    net,
    "farm_network",
    ["id", "networkId", "farmId"],
    farms.map((f) => [id(), regionId, f.id]),
  );
  bulk(
    net,
    "product",
    ["id", "farmId", "name", "unit", "productionType"],
    farms.flatMap((f) => f.products.map((p) => [p.id, f.id, p.name, p.unit, p.type])),
  );
  net.close();

  const am = new Database(files.amap);
  fast(am);
  const dates = Array.from({ length: WEEKS }, (_, w) =>
    new Date(Date.UTC(2026, 3, 2 + 7 * w)).toISOString().slice(0, 10),
  );
  const templates = [];
  const distributionRows = [];
  const templateRows = [];
  const lineRows = [];
  for (const [a, amap] of amaps.entries()) {
    amap.distributions = dates.map((date) => {
      const d = { id: id(), date };
      distributionRows.push([d.id, amap.id, date, "18:30", "20:00", ""]);
      return d;
    });
    amap.templates = [];
    for (let t = 0; t < TEMPLATES_PER_AMAP; t++) {
      const farm = farms[(a * TEMPLATES_PER_AMAP + t) % farms.length];
      const tpl = { id: id(), amapId: amap.id, farm, lines: farm.products.map((p) => ({ id: id(), product: p })) };
      templateRows.push([
        tpl.id,
        amap.id,
        farm.id,
        `Contrat ${farm.name} ${SEASON}`,
        SEASON,
        "fixed",
        "running",
        "Contrat d'engagement solidaire.",
        farm.name,
        "[1]",
        '["cheque"]',
        "[]",
      ]);
      tpl.lines.forEach((l, position) =>
        lineRows.push([
          l.id,
          amap.id,
          tpl.id,
          l.product.id,
          l.product.name,
          l.product.unit,
          l.product.priceCents,
          position,
        ]),
      );
      amap.templates.push(tpl);
      templates.push(tpl);
    }
  }
  bulk(am, "distribution", ["id", "amapId", "date", "startTime", "endTime", "notes"], distributionRows);
  bulk(
    am,
    "contract_template",
    [
      "id",
      "amapId",
      "farmId",
      "name",
      "season",
      "kind",
      "status",
      "text",
      "payeeName",
      "allowedInstallmentCounts",
      "acceptedMeans",
      "cashingDates",
    ],
    templateRows,
  );
  bulk(
    am,
    "template_line",
    ["id", "amapId", "templateId", "productId", "productName", "unit", "unitPriceCents", "position"],
    lineRows,
  );
  am.close();

  const mem = new Database(files.member);
  fast(mem);
  const households = [];
  const people = [];
  const subscriptions = [];
  let lineCount = 0;
  const lineCols = [
    "id",
    "amapId",
    "subscriptionId",
    "templateLineId",
    "productId",
    "productName",
    "unit",
    "distributionId",
    "date",
    "quantity",
    "unitPriceCents",
  ];
  const perLine = Math.floor(900 / lineCols.length);
  const insertLines = mem.prepare(
    `INSERT INTO "delivery_line" (${lineCols.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from({ length: perLine }, () => `(${lineCols.map(() => "?").join(", ")})`).join(", ")}`,
  );
  let pending = [];
  const flushLines = (all) => {
    while (pending.length >= perLine * lineCols.length) {
      insertLines.run(pending.slice(0, perLine * lineCols.length));
      pending = pending.slice(perLine * lineCols.length);
    }
    if (all && pending.length) {
      const n = pending.length / lineCols.length;
      mem
        .prepare(
          `INSERT INTO "delivery_line" (${lineCols.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from({ length: n }, () => `(${lineCols.map(() => "?").join(", ")})`).join(", ")}`,
        )
        .run(pending);
      pending = [];
    }
  };
  mem.transaction(() => {
    let k = 0;
    for (const amap of amaps) {
      for (let h = 0; h < householdsPerAmap; h++) {
        const householdId = id();
        households.push([householdId, amap.id, `Foyer ${h + 1} de ${amap.name}`]);
        people.push([id(), amap.id, householdId, "Camille", `Nom ${h + 1}`, `foyer${h + 1}@example.org`]);
        for (const t of [h % TEMPLATES_PER_AMAP, (h + 3) % TEMPLATES_PER_AMAP, (h + 5) % TEMPLATES_PER_AMAP]) {
          const tpl = amap.templates[t];
          const subscriptionId = id();
          // 2 % drafts and 3 % terminated: neither counts as pre-financing.
          const status = k % 50 === 7 ? "draft" : k % 33 === 5 ? "terminated" : "active";
          k++;
          let total = 0;
          amap.distributions.forEach((d, w) => {
            const [main, extra] = tpl.lines;
            pending.push(
              id(),
              amap.id,
              subscriptionId,
              main.id,
              main.product.id,
              main.product.name,
              main.product.unit,
              d.id,
              d.date,
              1,
              main.product.priceCents,
            );
            total += main.product.priceCents;
            lineCount++;
            if (extra && (w + h) % 5 < 2) {
              const q = 1 + ((w + h) % 2);
              pending.push(
                id(),
                amap.id,
                subscriptionId,
                extra.id,
                extra.product.id,
                extra.product.name,
                extra.product.unit,
                d.id,
                d.date,
                q,
                extra.product.priceCents,
              );
              total += q * extra.product.priceCents;
              lineCount++;
            }
          });
          flushLines(false);
          subscriptions.push([
            subscriptionId,
            amap.id,
            tpl.id,
            householdId,
            status,
            dates[0],
            total,
            1,
            JSON.stringify({
              templateName: "Contrat",
              kind: "fixed",
              text: "",
              payeeName: tpl.farm.name,
              farmId: tpl.farm.id,
            }),
            `Contrat ${tpl.farm.name}`,
            tpl.farm.id,
          ]);
        }
      }
    }
    flushLines(true);
  })();
  bulk(mem, "household", ["id", "amapId", "displayName"], households);
  bulk(mem, "person", ["id", "amapId", "householdId", "firstName", "lastName", "email"], people);
  bulk(
    mem,
    "subscription",
    [
      "id",
      "amapId",
      "templateId",
      "householdId",
      "status",
      "startsOn",
      "totalCents",
      "installmentCount",
      "terms",
      "templateName",
      "farmId",
    ],
    subscriptions,
  );
  mem.pragma("optimize");
  mem.close();

  const info = {
    scale,
    regionId,
    amapIds: amaps.map((a) => a.id),
    distributionIds: amaps[0].distributions.map((d) => d.id),
    networkIds: [regionId, ...subNetworks],
    amaps: amaps.length,
    farms: farms.length,
    templates: templates.length,
    households: households.length,
    subscriptions: subscriptions.length,
    deliveryLines: lineCount,
    generatedInS: (Date.now() - t0) / 1000,
  };
  fs.writeFileSync(marker, JSON.stringify(info));
  return info;
}

/** One statement computing every figure of `networkStatistics` over the three ATTACHed databases. */
const HAND_WRITTEN = `
WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT n.id FROM net.network n JOIN tree ON n.parentId = tree.id),
tpl AS MATERIALIZED (
  SELECT t.id, t.amapId, t.farmId, t.season FROM am.contract_template t
  WHERE t.amapId IN (SELECT a.id FROM net.amap a WHERE a.networkId IN (SELECT id FROM tree)
    AND (SELECT c.statistics FROM net.network_consent c WHERE c.amapId = a.id ORDER BY c.decidedAt DESC LIMIT 1) = 1)
    AND t.season = ?),
sub AS MATERIALIZED (
  SELECT tpl.season, tpl.farmId, s.householdId, s.totalCents FROM mem.subscription s JOIN tpl ON tpl.id = s.templateId
  WHERE s.status NOT IN ('draft', 'awaiting_member_signature', 'terminated')),
farm_tpl AS (SELECT season, farmId, COUNT(DISTINCT amapId) AS amaps FROM tpl GROUP BY season, farmId),
farm_sub AS (SELECT season, farmId, COUNT(*) AS subs, SUM(totalCents) AS cents FROM sub GROUP BY season, farmId),
farm_type AS (
  SELECT farmId, productionType FROM (
    SELECT p.farmId, p.productionType, ROW_NUMBER() OVER (PARTITION BY p.farmId ORDER BY COUNT(*) DESC,
      CASE p.productionType ${TYPES.concat("other")
        .map((t, i) => `WHEN '${t}' THEN ${i}`)
        .join(" ")} END) AS rn
    FROM net.product p WHERE p.active = 1 AND p.farmId IN (SELECT farmId FROM tpl) GROUP BY p.farmId, p.productionType)
  WHERE rn = 1),
per_farm AS (
  SELECT ft.season, ft.farmId, ft.amaps, COALESCE(fs.subs, 0) AS subs, COALESCE(fs.cents, 0) AS cents, COALESCE(ty.productionType, 'other') AS productionType
  FROM farm_tpl ft LEFT JOIN farm_sub fs ON fs.season = ft.season AND fs.farmId = ft.farmId LEFT JOIN farm_type ty ON ty.farmId = ft.farmId)
SELECT 'season' AS kind, season, NULL AS k, COUNT(DISTINCT amapId) AS a, COUNT(DISTINCT farmId) AS b, NULL AS c FROM tpl GROUP BY season
UNION ALL SELECT 'people', season, NULL, COUNT(DISTINCT householdId), COUNT(*), SUM(totalCents) FROM sub GROUP BY season
UNION ALL SELECT 'farm', season, farmId, amaps, subs, cents FROM per_farm
UNION ALL SELECT 'type', season, productionType, COUNT(*), SUM(subs), SUM(cents) FROM per_farm GROUP BY season, productionType`;

/** The hand-written query's rows, in the shape of the API's answer, to check both agree. */
function figuresFromRows(rows) {
  const s = {
    amapCount: 0,
    farmCount: 0,
    householdCount: 0,
    subscriptionCount: 0,
    prefinancedCents: 0,
    byFarm: {},
    byType: {},
  };
  for (const r of rows) {
    if (r.kind === "season") Object.assign(s, { amapCount: r.a, farmCount: r.b });
    else if (r.kind === "people")
      Object.assign(s, { householdCount: r.a, subscriptionCount: r.b, prefinancedCents: r.c });
    else if (r.kind === "farm") s.byFarm[r.k] = [r.b, r.c];
    else s.byType[r.k] = r.c;
  }
  return s;
}

function figuresFromApi(st) {
  return {
    amapCount: st.amapCount,
    farmCount: st.farmCount,
    householdCount: st.householdCount,
    subscriptionCount: st.subscriptionCount,
    prefinancedCents: st.prefinancedCents,
    byFarm: Object.fromEntries(st.byFarm.map((f) => [f.farm.id, [f.subscriptionCount, f.prefinancedCents]])),
    byType: Object.fromEntries(st.byProductionType.map((t) => [t.productionType, t.prefinancedCents])),
  };
}

/** JSON with object keys sorted, so that two answers compare whatever their order. */
function canonical(value) {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
      : v,
  );
}

const QUERY = `query($id: ID!, $seasons: [String!]) { networkStatistics(networkId: $id, seasons: $seasons) {
  season amapCount farmCount householdCount subscriptionCount prefinancedCents
  byFarm { farm { id name } prefinancedCents subscriptionCount } byProductionType { productionType prefinancedCents } } }`;

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  const out = await fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, out];
}

async function benchAt(scale) {
  const dir = process.env.BENCH_DIR
    ? path.join(process.env.BENCH_DIR, `scale-${scale}`)
    : fs.mkdtempSync(path.join(os.tmpdir(), "cc-bench-stats-"));
  fs.mkdirSync(dir, { recursive: true });
  try {
    const info = await generate(dir, scale);
    const files = {
      network: path.join(dir, "network.sqlite"),
      amap: path.join(dir, "amap.sqlite"),
      member: path.join(dir, "member.sqlite"),
    };
    const size = Object.values(files).reduce((n, f) => n + fs.statSync(f).size, 0);
    console.log(
      `scale ${scale}: ${info.amaps} AMAPs, ${info.farms} farms, ${info.templates} templates, ${info.households} households, ${info.subscriptions} subscriptions, ${info.deliveryLines} delivery lines` +
        ` (${(size / 2 ** 20).toFixed(0)} MiB${info.generatedInS ? `, generated in ${info.generatedInS.toFixed(0)} s` : ""})`,
    );
    // The services' migrations first (this version's indexes), then the stack over the files.
    const stack = await startStack({
      dbUrls: { network: `sqlite:${files.network}`, amap: `sqlite:${files.amap}`, member: `sqlite:${files.member}` },
    });
    const hand = new Database(files.network, { readonly: true });
    hand.exec(
      `ATTACH DATABASE '${files.network}' AS net; ATTACH DATABASE '${files.amap}' AS am; ATTACH DATABASE '${files.member}' AS mem;`,
    );
    const handQuery = hand.prepare(HAND_WRITTEN);
    try {
      // As the region's network admin (the role statistics are for), when the kit signs tokens.
      const auth = kit.signAccessToken
        ? {
            authorization: `Bearer ${await kit.signAccessToken({ subject: "system:bench-network-admin", kind: "person", grants: [{ role: "network_admin", scopeId: info.regionId, networkIds: info.networkIds }] }, await kit.loadSigningKey())}`,
          }
        : {};
      const gql = apiClient(stack.graphqlUrl, auth);
      // Subgraphs answer only requests carrying the deployment's internal secret, when it has one.
      const direct = apiClient(stack.subgraphUrls.network, {
        ...auth,
        ...(kit.internalHeaders ? await kit.internalHeaders() : {}),
      });
      const vars = { id: info.regionId, seasons: [SEASON] };
      // Warm-up, and both sides must agree.
      const api = (await gql(QUERY, vars)).networkStatistics[0];
      const rows = handQuery.all(info.regionId, SEASON);
      const [a, b] = [canonical(figuresFromApi(api)), canonical(figuresFromRows(rows))];
      if (a !== b) throw new Error(`the services and the hand-written SQL disagree:\n${a}\n${b}`);
      resetSqlCounters();
      await gql(QUERY, vars);
      const statements = { ...sqlCounters };
      const viaGateway = [];
      const viaNetwork = [];
      const bySql = [];
      for (let i = 0; i < RUNS; i++) {
        viaGateway.push((await timed(() => gql(QUERY, vars)))[0]);
        viaNetwork.push((await timed(() => direct(QUERY, vars)))[0]);
        bySql.push((await timed(async () => handQuery.all(info.regionId, SEASON)))[0]);
      }
      const [g, n, s] = [median(viaGateway), median(viaNetwork), median(bySql)];
      console.log(
        `  networkStatistics through the gateway ${g.toFixed(1)} ms, at the network subgraph ${n.toFixed(1)} ms; hand-written SQL ${s.toFixed(1)} ms` +
          ` → ratio ${(g / s).toFixed(2)} (gateway) / ${(n / s).toFixed(2)} (subgraph), target ≤ 3` +
          ` | ${api.householdCount} households, ${api.subscriptionCount} subscriptions, ${(api.prefinancedCents / 100).toFixed(0)} € | SQL statements ${JSON.stringify(statements)}`,
      );
      return { scale, gateway: g, subgraph: n, sql: s };
    } finally {
      hand.close();
      await stack.stop();
    }
  } finally {
    if (!process.env.BENCH_DIR) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `Network statistics: medians of ${RUNS} runs (services vs. one hand-written SQL query over the ATTACHed SQLite files)`,
  );
  for (const scale of SCALES) await benchAt(scale);
  process.exit(0);
}

module.exports = { generate, median, timed, id };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
