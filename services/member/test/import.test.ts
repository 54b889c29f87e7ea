import fs from "node:fs";
import path from "node:path";
import { DataSource } from "typeorm";
import ExcelJS from "exceljs";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { Household } from "../src/entities/household.entity";
import { Person } from "../src/entities/person.entity";
import { Membership } from "../src/entities/membership.entity";
import { Subscription, SubscriptionStatus } from "../src/entities/subscription.entity";
import { Installment } from "../src/entities/installment.entity";
import { ImportService } from "../src/import/import.service";
import { ImportStatus } from "../src/import/import-job.entity";
import { ImportRow } from "../src/import/import-row.entity";
import { runningImports } from "../src/import/import-runner";
import { ImportField } from "../src/import/import-fields";
import { BUILT_IN_PRESETS, suggestMapping } from "../src/import/import-presets";
import type { CatalogSource } from "../src/import/import-catalog";
import type { ImportCatalog } from "../src/import/import-plan";
import type { TemplateTerms } from "../src/services/template-terms";
import { asAmapGives, makeTerms, registerPeriod } from "./fixtures";

/*
 * Imports at the service level, over real SQL: the sample of the documentation, the dry run that
 * writes nothing, the messages per line and column, a refused household that leaves nothing, and
 * a second import of the same file that changes nothing.
 */

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
let terms: TemplateTerms;
const SAMPLE = path.resolve(__dirname, "..", "..", "..", "docs", "import", "exemple-150-foyers.csv");

/** The amap subgraph as the import reads it: one period and the vegetable contract (4 weekly deliveries). */
const catalog: CatalogSource = {
  async load(amap, wanted) {
    const templates = [{ id: terms.templateId, name: terms.name, status: "open" }];
    const c: ImportCatalog = {
      amapId: amap,
      periods: [registerPeriod(amapId, periodId, { name: "Adhésion 2026", minFeeCents: 1000 })],
      templates,
      terms: new Map(),
    };
    for (const id of wanted(templates)) c.terms.set(id, asAmapGives(terms));
    return c;
  },
};
const service = () => new ImportService(ds, "tresoriere", catalog);
const b64 = (text: string | Buffer) => Buffer.from(text).toString("base64");

async function finished(jobId: string) {
  await runningImports.get(jobId);
  return service().get(jobId);
}

async function counts() {
  return {
    households: await ds.getRepository(Household).countBy({ amapId }),
    people: await ds.getRepository(Person).countBy({ amapId }),
    memberships: await ds.getRepository(Membership).countBy({ amapId }),
    subscriptions: await ds.getRepository(Subscription).countBy({ amapId }),
    installments: await ds.getRepository(Installment).countBy({ amapId }),
  };
}

/** Upload, dry run (checked), confirm (done): the report of each step. */
async function importFile(
  name: string,
  content: string | Buffer,
  mapping?: Array<{ column: string; field: ImportField; date?: string | null }>,
) {
  const job = await service().upload({ amapId, fileName: name, contentBase64: b64(content) });
  await service().check({ jobId: job.id, mapping: mapping ?? job.mapping! });
  const checked = await finished(job.id);
  return { job: checked, confirm: async () => (await service().confirm(job.id), finished(job.id)) };
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "import"));
  const base = makeTerms(amapId, periodId);
  terms = makeTerms(amapId, periodId, {
    name: "Légumes 2026 – Ferme du Bout du Monde",
    kind: "fixed",
    allowedInstallmentCounts: [1, 3],
    acceptedMeans: ["cheque", "transfer"],
    cashingDates: [],
    lines: [
      {
        ...base.lines[0],
        productName: "Panier de légumes",
        unitPriceCents: 1800,
        minQuantity: 0,
        maxQuantity: 4,
        quotaPerDelivery: null,
      },
      {
        ...base.lines[1],
        productName: "Demi-panier de légumes",
        unit: "panier",
        unitPriceCents: 1000,
        minQuantity: 0,
        maxQuantity: 4,
        quotaPerDelivery: null,
      },
    ],
    availability: base.deliveries.flatMap((d) =>
      base.lines.map((l) => ({ templateLineId: l.id, distributionId: d.distributionId })),
    ),
    deliveries: base.deliveries,
  });
});
afterAll(() => ds.destroy());

describe("the sample of the documentation (150 households and their vegetable contract)", () => {
  it("is read with the plain layout's preset, checked without writing anything, then imported", async () => {
    const { job, confirm } = await importFile("exemple-150-foyers.csv", fs.readFileSync(SAMPLE));
    expect(job.mapping!.map((m) => m.field)).toEqual(BUILT_IN_PRESETS[0].columns.map((c) => c.field));
    expect(job.status).toBe(ImportStatus.checked);
    expect(job.report).toMatchObject({
      rows: 150,
      refusedRows: 0,
      households: { created: 150, refused: 0 },
      memberships: 150,
      subscriptions: 150,
    });
    expect(await counts()).toEqual({ households: 0, people: 0, memberships: 0, subscriptions: 0, installments: 0 });

    const done = await confirm();
    expect(done.status).toBe(ImportStatus.done);
    expect(done.report).toMatchObject({
      households: { created: 150, updated: 0, unchanged: 0, refused: 0 },
      subscriptions: 150,
    });
    const after = await counts();
    expect(after).toMatchObject({ households: 150, memberships: 150, subscriptions: 150 });
    expect(after.people).toBeGreaterThan(150);
    // Signed on paper: recorded as signed, the grid on every delivery, the schedule of the file.
    const subs = await ds.getRepository(Subscription).find({ where: { amapId } });
    expect(subs.every((s) => s.status === SubscriptionStatus.signed)).toBe(true);
    expect(new Set(subs.map((s) => s.installmentCount))).toEqual(new Set([1, 3]));
    // Once imported, the staged cells (names, e-mails) are gone.
    const staged = await ds.getRepository(ImportRow).find({ where: { jobId: done.id } });
    expect(staged.every((r) => r.cells.length === 0)).toBe(true);
  });

  it("imported again, changes nothing", async () => {
    const before = await counts();
    const { job, confirm } = await importFile("exemple-150-foyers.csv", fs.readFileSync(SAMPLE));
    expect(job.report).toMatchObject({
      households: { created: 0, updated: 0, unchanged: 150, refused: 0 },
      people: 0,
      memberships: 0,
      subscriptions: 0,
    });
    const done = await confirm();
    expect(done.report!.households.unchanged).toBe(150);
    expect(await counts()).toEqual(before);
  });
});

describe("messages per line and column", () => {
  const HEADER = "Foyer;Nom;Prénom;E-mail;Adhésion (€);Contrat;Produit;Quantité;Échéances\n";

  it("tells each fault in French with its line and column, and a refused household leaves nothing", async () => {
    const file =
      HEADER +
      "Foyer Azur;Azur;Jeanne;jeanne.azur@example.org;20;Légumes;Panier de légumes;1;3\n" + // line 2: fine
      "Foyer Bleu;Bleu;Paul;paul.bleu@@example;20;Légumes;Panier de légumes;1;1\n" + // line 3: e-mail
      "Foyer Cyan;Cyan;Lina;lina.cyan@example.org;20;Légumes;Panier de légumes;9;1\n" + // line 4: over the maximum
      "Foyer Cyan;Cyan;Omar;omar.cyan@example.org;20;Légumes;Demi-panier de légumes;1;1\n" + // line 5: same household
      "Foyer Dune;Dune;Eva;eva.dune@example.org;vingt;Légumes;Panier de légumes;1;2\n" + // line 6: amount, installments
      "Foyer Ocre;Ocre;Max;max.ocre@example.org;20;Fruits;Pommes;1;1\n"; // line 7: no such contract
    const { job, confirm } = await importFile("erreurs.csv", file);
    expect(job.report).toMatchObject({ rows: 6, refusedRows: 5, households: { created: 1, refused: 4 } });
    const errors = await service().errors(job.id, { perPage: 50 });
    const texts = errors.items.map((e) => `${e.line}|${e.column}|${e.message.fr}`);
    expect(texts).toEqual([
      "3|E-mail|Adresse e-mail invalide.",
      "4|Quantité|Au plus 4 panier par livraison pour « Panier de légumes ».",
      "6|Adhésion (€)|montant invalide (en euros, par exemple 20,00)",
      "7|Contrat|aucun contrat « Fruits » dans l'AMAP",
    ]);
    const done = await confirm();
    expect(done.report).toMatchObject({ households: { created: 1, refused: 4 } });
    const names = (await ds.getRepository(Household).find({ where: { amapId } })).map((h) => h.displayName);
    expect(names).toContain("Foyer Azur");
    // Line 4 was refused: nothing of Foyer Cyan, not even line 5's person nor its membership.
    expect(names.filter((n) => /Bleu|Cyan|Dune|Ocre/.test(n))).toEqual([]);
    expect(await ds.getRepository(Person).countBy({ email: "omar.cyan@example.org" })).toBe(0);
  });

  it("words the whole sentence as the treasurer reads it", async () => {
    const job = await service().upload({
      amapId,
      fileName: "un.csv",
      contentBase64: b64(HEADER + "Foyer Gris;Gris;Léo;leo.gris@;20;Légumes;Panier de légumes;1;1\n"),
    });
    await service().check({ jobId: job.id, mapping: job.mapping! });
    await finished(job.id);
    const { ImportResolver } = await import("../src/import/import.resolver");
    const page = await new ImportResolver().errors(await service().get(job.id), { page: 1, perPage: 10 }, {
      ds,
      lang: "fr",
      identity: null,
    } as never);
    expect(page.items[0].text).toBe("ligne 2, colonne « E-mail » : adresse e-mail invalide");
  });
});

describe("reading files and mapping columns", () => {
  it("reads a workbook, dates as headers become quantities on those dates", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Contrat");
    const dates = terms.deliveries.map((d) => d.date);
    sheet.addRow(["Nom", "Prénom", "E mail", ...dates.map((d) => new Date(`${d}T00:00:00Z`))]);
    sheet.addRow(["Vert", "Anouk", "anouk.vert@example.org", 1, 0, 2, 1]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await service().upload({
      amapId,
      fileName: "amapj.xlsx",
      contentBase64: b64(bytes),
      presetId: "builtin:amapj-contract",
    });
    expect(job.format).toBe("xlsx");
    expect(job.mapping!.map((m) => [m.field, m.date ?? null])).toEqual([
      [ImportField.person_last_name, null],
      [ImportField.person_first_name, null],
      [ImportField.person_email, null],
      ...dates.map((d) => [ImportField.subscription_quantity_on, d]),
    ]);
    expect(await service().preview(job.id)).toEqual([["Vert", "Anouk", "anouk.vert@example.org", "1", "0", "2", "1"]]);
  });

  it("suggests Cagette's columns from their English or French headers", () => {
    const m = suggestMapping(
      ["firstName", "lastName", "email", "Téléphone portable", "Prénom du conjoint", "zipCode", "Quelque chose"],
      BUILT_IN_PRESETS.find((p) => p.id === "builtin:cagette-members"),
    );
    expect(m.map((x) => x.field)).toEqual([
      ImportField.person_first_name,
      ImportField.person_last_name,
      ImportField.person_email,
      ImportField.person_phone,
      ImportField.person2_first_name,
      ImportField.household_postal_code,
      ImportField.ignore,
    ]);
  });

  it("refuses a mapping without people, a second run at once, and a confirmation before the dry run", async () => {
    const job = await service().upload({ amapId, fileName: "x.csv", contentBase64: b64("Nom;Produit\nRose;Panier\n") });
    await expect(
      service().check({ jobId: job.id, mapping: [{ column: "Produit", field: ImportField.subscription_product }] }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(service().confirm(job.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
