import fs from "node:fs";
import path from "node:path";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { buildWorld, type World } from "../../tools/src/demo/world";
import { startTestStack } from "./stack.helper";
import { bearer, personWith, post, type SignedIn } from "./auth.helper";

/*
 * The import through the gateway, as a newcomer's treasurer does it: the sample spreadsheet of
 * the documentation (150 households and their vegetable contract) uploaded, checked by a dry run
 * that writes nothing, confirmed; the sign-off sheet of the next distribution then lists the 150
 * households, and importing the same file again changes nothing.
 */

let stack: Stack;
let admin: Gql;
let world: World;
let bureau: SignedIn;
const SAMPLE = path.resolve(__dirname, "..", "..", "docs", "import", "exemple-150-foyers.csv");

const JOB = `id status totalRows processedRows failure mapping { column field } report { rows refusedRows households { created updated unchanged refused } people memberships subscriptions }`;

function nextThursday(): string {
  const d = new Date(Date.now() + 10 * 86_400_000);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Follows an import until its step ends, as the back-office does. */
async function until(jobId: string, status: string): Promise<any> {
  for (let i = 0; i < 600; i++) {
    const { importJob } = await bureau.gql(`query($id: ID!) { importJob(id: $id) { ${JOB} } }`, { id: jobId });
    if (importJob.status === status || importJob.status === "failed") return importJob;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`import ${jobId} never reached ${status}`);
}

/** Upload, dry run (nothing written: the households are still as before), confirmation. */
async function importSample(): Promise<{ checked: any; done: any }> {
  const before = await householdTotal();
  const content = fs.readFileSync(SAMPLE).toString("base64");
  const { uploadImportFile: job } = await bureau.gql(
    `mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { ${JOB} } }`,
    { i: { amapId: world.amapIds[0], fileName: "exemple-150-foyers.csv", contentBase64: content } },
  );
  expect(job).toMatchObject({ status: "uploaded", totalRows: 150 });
  await bureau.gql(`mutation($i: CheckImportInput!) { checkImport(input: $i) { id status } }`, {
    i: { jobId: job.id, mapping: job.mapping },
  });
  const checked = await until(job.id, "checked");
  expect(await householdTotal()).toBe(before);
  await bureau.gql(`mutation($i: ConfirmImportInput!) { confirmImport(input: $i) { id status } }`, {
    i: { jobId: job.id },
  });
  const done = await until(job.id, "done");
  return { checked, done };
}

const householdTotal = async () =>
  (await bureau.gql(`query($a: ID!) { households(filter: { amapId: $a }) { total } }`, { a: world.amapIds[0] }))
    .households.total;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("moveimport"));
  world = await buildWorld(admin, {
    amaps: 1,
    farms: 1,
    templatesPerAmap: 1,
    householdsPerAmap: 0,
    weeks: 6,
    seasonStart: nextThursday(),
  });
  bureau = await personWith(stack.graphqlUrl, admin, "tresorier@amap-nouvelle.example", [
    { role: "amap_admin", scopeId: world.amapIds[0] },
  ]);
}, 240_000);
afterAll(() => stack?.stop());

describe("importing the sample spreadsheet through the API", () => {
  it("checks it without writing, imports it on confirmation, and the next sign-off sheet lists the 150 households", async () => {
    const { checked, done } = await importSample();
    expect(checked.report).toMatchObject({
      rows: 150,
      refusedRows: 0,
      households: { created: 150, refused: 0 },
      memberships: 150,
      subscriptions: 150,
    });
    expect(done.report).toMatchObject({ households: { created: 150, refused: 0 }, subscriptions: 150 });
    expect(done.processedRows).toBe(150);
    expect(await householdTotal()).toBe(150);

    const sheet = await bureau.gql(
      `query($d: ID!) { distribution(id: $d) { signOffSheet { name items { productName quantity } } } }`,
      { d: world.distributionIds[0] },
    );
    const names: string[] = sheet.distribution.signOffSheet.map((l: { name: string }) => l.name);
    expect(names).toHaveLength(150);
    expect(names).toContain("Foyer Garcia Léa (1)");
    const items = sheet.distribution.signOffSheet.flatMap((l: { items: Array<{ productName: string }> }) =>
      l.items.map((i) => i.productName),
    );
    expect(new Set(items)).toEqual(new Set(["Panier de légumes", "Demi-panier de légumes"]));
  });

  it("imported again, changes nothing", async () => {
    const subscriptions = async () =>
      (await bureau.gql(`query($a: ID!) { subscriptions(filter: { amapId: $a }) { total } }`, { a: world.amapIds[0] }))
        .subscriptions.total;
    const before = await subscriptions();
    const { checked, done } = await importSample();
    expect(checked.report.households).toEqual({ created: 0, updated: 0, unchanged: 150, refused: 0 });
    expect(done.report).toMatchObject({ households: { unchanged: 150 }, people: 0, memberships: 0, subscriptions: 0 });
    expect(await householdTotal()).toBe(150);
    expect(await subscriptions()).toBe(before);
  });

  it("reports faults per line and column, in French", async () => {
    const csv =
      "Foyer;Nom;E-mail;Contrat;Produit;Quantité\nFoyer Test;Test;pas-une-adresse;Légumes;Panier de légumes;1\n";
    const { uploadImportFile: job } = await bureau.gql(
      `mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { id mapping { column field } } }`,
      { i: { amapId: world.amapIds[0], fileName: "erreur.csv", contentBase64: Buffer.from(csv).toString("base64") } },
    );
    await bureau.gql(`mutation($i: CheckImportInput!) { checkImport(input: $i) { id } }`, {
      i: { jobId: job.id, mapping: job.mapping },
    });
    await until(job.id, "checked");
    const r = await bureau.gql(
      `query($id: ID!) { importJob(id: $id) { errors { total items { line column text } } } }`,
      { id: job.id },
    );
    expect(r.importJob.errors.items[0]).toEqual({
      line: 2,
      column: "E-mail",
      text: "ligne 2, colonne « E-mail » : adresse e-mail invalide",
    });
  });

  it("shows its progress while it runs (the process keeps answering during a long import)", async () => {
    const rows = Array.from(
      { length: 600 },
      (_, i) => `Foyer Suivi ${i};Suivi${i};suivi.${i}@example.org;Légumes;Panier de légumes;1;1`,
    );
    const csv = ["Foyer;Nom;E-mail;Contrat;Produit;Quantité;Échéances", ...rows].join("\n");
    const { uploadImportFile: job } = await bureau.gql(
      `mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { id mapping { column field } } }`,
      { i: { amapId: world.amapIds[0], fileName: "suivi.csv", contentBase64: Buffer.from(csv).toString("base64") } },
    );
    const started = Date.now();
    await bureau.gql(`mutation($i: CheckImportInput!) { checkImport(input: $i) { id } }`, {
      i: { jobId: job.id, mapping: job.mapping },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const seen: Array<[string, number]> = [];
    for (;;) {
      const { importJob } = await bureau.gql(`query($id: ID!) { importJob(id: $id) { status processedRows } }`, {
        id: job.id,
      });
      seen.push([importJob.status, importJob.processedRows]);
      if (importJob.status !== "checking") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen.at(-1)).toEqual(["checked", 600]);
    expect(seen.some(([status, n]) => status === "checking" && n > 0 && n < 600)).toBe(true);
  });

  it("takes a file over 1 MB from a signed-in treasurer only", async () => {
    const long = "x".repeat(500);
    const csv =
      "Nom;E-mail;Notes\n" + Array.from({ length: 2200 }, (_, i) => `Gros${i};gros${i}@example.org;${long}`).join("\n");
    const variables = {
      i: { amapId: world.amapIds[0], fileName: "gros.csv", contentBase64: Buffer.from(csv).toString("base64") },
    };
    const query = `mutation($i: UploadImportFileInput!) { uploadImportFile(input: $i) { id totalRows } }`;
    expect(JSON.stringify(variables).length).toBeGreaterThan(1024 * 1024);
    const anonymous = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    expect(anonymous.status).toBe(413);
    const signed = await post(stack.graphqlUrl, query, variables, bearer(bureau.accessToken));
    expect(signed.data?.uploadImportFile.totalRows).toBe(2200);
  });
});
