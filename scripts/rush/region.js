// A generated regional instance for the rush bench: one AMAP built through the API (the demo
// world's mutations: farms, places, a season of weekly distributions, templates with households
// subscribed, households with their memberships), a "rush" template opened with no subscription
// yet, an account per household (one Argon2 hash shared: the same password), then that AMAP
// copied N−1 times by direct SQL inserts in batches: every row of every tenant table (with an
// `amapId`), ids re-derived per copy, e-mails made unique. Shared rows (network, farms,
// products) are not copied. Minutes for 300 AMAPs, not the hours the API would take.
const mysql = require("mysql2/promise");

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const SKIP = new Set(["migrations", "audit_entry", "rate_limit", "refresh_session", "one_time_token", "api_token"]);
const PASSWORD = "mot de passe du banc de charge";

function nextThursday(from) {
  const d = new Date(`${from}T00:00:00Z`);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function connect(url, extra = {}) {
  const { parseMysqlUrl } = require("../../services/kit/dist");
  const t = parseMysqlUrl(url);
  return mysql.createConnection({
    host: t.hosts[0].host,
    port: t.hosts[0].port,
    user: t.username,
    password: t.password,
    database: t.database,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    ...extra,
  });
}

/** Builds the first AMAP through the API of an in-process stack on `dbUrls`. */
async function buildSeed(dbUrls, log) {
  const { startStack } = require("../../tools/dist/stack");
  const { buildWorld } = require("../../tools/dist/demo/world");
  const { apiClient } = require("../../tools/dist/demo/client");
  const { systemAuthorization } = require("../../tools/dist/demo/system-token");
  const { addDays, todayIn, uuidv7 } = require("../../services/kit/dist");
  const { hashPassword } = require("../../services/member/dist/accounts/password");
  const stack = await startStack({ dbUrls });
  try {
    const gql = apiClient(stack.graphqlUrl, await systemAuthorization("bench"));
    const seasonStart = nextThursday(addDays(todayIn(), 14));
    const world = await buildWorld(
      gql,
      { amaps: 1, farms: 5, templatesPerAmap: 3, householdsPerAmap: 100, weeks: 16, seasonStart },
      (m) => log(`  seed: ${m}`),
    );
    const amapId = world.amapIds[0];
    // The rush: one more template, open, nobody subscribed yet.
    const [period] = await stack.dataSources.amap.query("SELECT id FROM membership_period WHERE amapId = ?", [amapId]);
    const distributions = await stack.dataSources.amap.query(
      "SELECT id FROM distribution WHERE amapId = ? ORDER BY date",
      [amapId],
    );
    const products = await stack.dataSources.network.query("SELECT id FROM product WHERE farmId = ? ORDER BY name", [
      world.farmIds[0],
    ]);
    const t = await gql(`mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id } }`, {
      in: {
        amapId,
        farmId: world.farmIds[0],
        name: `Légumes de la ruée ${seasonStart.slice(0, 4)}`,
        season: seasonStart.slice(0, 4),
        kind: "fixed",
        payeeName: "EARL de la Ruée",
        membershipPeriodId: period.id,
        allowedInstallmentCounts: [1, 3],
        acceptedMeans: ["cheque", "transfer"],
        lines: products.map((p) => ({ productId: p.id, unitPriceCents: 1800, minQuantity: 0, maxQuantity: 3 })),
        distributionIds: distributions.map((d) => d.id),
      },
    });
    await gql(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { id } }`, {
      id: t.createContractTemplate.id,
    });
    // An account per household (its primary person), with the member role.
    const hash = await hashPassword(PASSWORD);
    const people = await stack.dataSources.member.query(
      "SELECT id, householdId, amapId, email, firstName, lastName FROM person WHERE amapId = ? AND isPrimary = 1",
      [amapId],
    );
    const now = new Date();
    for (const p of people) {
      await stack.dataSources.member.query(
        "INSERT INTO account (id, email, firstName, lastName, passwordHash, status, superAdmin, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'active', 0, ?, ?)",
        [p.id, p.email, p.firstName, p.lastName, hash, now, now],
      );
      await stack.dataSources.member.query(
        "INSERT INTO role_grant (id, personId, role, scopeId, amapId, grantedBy, grantedAt) VALUES (?, ?, 'member', ?, ?, 'system', ?)",
        [uuidv7(), p.id, p.householdId, p.amapId, now],
      );
    }
    return { amapId, seasonStart };
  } finally {
    await stack.stop();
  }
}

/** Every row of the seed AMAP, per database and table. */
async function seedRows(conns, amapId) {
  const out = {};
  for (const [db, conn] of Object.entries(conns)) {
    out[db] = {};
    const [tables] = await conn.query(
      "SELECT table_name AS t, SUM(column_name = 'amapId') AS tenant FROM information_schema.columns WHERE table_schema = DATABASE() GROUP BY table_name",
    );
    for (const { t, tenant } of tables) {
      if (SKIP.has(t)) continue;
      if (Number(tenant) > 0) [out[db][t]] = await conn.query(`SELECT * FROM \`${t}\` WHERE amapId = ?`, [amapId]);
    }
  }
  [out.network.amap] = await conns.network.query("SELECT * FROM amap WHERE id = ?", [amapId]);
  const personIds = out.member.person.map((p) => p.id);
  [out.member.account] = await conns.member.query(`SELECT * FROM account WHERE id IN (?)`, [personIds]);
  return out;
}

/**
 * Copies the seed AMAP `copies` times. Ids of copied rows: the seed id's first 19 characters
 * (its UUID v7 time, kept for index locality), the copy's number, and the row's rank.
 */
async function copySeed(conns, rows, amapId, copies, log) {
  const ids = new Map();
  const note = (v) => typeof v === "string" && v.length === 36 && !ids.has(v) && ids.set(v, ids.size);
  for (const db of Object.values(rows)) for (const list of Object.values(db)) for (const r of list) note(r.id);
  note(amapId);
  const hex = (n, w) => n.toString(16).padStart(w, "0");
  const transform = (k) => (v, col, table) => {
    if (typeof v !== "string") return v;
    let out = v.replace(UUID, (m) => (ids.has(m) ? `${m.slice(0, 19)}${hex(k, 4)}-${hex(ids.get(m), 12)}` : m));
    if (/^[^@\s]+@[^@\s]+$/.test(out)) out = out.replace("@", `+a${k}@`);
    if (table === "amap" && col === "name") out = `${out} ${k + 1}`;
    return out;
  };
  const t0 = Date.now();
  let inserted = 0;
  const BATCH_COPIES = 10;
  for (const [db, tables] of Object.entries(rows)) {
    const conn = conns[db];
    await conn.query("SET foreign_key_checks = 0, unique_checks = 0");
    for (const [table, list] of Object.entries(tables)) {
      if (!list.length) continue;
      const cols = Object.keys(list[0]);
      for (let k0 = 1; k0 < copies; k0 += BATCH_COPIES) {
        const values = [];
        for (let k = k0; k < Math.min(copies, k0 + BATCH_COPIES); k++) {
          const f = transform(k);
          for (const r of list) values.push(cols.map((c) => f(r[c], c, table)));
        }
        for (let i = 0; i < values.length; i += 2000) {
          await conn.query(`INSERT INTO \`${table}\` (${cols.map((c) => `\`${c}\``).join(", ")}) VALUES ?`, [
            values.slice(i, i + 2000),
          ]);
        }
        inserted += values.length;
      }
    }
    await conn.query("SET foreign_key_checks = 1, unique_checks = 1");
    log(`  copies: ${db} done (${inserted} rows so far, ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return inserted;
}

/** What the driver needs: per AMAP its rush template (lines, dates), a distribution, and its households with their person. */
async function describe(conns) {
  const [templates] = await conns.amap.query(
    "SELECT id, amapId FROM contract_template WHERE name LIKE 'Légumes de la ruée%'",
  );
  const [lines] = await conns.amap.query(
    "SELECT l.id, l.templateId FROM template_line l JOIN contract_template t ON t.id = l.templateId WHERE t.name LIKE 'Légumes de la ruée%' ORDER BY l.position",
  );
  const [dates] = await conns.amap.query(
    "SELECT td.templateId, td.distributionId FROM template_distribution td JOIN contract_template t ON t.id = td.templateId WHERE t.name LIKE 'Légumes de la ruée%'",
  );
  const [people] = await conns.member.query(
    "SELECT p.id AS personId, p.householdId, p.amapId, a.email FROM person p JOIN account a ON a.id = p.id WHERE p.isPrimary = 1",
  );
  // Households that already subscribed to the rush (a second run on the same data) are not asked again.
  const [done] = templates.length
    ? await conns.member.query("SELECT DISTINCT householdId FROM subscription WHERE templateId IN (?)", [
        templates.map((t) => t.id),
      ])
    : [[]];
  const subscribed = new Set(done.map((r) => r.householdId));
  for (const p of people) p.subscribed = subscribed.has(p.householdId);
  const byAmap = new Map(
    templates.map((t) => [
      t.amapId,
      { amapId: t.amapId, templateId: t.id, lineIds: [], distributionIds: [], households: [] },
    ]),
  );
  const byTemplate = new Map(templates.map((t) => [t.id, byAmap.get(t.amapId)]));
  for (const l of lines) byTemplate.get(l.templateId)?.lineIds.push(l.id);
  for (const d of dates) byTemplate.get(d.templateId)?.distributionIds.push(d.distributionId);
  for (const p of people) byAmap.get(p.amapId)?.households.push(p);
  return [...byAmap.values()];
}

/**
 * Creates the three databases afresh and fills them: `amaps` AMAPs of ~100 households.
 * Returns the region's description for the driver.
 */
async function generateRegion({ dbUrls, adminUrl, amaps, log = () => {} }) {
  const admin = await connect(adminUrl, { database: undefined });
  const { parseMysqlUrl } = require("../../services/kit/dist");
  for (const url of Object.values(dbUrls)) {
    const db = parseMysqlUrl(url).database;
    await admin.query(`DROP DATABASE IF EXISTS \`${db}\``);
    await admin.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  }
  await admin.end();
  const t0 = Date.now();
  const { amapId, seasonStart } = await buildSeed(dbUrls, log);
  log(`  seed AMAP built through the API in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const conns = Object.fromEntries(
    await Promise.all(Object.entries(dbUrls).map(async ([k, url]) => [k, await connect(url)])),
  );
  try {
    const rows = await seedRows(conns, amapId);
    const t1 = Date.now();
    const inserted = await copySeed(conns, rows, amapId, amaps, log);
    const copyS = (Date.now() - t1) / 1000;
    for (const c of Object.values(conns))
      await c.query(
        "ANALYZE TABLE " +
          (c === conns.member
            ? "household, person, subscription, delivery_line, installment, account, role_grant"
            : c === conns.amap
              ? "distribution, contract_template, template_line, template_distribution"
              : "amap"),
      );
    const region = await describe(conns);
    const households = region.reduce((n, a) => n + a.households.length, 0);
    return { region, seasonStart, households, inserted, copyS, password: PASSWORD };
  } finally {
    for (const c of Object.values(conns)) await c.end();
  }
}

/** The region already in `dbUrls` (BENCH_RUSH_REUSE=1: a second run on the same data). */
async function describeRegion(dbUrls) {
  const conns = Object.fromEntries(
    await Promise.all(Object.entries(dbUrls).map(async ([k, url]) => [k, await connect(url)])),
  );
  try {
    const region = await describe(conns);
    return {
      region,
      households: region.reduce((n, a) => n + a.households.length, 0),
      inserted: 0,
      copyS: 0,
      password: PASSWORD,
    };
  } finally {
    for (const c of Object.values(conns)) await c.end();
  }
}

module.exports = { generateRegion, describeRegion, PASSWORD };
