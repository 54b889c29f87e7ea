import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger, QueryRunner } from "typeorm";
import { log } from "./log";

/** Statements are logged at trace level (LOG_LEVEL=trace), their text only: parameters may be personal data. */
const sqlTraced = () => log().isLevelEnabled("trace");

/**
 * Counts SQL statements per data source, so tests can show that a request's statement count
 * does not grow with list sizes (DataLoader at work). Statements are logged at trace level only.
 */
export const sqlCounters: Record<string, number> = {};

/**
 * Work no request waits for (outbox workers, clocks, import jobs) runs inside `inBackground`: its
 * statements are counted apart, so a request's count is the request's alone, whatever the
 * workers happen to be doing at the same moment.
 */
const background = new AsyncLocalStorage<true>();
export const backgroundSqlCounters: Record<string, number> = {};

export function inBackground<T>(fn: () => T): T {
  return background.run(true, fn);
}

/** Marks the calls background work makes to other subgraphs, whose statements count as background too. */
export const BACKGROUND_HEADER = "x-champ-background";

export function isBackground(): boolean {
  return background.getStore() === true;
}

export function sqlCount(name?: string): number {
  if (name) return sqlCounters[name] ?? 0;
  return Object.values(sqlCounters).reduce((a, b) => a + b, 0);
}

/** When set, every statement (with its parameters) is also recorded here: for probes and plans. */
let captured: Array<{ query: string; parameters: unknown[] }> | null = null;

/** The statements `fn` runs, in order, with their parameters. */
export async function captureSql(fn: () => Promise<unknown>): Promise<Array<{ query: string; parameters: unknown[] }>> {
  const seen: Array<{ query: string; parameters: unknown[] }> = [];
  captured = seen;
  try {
    await fn();
  } finally {
    captured = null;
  }
  return seen;
}

/**
 * Statement counts of one request over small and over large data. A loader asked at two depths
 * (places, templates) answers in one batch or two depending on when the database replies, so the
 * counts may differ by `jitter`; what must not happen is growth with list sizes (an N+1 adds
 * dozens). Returns the reason when they are not alike, null when they are.
 */
export function statementGrowth(small: number, large: number, jitter: number, max = Infinity): string | null {
  if (Math.abs(large - small) > jitter)
    return `${small} statements over small data, ${large} over large (more than ${jitter} apart)`;
  if (Math.max(small, large) > max) return `${Math.max(small, large)} statements, more than ${max}`;
  return null;
}

export function resetSqlCounters(): void {
  for (const k of Object.keys(sqlCounters)) sqlCounters[k] = 0;
  for (const k of Object.keys(backgroundSqlCounters)) backgroundSqlCounters[k] = 0;
}

export class CountingLogger implements Logger {
  constructor(private readonly name: string) {
    sqlCounters[name] = sqlCounters[name] ?? 0;
  }
  logQuery(query: string, parameters?: unknown[], _qr?: QueryRunner): void {
    if (background.getStore()) {
      backgroundSqlCounters[this.name] = (backgroundSqlCounters[this.name] ?? 0) + 1;
      if (sqlTraced()) log().trace({ db: this.name, background: true, sql: query }, "sql");
      return;
    }
    sqlCounters[this.name] = (sqlCounters[this.name] ?? 0) + 1;
    captured?.push({ query, parameters: parameters ?? [] });
    if (sqlTraced()) log().trace({ db: this.name, sql: query }, "sql");
  }
  logQueryError(error: string | Error, query: string): void {
    log().debug({ db: this.name, err: error, sql: query }, "sql error");
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log().info({ db: this.name }, `migration: ${message}`);
  }
  log(): void {}
}
