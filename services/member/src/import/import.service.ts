import { DataSource, EntityManager, In, LessThan, Not } from "typeorm";
import { Check, conflict, findPage, getOrThrow, insertMany, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { ImportJob, ImportStatus } from "./import-job.entity";
import { ImportRow } from "./import-row.entity";
import { ImportPreset } from "./import-preset.entity";
import { ImportField } from "./import-fields";
import { BUILT_IN_PRESETS, ColumnMapping, suggestMapping } from "./import-presets";
import { decodeBase64, readImportFile } from "./import-file";
import { contractsNamed, ImportOptions, RowError } from "./import-plan";
import { runningImports, startImport } from "./import-runner";
import type { CatalogSource } from "./import-catalog";
import { t } from "../i18n";

const JOB = t("import.import");
const PRESET = t("import.columnPreset");
/** Staged files are dropped after this many days, imported or not. */
const KEEP_DAYS = 7;
/** A running step that has not moved for this long ran in a process that stopped. */
const STALE_MS = 5 * 60_000;

export interface UploadInput {
  amapId: string;
  fileName: string;
  contentBase64: string;
  sheetName?: string | null;
  presetId?: string | null;
}

export interface CheckInput {
  jobId: string;
  mapping: ColumnMapping[];
  periodId?: string | null;
  templateId?: string | null;
  /** Saves the mapping as a preset of the AMAP under this name. */
  savePresetAs?: string | null;
}

export interface PresetView {
  id: string;
  amapId: string;
  name: string;
  description: string;
  builtIn: boolean;
  mapping: ColumnMapping[];
}

const PERSON_FIELDS = [ImportField.person_last_name, ImportField.person_first_name, ImportField.person_email];

/**
 * Imports of CSV and XLSX files into an AMAP: the file is read and staged, its columns mapped
 * (suggested from a preset and from the headers), checked by a dry run with the API's rules, and
 * imported once the treasurer confirms. Runs go in the background (import-runner.ts); the job
 * tells their progress.
 */
export class ImportService {
  constructor(
    private readonly ds: DataSource,
    private readonly actorId: string | null,
    private readonly catalog: CatalogSource,
    private readonly em: EntityManager = ds.manager,
  ) {}

  async get(id: string): Promise<ImportJob> {
    const job = await getOrThrow(this.em.getRepository(ImportJob), id, JOB);
    return this.interrupted(job);
  }

  /** A running job nobody runs any more (its process stopped): failed, to be run again. */
  private async interrupted(job: ImportJob): Promise<ImportJob> {
    const running = job.status === ImportStatus.checking || job.status === ImportStatus.importing;
    if (!running || runningImports.has(job.id) || Date.now() - job.updatedAt.getTime() < STALE_MS) return job;
    job.status = ImportStatus.failed;
    job.failure = "L'import a été interrompu (le service a redémarré) : relancez-le ; rien ne sera importé deux fois.";
    await this.em.getRepository(ImportJob).update({ id: job.id }, { status: job.status, failure: job.failure });
    return job;
  }

  async list(amapId: string, page: Partial<PageArgs>): Promise<Page<ImportJob>> {
    const found = await findPage(this.em.getRepository(ImportJob), { amapId }, page, ["createdAt"], {
      createdAt: "DESC",
    });
    return { ...found, items: await Promise.all(found.items.map((j) => this.interrupted(j))) };
  }

  /** The messages of the last run, line by line. */
  async errors(jobId: string, page: Partial<PageArgs>): Promise<Page<RowError>> {
    const rows = await this.em
      .getRepository(ImportRow)
      .find({ select: { line: true, errors: true }, where: { jobId, refused: true }, order: { line: "ASC" } });
    const all = rows.flatMap((r) => r.errors ?? []);
    const perPage = Math.min(page.perPage ?? 25, 100);
    const skip = ((page.page ?? 1) - 1) * perPage;
    return { items: all.slice(skip, skip + perPage), total: all.length };
  }

  /** The first rows of the file, as read (for the mapping screen). */
  async preview(jobId: string, count = 5): Promise<string[][]> {
    const rows = await this.em
      .getRepository(ImportRow)
      .find({ select: { cells: true, line: true }, where: { jobId }, order: { line: "ASC" }, take: count });
    return rows.map((r) => r.cells);
  }

  async presets(amapId: string): Promise<PresetView[]> {
    const saved = await this.em.getRepository(ImportPreset).find({ where: { amapId }, order: { name: "ASC" } });
    return [
      ...BUILT_IN_PRESETS.map((p) => ({
        id: p.id,
        amapId,
        name: p.name,
        description: p.description,
        builtIn: true,
        mapping: p.columns,
      })),
      ...saved.map((p) => ({ id: p.id, amapId, name: p.name, description: "", builtIn: false, mapping: p.mapping })),
    ];
  }

  private async preset(amapId: string, id: string | null | undefined): Promise<{ columns: ColumnMapping[] } | null> {
    if (!id) return BUILT_IN_PRESETS[0];
    const builtIn = BUILT_IN_PRESETS.find((p) => p.id === id);
    if (builtIn) return builtIn;
    const saved = await getOrThrow(this.em.getRepository(ImportPreset), id, PRESET, { amapId });
    return { columns: saved.mapping };
  }

  async savePreset(amapId: string, name: string, mapping: ColumnMapping[]): Promise<PresetView> {
    const check = new Check();
    check.id("amapId", amapId, { required: true });
    const n = check.text("name", name, { required: true, max: 100 });
    this.checkMapping(check, mapping, null);
    check.done();
    const repo = this.em.getRepository(ImportPreset);
    const existing = await repo.findOne({ where: { amapId, name: n! } });
    const preset = existing ?? repo.create({ id: uuidv7(), amapId, name: n!, createdBy: this.actorId ?? "system" });
    preset.mapping = mapping.map((m) => ({ column: m.column, field: m.field, date: m.date ?? null }));
    await repo.save(preset);
    return { id: preset.id, amapId, name: preset.name, description: "", builtIn: false, mapping: preset.mapping };
  }

  async deletePreset(id: string): Promise<boolean> {
    const preset = await getOrThrow(this.em.getRepository(ImportPreset), id, PRESET);
    await this.em.getRepository(ImportPreset).delete({ id: preset.id });
    return true;
  }

  /** Reads the file, stages its rows and suggests a mapping; nothing of the AMAP is written. */
  async upload(input: UploadInput): Promise<ImportJob> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    const fileName = check.text("fileName", input.fileName, { required: true, max: 200 });
    check.done();
    const table = await readImportFile(fileName!, decodeBase64(input.contentBase64), input.sheetName);
    const preset = await this.preset(input.amapId, input.presetId);
    await this.purgeOld(input.amapId);
    return this.em.transaction(async (em) => {
      const job = em.getRepository(ImportJob).create({
        id: uuidv7(),
        amapId: input.amapId,
        createdBy: this.actorId ?? "system",
        fileName: fileName!,
        format: table.format,
        sheetName: input.sheetName ?? table.sheets[0] ?? null,
        status: ImportStatus.uploaded,
        columns: table.columns,
        mapping: suggestMapping(table.columns, preset),
        options: {},
        totalRows: table.rows.length,
        processedRows: 0,
        report: null,
        failure: "",
        finishedAt: null,
      });
      await em.getRepository(ImportJob).insert(job);
      await insertMany(
        em.getRepository(ImportRow),
        table.rows.map((r) => ({
          id: uuidv7(),
          jobId: job.id,
          amapId: input.amapId,
          line: r.line,
          cells: r.cells,
          refused: false,
          errors: null,
        })) as never,
      );
      return job;
    });
  }

  private checkMapping(check: Check, mapping: ColumnMapping[], columns: string[] | null): void {
    if (!Array.isArray(mapping) || !mapping.length) return check.fail("mapping", t("import.sayWhatEachColumn"));
    mapping.forEach((m, i) => {
      if (columns && !columns.includes(m.column))
        check.fail(`mapping.${i}.column`, t("import.fileHasNoColumn", { column: m.column }));
      if (!Object.values(ImportField).includes(m.field)) check.fail(`mapping.${i}.field`, t("import.unknownField"));
      if (m.field === ImportField.subscription_quantity_on) check.date(`mapping.${i}.date`, m.date, { required: true });
    });
    const fields = mapping
      .map((m) => m.field)
      .filter((f) => f !== ImportField.ignore && f !== ImportField.subscription_quantity_on);
    const twice = fields.find((f, i) => fields.indexOf(f) !== i);
    if (twice) check.fail("mapping", t("import.twoColumnsCannotHold"));
    if (!fields.some((f) => PERSON_FIELDS.includes(f))) check.fail("mapping", t("import.giveAtLeastColumn"));
  }

  private async runnable(jobId: string, allowed: ImportStatus[]): Promise<ImportJob> {
    const job = await this.get(jobId);
    if (!allowed.includes(job.status)) {
      throw conflict(
        job.status === ImportStatus.checking || job.status === ImportStatus.importing
          ? t("import.importAlreadyRunning")
          : job.status === ImportStatus.done
            ? t("import.importFinishedUploadFile")
            : t("import.checkFileFirstDry"),
        "jobId",
      );
    }
    const busy = await this.em.getRepository(ImportJob).exists({
      where: { amapId: job.amapId, id: Not(job.id), status: In([ImportStatus.checking, ImportStatus.importing]) },
    });
    if (busy) throw conflict(t("import.anotherImportAmapRunning"), "jobId");
    return job;
  }

  /** Sets the mapping and starts the dry run: every row checked with the API's rules, nothing kept. */
  async check(input: CheckInput): Promise<ImportJob> {
    const job = await this.runnable(input.jobId, [ImportStatus.uploaded, ImportStatus.checked, ImportStatus.failed]);
    const check = new Check();
    this.checkMapping(check, input.mapping, job.columns);
    check.id("periodId", input.periodId);
    check.id("templateId", input.templateId);
    check.done();
    const mapping = job.columns.map((column) => {
      const m = input.mapping.find((x) => x.column === column);
      return { column, field: m?.field ?? ImportField.ignore, date: m?.date ?? null };
    });
    if (input.savePresetAs?.trim()) await this.savePreset(job.amapId, input.savePresetAs, mapping);
    const options: ImportOptions = { periodId: input.periodId ?? null, templateId: input.templateId ?? null };
    return this.start(job, { mapping, options }, "check");
  }

  /** The treasurer confirms a checked import: it is written, batch by batch. */
  async confirm(jobId: string): Promise<ImportJob> {
    const job = await this.runnable(jobId, [ImportStatus.checked]);
    return this.start(job, {}, "commit");
  }

  private async start(job: ImportJob, changes: Partial<ImportJob>, mode: "check" | "commit"): Promise<ImportJob> {
    Object.assign(job, changes);
    const rows = await this.em
      .getRepository(ImportRow)
      .find({ select: { cells: true, line: true }, where: { jobId: job.id } });
    const catalog = await this.catalog.load(job.amapId, (templates) => [
      ...new Set([
        ...contractsNamed(rows, job.mapping ?? [], templates),
        ...(job.options?.templateId ? [job.options.templateId] : []),
      ]),
    ]);
    const status = mode === "check" ? ImportStatus.checking : ImportStatus.importing;
    await this.em
      .getRepository(ImportJob)
      .update({ id: job.id }, { ...changes, status, processedRows: 0, failure: "" });
    startImport(this.ds, job.id, catalog, mode, this.actorId);
    return this.get(job.id);
  }

  /** Staged files of the AMAP older than a week go, with their rows. */
  private async purgeOld(amapId: string): Promise<void> {
    const old = await this.em.getRepository(ImportJob).find({
      select: { id: true },
      where: { amapId, createdAt: LessThan(new Date(Date.now() - KEEP_DAYS * 86_400_000)) },
    });
    if (!old.length) return;
    await this.em.getRepository(ImportRow).delete({ jobId: In(old.map((j) => j.id)) });
    await this.em.getRepository(ImportJob).delete({ id: In(old.map((j) => j.id)) });
  }
}
