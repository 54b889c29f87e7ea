import { DataSource, In } from "typeorm";
import { inBackground, inTransaction, log, queuedWrite } from "@champ-commun/kit";
import { ImportJob, ImportReportData, ImportStatus } from "./import-job.entity";
import { ImportRow } from "./import-row.entity";
import { applyHousehold, ApplyOutcome, ImportRefusal, loadHouseholdIndex } from "./import-apply";
import { HouseholdPlan, ImportCatalog, planHouseholds, RowError } from "./import-plan";

/** Households written (or checked) per transaction: small enough that a batch holds SQLite's one connection for a fraction of a second. */
export const IMPORT_BATCH = Number(process.env.IMPORT_BATCH ?? 50);

/** Runs in this process, by job id (tests and the service wait on them; a job running nowhere is interrupted). */
export const runningImports = new Map<string, Promise<void>>();

class DryRun extends Error {}

/**
 * Lets the process answer other requests. better-sqlite3 answers synchronously: a batch is a chain
 * of promises that never waits for I/O, which would keep the event loop (HTTP, the progress a
 * treasurer polls) waiting until the whole import is done.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

interface BatchResult {
  outcomes: ApplyOutcome[];
  refused: Array<{ plan: HouseholdPlan; errors: RowError[] }>;
}

/**
 * A dry run (`check`) or the import itself (`commit`) of a job: the households are written with
 * the API's services, `IMPORT_BATCH` households per transaction, each household in its own
 * savepoint so that a refused one leaves nothing behind; a dry run rolls every batch back.
 * Progress is saved after each batch; the report and the messages per line at the end.
 */
export async function runImport(
  ds: DataSource,
  jobId: string,
  catalog: ImportCatalog,
  mode: "check" | "commit",
  actorId: string | null,
): Promise<void> {
  const jobs = ds.getRepository(ImportJob);
  try {
    const job = await jobs.findOneByOrFail({ id: jobId });
    const rows = await ds.getRepository(ImportRow).find({ where: { jobId }, order: { line: "ASC" } });
    const plans = planHouseholds(rows, job.mapping ?? [], catalog, job.options ?? {});
    const report: ImportReportData = {
      rows: rows.length,
      refusedRows: 0,
      households: { created: 0, updated: 0, unchanged: 0, refused: 0 },
      people: 0,
      memberships: 0,
      subscriptions: 0,
    };
    const errorsByLine = new Map<number, RowError[]>();
    const refusedLines = new Set<number>();
    let processed = 0;

    for (let i = 0; i < plans.length; i += IMPORT_BATCH) {
      await breathe();
      const batch = plans.slice(i, i + IMPORT_BATCH);
      const result = await queuedWrite(ds, () => runBatch(ds, batch, catalog, mode, actorId));
      for (const o of result.outcomes) {
        report.households[o.household]++;
        report.people += o.people;
        report.memberships += o.memberships;
        report.subscriptions += o.subscriptions;
      }
      for (const { plan, errors } of result.refused) {
        report.households.refused++;
        for (const l of plan.lines) refusedLines.add(l);
        for (const e of errors) errorsByLine.set(e.line, [...(errorsByLine.get(e.line) ?? []), e]);
      }
      processed += batch.reduce((n, p) => n + p.lines.length, 0);
      await queuedWrite(ds, () => jobs.update({ id: jobId }, { processedRows: processed }));
    }
    report.refusedRows = refusedLines.size;

    await queuedWrite(ds, () =>
      inTransaction(ds.manager, async (em) => {
        const repo = em.getRepository(ImportRow);
        await repo.update({ jobId }, { refused: false, errors: null });
        const lines = [...refusedLines];
        for (let k = 0; k < lines.length; k += 500)
          await repo.update({ jobId, line: In(lines.slice(k, k + 500)) }, { refused: true });
        for (const [line, errors] of errorsByLine) await repo.update({ jobId, line }, { errors: errors });
        // Once imported, the staged cells (names, e-mails) go: only the messages stay for the report.
        if (mode === "commit") await repo.update({ jobId }, { cells: [] as never });
        await em.getRepository(ImportJob).update(
          { id: jobId },
          {
            status: mode === "check" ? ImportStatus.checked : ImportStatus.done,
            processedRows: rows.length,
            report: report,
            finishedAt: new Date(),
          },
        );
      }),
    );
  } catch (err) {
    // The cause goes to the log without the file's content (names, e-mails).
    log().error({ jobId, errorType: (err as Error).name, code: (err as { code?: string }).code }, "import job failed");
    await queuedWrite(ds, () =>
      jobs.update(
        { id: jobId },
        {
          status: ImportStatus.failed,
          failure:
            "L'import s'est arrêté sur une erreur inattendue ; les lots déjà importés sont conservés, relancez-le : rien ne sera importé deux fois.",
          finishedAt: new Date(),
        },
      ),
    ).catch(() => undefined);
  }
}

async function runBatch(
  ds: DataSource,
  batch: HouseholdPlan[],
  catalog: ImportCatalog,
  mode: "check" | "commit",
  actorId: string | null,
): Promise<BatchResult> {
  let result: BatchResult = { outcomes: [], refused: [] };
  try {
    await inTransaction(ds.manager, async (em) => {
      result = { outcomes: [], refused: [] };
      const index = await loadHouseholdIndex(em, catalog.amapId);
      const ctx = { amapId: catalog.amapId, catalog, actorId, now: new Date(), index };
      for (const plan of batch) {
        await breathe();
        try {
          result.outcomes.push(await em.transaction((tx) => applyHousehold(tx, plan, ctx)));
        } catch (err) {
          if (!(err instanceof ImportRefusal)) throw err;
          result.refused.push({ plan, errors: err.errors });
        }
      }
      if (mode === "check") throw new DryRun();
    });
  } catch (err) {
    if (!(err instanceof DryRun)) throw err;
  }
  return result;
}

/** Starts a run in the background; its promise is kept until it ends. */
export function startImport(
  ds: DataSource,
  jobId: string,
  catalog: ImportCatalog,
  mode: "check" | "commit",
  actorId: string | null,
): void {
  // Background work: no request waits for it (its statements are counted apart, see sql-counter.ts).
  const run = inBackground(() => runImport(ds, jobId, catalog, mode, actorId)).finally(() =>
    runningImports.delete(jobId),
  );
  runningImports.set(jobId, run);
}
