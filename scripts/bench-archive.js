#!/usr/bin/env node
// `node scripts/bench-archive.js` (also run by `npm run bench`): moving in and out, measured.
//  1. Import speed: a 5,000-row spreadsheet (5,000 households, each with a membership and a
//     subscription to a weekly vegetable contract of BENCH_IMPORT_WEEKS deliveries) uploaded,
//     checked (dry run) and imported through the gateway: rows per second of each step, and the
//     ratio to creating the same households one mutation at a time (createHousehold) in the same run.
//  2. The archive of a 250-household AMAP (the sheet benchmark's AMAP: 8 contracts, 40 weeks):
//     its size (ZIP and raw JSON) and the time to build it through the gateway, against reading the
//     same rows with one SELECT per table (better-sqlite3) in the same run. Not a test.
//   BENCH_IMPORT_ROWS=5000  BENCH_IMPORT_WEEKS=40  BENCH_HOUSEHOLDS=250  BENCH_RUNS=5
require("reflect-metadata");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
// Builds dist/ unless BENCH_SKIP_BUILD, and gives the data generator of the statistics benchmark.
const { generate, median, timed } = require("./bench-stats");
const Database = require("better-sqlite3");
const { stringify } = require("csv-stringify/sync");
const { unzipSync, strFromU8 } = require("fflate");
const { startStack } = require("../tools/dist/stack");
const { apiClient } = require("../tools/dist/demo/client");
const { buildWorld } = require("../tools/dist/demo/world");
const { systemAuthorization } = require("../tools/dist/demo/system-token");
const kit = require("../services/kit/dist");

const ROWS = Number(process.env.BENCH_IMPORT_ROWS || 5000);
const WEEKS = Number(process.env.BENCH_IMPORT_WEEKS || 40);
const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS || 250);
const RUNS = Number(process.env.BENCH_RUNS || 5);

function nextThursday() {
  const d = new Date(Date.now() + 10 * 86_400_000);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A treasurer's spreadsheet: one household per row, its membership and its vegetable basket. */
function spreadsheet(rows, offset = 0) {
  const header = [
    "Foyer",
    "Nom",
    "Prénom",
    "E-mail",
    "Téléphone",
    "Adhésion (€)",
    "Adhésion payée",
    "Contrat",
    "Produit",
    "Quantité",
    "Échéances",
    "Règlement",
  ];
  const body = Array.from({ length: rows }, (_, k) => {
    const i = k + offset;
    return [
      `Foyer Banc ${i}`,
      `Banc${i}`,
      "Camille",
      `camille.banc.${i}@example.org`,
      `06 00 00 ${String(i % 100).padStart(2, "0")} 00`,
      "20,00",
      i % 4 ? "oui" : "non",
      "Légumes",
      i % 3 ? "Panier de légumes" : "Demi-panier de légumes",
      "1",
      i % 2 ? "3" : "1",
      "chèque",
    ];
  });
  return "\ufeff" + stringify([header, ...body], { delimiter: ";", record_delimiter: "\r\n" });
}

async function until(gql, jobId, status) {
  for (;;) {
    const { importJob } = await gql(
      `query($id: ID!) { importJob(id: $id) { status failure report { refusedRows households { created unchanged refused } } } }`,
      { id: jobId },
    );
    if (importJob.status === status) return importJob;
    if (importJob.status === "failed") throw new Error(`import failed: ${importJob.failure}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function benchImport() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-bench-import-"));
  const stack = await startStack({
    dbUrls: {
      network: `sqlite:${dir}/network.sqlite`,
      amap: `sqlite:${dir}/amap.sqlite`,
      member: `sqlite:${dir}/member.sqlite`,
    },
  });
  try {
    const gql = apiClient(stack.graphqlUrl, await systemAuthorization("bench"));
    const world = await buildWorld(gql, {
      amaps: 1,
      farms: 1,
      templatesPerAmap: 1,
      householdsPerAmap: 0,
      weeks: WEEKS,
      seasonStart: nextThursday(),
    });
    const amapId = world.amapIds[0];
    const csv = spreadsheet(ROWS);
    const [up, uploaded] = await timed(() =>
      gql(`mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { id mapping { column field } } }`, {
        i: { amapId, fileName: "banc.csv", contentBase64: Buffer.from(csv).toString("base64") },
      }),
    );
    const job = uploaded.uploadImportFile;
    const [check, checked] = await timed(async () => {
      await gql(`mutation($i: CheckImportInput!) { checkImport(input: $i) { id } }`, {
        i: { jobId: job.id, mapping: job.mapping },
      });
      return until(gql, job.id, "checked");
    });
    const [commit, done] = await timed(async () => {
      await gql(`mutation($i: ConfirmImportInput!) { confirmImport(input: $i) { id } }`, { i: { jobId: job.id } });
      return until(gql, job.id, "done");
    });
    if (done.report.households.created !== ROWS)
      throw new Error(`expected ${ROWS} households created, got ${JSON.stringify(done.report)}`);
    // The same kind of work without the import: households one mutation at a time, on a sample.
    const sample = Math.min(200, ROWS);
    const [oneByOne] = await timed(async () => {
      for (let i = 0; i < sample; i++) {
        await gql(`mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }`, {
          i: {
            amapId,
            displayName: `Foyer Manuel ${i}`,
            people: [{ firstName: "Sacha", lastName: `Manuel${i}`, email: `sacha.manuel.${i}@example.org` }],
          },
        });
      }
    });
    const perSec = (ms, n = ROWS) => ((n * 1000) / ms).toFixed(0);
    console.log(
      `\nImport of ${ROWS} rows (households + membership + a ${WEEKS}-delivery subscription each), ${(csv.length / 1024).toFixed(0)} KiB of CSV:`,
    );
    console.log(`  upload (read + stage)  ${(up / 1000).toFixed(1)} s   ${perSec(up)} rows/s`);
    console.log(
      `  dry run                ${(check / 1000).toFixed(1)} s   ${perSec(check)} rows/s   (refused: ${checked.report.refusedRows})`,
    );
    console.log(`  import                 ${(commit / 1000).toFixed(1)} s   ${perSec(commit)} rows/s`);
    console.log(
      `  createHousehold alone, one mutation per household (${sample}): ${perSec(oneByOne, sample)} households/s; the import writes a household with its membership, subscription, ${WEEKS} delivery lines and its schedule at ${(oneByOne / sample / (commit / ROWS)).toFixed(1)}× that pace`,
    );
  } finally {
    await stack.stop();
  }
}

async function benchArchive() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-bench-archive-"));
  const info = await generate(dir, 0, { amapCount: 1, householdsPerAmap: HOUSEHOLDS });
  const files = {
    network: path.join(dir, "network.sqlite"),
    amap: path.join(dir, "amap.sqlite"),
    member: path.join(dir, "member.sqlite"),
  };
  const amapId = info.amapIds[0];
  const stack = await startStack({
    dbUrls: { network: `sqlite:${files.network}`, amap: `sqlite:${files.amap}`, member: `sqlite:${files.member}` },
  });
  try {
    const token = await kit.signAccessToken(
      {
        subject: "system:bench-amap-admin",
        kind: "person",
        grants: [{ role: "amap_admin", scopeId: amapId, networkIds: [] }],
      },
      await kit.loadSigningKey(),
    );
    const gql = apiClient(stack.graphqlUrl, { authorization: `Bearer ${token}` });
    const QUERY = `query($a: ID!) { amapArchive(amapId: $a) { content byteSize } }`;
    const first = (await gql(QUERY, { a: amapId })).amapArchive;
    const unzipped = unzipSync(Buffer.from(first.content, "base64"));
    const manifest = JSON.parse(strFromU8(unzipped["manifest.json"]));
    const raw = Object.values(unzipped).reduce((n, f) => n + f.byteLength, 0);
    const rows = Object.values(manifest.counts).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
    // The same rows read with one SELECT per table, straight from the files.
    const dbs = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, new Database(f, { readonly: true })]));
    const handRead = () => {
      let n = 0;
      for (const [subgraph, counts] of Object.entries(manifest.counts)) {
        const db = dbs[subgraph];
        for (const table of db
          .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
          .all()
          .map((t) => t.name)) {
          const cols = db
            .prepare(`PRAGMA table_info("${table}")`)
            .all()
            .map((c) => c.name);
          if (cols.includes("amapId")) n += db.prepare(`SELECT * FROM "${table}" WHERE amapId = ?`).all(amapId).length;
        }
        void counts;
      }
      return n;
    };
    const api = [];
    const hand = [];
    for (let i = 0; i < RUNS; i++) {
      api.push((await timed(() => gql(QUERY, { a: amapId })))[0]);
      hand.push((await timed(async () => handRead()))[0]);
    }
    for (const db of Object.values(dbs)) db.close();
    console.log(
      `\nArchive of a ${HOUSEHOLDS}-household AMAP (${rows} rows in ${manifest.files.length} files; ${manifest.counts.member.DeliveryLine} delivery lines):`,
    );
    console.log(
      `  ZIP ${(first.byteSize / 1048576).toFixed(2)} MiB (${(raw / 1048576).toFixed(1)} MiB uncompressed, ${((100 * first.byteSize) / raw).toFixed(0)} %)`,
    );
    console.log(
      `  built through the gateway in ${median(api).toFixed(0)} ms (median of ${RUNS}); reading the same tables by hand: ${median(hand).toFixed(0)} ms; ratio ${(median(api) / median(hand)).toFixed(1)}×`,
    );
  } finally {
    await stack.stop();
  }
}

async function main() {
  process.env.NODE_ENV = process.env.NODE_ENV || "production";
  await benchImport();
  await benchArchive();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
