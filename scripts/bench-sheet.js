#!/usr/bin/env node
// `node scripts/bench-sheet.js`: the sign-off sheet of one distribution of a 250-household AMAP
// (8 contract templates, 3 contracts per household, a season of 40 weeks, some absences), asked
// through the gateway (amap → member subgraphs) and straight at the member subgraph, versus ONE
// hand-written SQL query computing the same lines over the SQLite files. Target: within 3× the
// hand-written query. Ratios within one run (timings on this machine are noisy). Not a test.
//   BENCH_RUNS=25           timed runs per side (medians reported)
//   BENCH_HOUSEHOLDS=250    households of the AMAP
//   PROBE=1                 also time the member side's parts (facts, service, loader); PROBE=3 also
//                           time each SQL statement of one request alone, with its query plan
require("reflect-metadata");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
// Builds dist/ unless BENCH_SKIP_BUILD, and gives the generator of the statistics benchmark.
const { generate, median, timed, id } = require("./bench-stats");
const Database = require("better-sqlite3");
const { startStack } = require("../tools/dist/stack");
const { apiClient } = require("../tools/dist/demo/client");
const kit = require("../services/kit/dist");

const RUNS = Number(process.env.BENCH_RUNS || 25);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS || 250);
const ABSENT_ONE_IN = 17;

// What the sheet shows, line by line: each household's deliveries of the day across its
// contracts, absent ones marked, in the order the sheet prints them.
const HAND_WRITTEN = `
SELECT h.id AS householdId, h.displayName AS name, s.templateName, dl.productName, dl.quantity,
       CASE WHEN a.id IS NULL THEN 'to_collect' ELSE 'absent' END AS status
FROM mem.delivery_line dl
JOIN mem.subscription s ON s.id = dl.subscriptionId
JOIN mem.household h ON h.id = s.householdId
LEFT JOIN mem.absence a ON a.subscriptionId = dl.subscriptionId AND a.distributionId = dl.distributionId
WHERE dl.distributionId = ? AND dl.quantity > 0 AND s.status NOT IN ('draft', 'awaiting_member_signature', 'terminated')
ORDER BY h.displayName, s.templateName, dl.productName`;

const QUERY = `query($id: ID!) { distribution(id: $id) { date signOffSheet { name household { id }
  items { templateName productName quantity status } } } }`;
const DIRECT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Distribution { signOffSheet { name household { id }
  items { templateName productName quantity status } } } } }`;

/** A sheet reduced to what both sides must agree on: household → sorted "template|product|quantity|status". */
function canonical(lines) {
  const by = {};
  for (const l of lines)
    (by[l.householdId] ??= []).push(`${l.templateName}|${l.productName}|${l.quantity}|${l.status}`);
  for (const k of Object.keys(by)) by[k].sort();
  return JSON.stringify(
    Object.keys(by)
      .sort()
      .map((k) => [k, by[k]]),
  );
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-bench-sheet-"));
  try {
    const info = await generate(dir, 0, { amapCount: 1, householdsPerAmap: HOUSEHOLDS });
    const files = {
      network: path.join(dir, "network.sqlite"),
      amap: path.join(dir, "amap.sqlite"),
      member: path.join(dir, "member.sqlite"),
    };
    const amapId = info.amapIds[0];
    const distributionId = info.distributionIds[10];
    // Some households away that day (absences apply to the sheet).
    const mem = new Database(files.member);
    const subs = mem.prepare(`SELECT id, householdId FROM subscription WHERE amapId = ? ORDER BY id`).all(amapId);
    const date = mem
      .prepare(`SELECT date FROM delivery_line WHERE distributionId = ? LIMIT 1`)
      .get(distributionId).date;
    const insert = mem.prepare(
      `INSERT INTO absence (id, amapId, subscriptionId, householdId, distributionId, date) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    mem.transaction(() =>
      subs.forEach(
        (s, i) => i % ABSENT_ONE_IN === 0 && insert.run(id(), amapId, s.id, s.householdId, distributionId, date),
      ),
    )();
    mem.close();

    const stack = await startStack({
      dbUrls: { network: `sqlite:${files.network}`, amap: `sqlite:${files.amap}`, member: `sqlite:${files.member}` },
    });
    const hand = new Database(files.member, { readonly: true });
    hand.exec(`ATTACH DATABASE '${files.member}' AS mem;`);
    const handQuery = hand.prepare(HAND_WRITTEN);
    try {
      // As the AMAP's admin, who may read its sheets.
      const token = await kit.signAccessToken(
        {
          subject: "system:bench-amap-admin",
          kind: "person",
          grants: [{ role: "amap_admin", scopeId: amapId, networkIds: [] }],
        },
        await kit.loadSigningKey(),
      );
      const auth = { authorization: `Bearer ${token}` };
      const gql = apiClient(stack.graphqlUrl, auth);
      const member = apiClient(stack.subgraphUrls.member, { ...auth, ...(await kit.internalHeaders()) });
      const vars = { id: distributionId };
      const reps = { r: [{ __typename: "Distribution", id: distributionId }] };

      // Warm-up, and both sides must agree.
      const sheet = (await gql(QUERY, vars)).distribution.signOffSheet;
      const apiLines = sheet.flatMap((l) => l.items.map((i) => ({ householdId: l.household.id, ...i })));
      const rows = handQuery.all(distributionId);
      if (canonical(apiLines) !== canonical(rows))
        throw new Error("the sign-off sheet and the hand-written SQL disagree");
      await member(DIRECT, reps);

      kit.resetSqlCounters();
      await gql(QUERY, vars);
      const statements = { ...kit.sqlCounters };
      const viaGateway = [];
      const viaMember = [];
      const bySql = [];
      for (let i = 0; i < RUNS; i++) {
        viaGateway.push((await timed(() => gql(QUERY, vars)))[0]);
        viaMember.push((await timed(() => member(DIRECT, reps)))[0]);
        bySql.push((await timed(async () => handQuery.all(distributionId)))[0]);
      }
      if (process.env.PROBE) {
        // Where the member subgraph spends its time: SQL facts, the pure rules, names and sorting.
        const { SignOffService } = require("../services/member/dist/services/sign-off.service");
        const { loadSheetFacts } = require("../services/member/dist/services/sheet-facts");
        const { createLoaders } = require("../services/member/dist/loaders");
        const em = stack.dataSources.member.manager;
        const t1 = [],
          t2 = [],
          t3 = [];
        for (let i = 0; i < RUNS; i++) {
          t1.push((await timed(() => loadSheetFacts(em, [distributionId])))[0]);
          t2.push((await timed(() => new SignOffService(em).forDistributions([distributionId])))[0]);
          t3.push((await timed(() => createLoaders(stack.dataSources.member).signOffSheet.load(distributionId)))[0]);
        }
        if (process.env.PROBE === "3") {
          const db = new Database(files.member, { readonly: true });
          for (const { query, parameters } of await kit.captureSql(() => member(DIRECT, reps))) {
            const params = parameters.map((v) => (typeof v === "boolean" ? Number(v) : v)); // better-sqlite3 binds no booleans
            const st = db.prepare(query);
            const t = [];
            let n = 0;
            for (let i = 0; i < 20; i++) t.push((await timed(async () => (n = st.all(...params).length)))[0]);
            console.log(`${median(t).toFixed(2)} ms ${n} rows: ${query.slice(0, 150)}`);
            console.log(
              "   plan:",
              db
                .prepare(`EXPLAIN QUERY PLAN ${query}`)
                .all(...params)
                .map((r) => r.detail)
                .join(" | "),
            );
          }
          db.close();
        }
        console.log(
          `probe: facts ${median(t1).toFixed(1)} ms, service ${median(t2).toFixed(1)} ms, loader ${median(t3).toFixed(1)} ms`,
        );
      }
      const [g, m, s] = [median(viaGateway), median(viaMember), median(bySql)];
      const absent = rows.filter((r) => r.status === "absent").length;
      console.log(
        `Sign-off sheet, medians of ${RUNS} runs: ${sheet.length} households, ${rows.length} items (${absent} absent), AMAP of ${info.households} households and ${info.deliveryLines} delivery lines\n` +
          `  through the gateway ${g.toFixed(1)} ms, at the member subgraph ${m.toFixed(1)} ms; hand-written SQL ${s.toFixed(1)} ms` +
          ` → ratio ${(g / s).toFixed(2)} (gateway) / ${(m / s).toFixed(2)} (subgraph), target ≤ 3 | SQL statements ${JSON.stringify(statements)}`,
      );
      return { gateway: g, subgraph: m, sql: s };
    } finally {
      hand.close();
      await stack.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main()
  .then(() => process.exit(0))
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
