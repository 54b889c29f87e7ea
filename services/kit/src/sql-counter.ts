import type { Logger, QueryRunner } from "typeorm";

/**
 * Counts SQL statements per data source, so tests can show that a request's statement count
 * does not grow with list sizes (DataLoader at work). Prints nothing unless SQL_LOG is set.
 */
export const sqlCounters: Record<string, number> = {};

export function sqlCount(name?: string): number {
  if (name) return sqlCounters[name] ?? 0;
  return Object.values(sqlCounters).reduce((a, b) => a + b, 0);
}

export function resetSqlCounters(): void {
  for (const k of Object.keys(sqlCounters)) sqlCounters[k] = 0;
}

export class CountingLogger implements Logger {
  constructor(private readonly name: string) {
    sqlCounters[name] = sqlCounters[name] ?? 0;
  }
  logQuery(query: string, parameters?: unknown[], _qr?: QueryRunner): void {
    sqlCounters[this.name] = (sqlCounters[this.name] ?? 0) + 1;
    if (process.env.SQL_LOG) console.log(`[sql:${this.name}] ${query}`, parameters ?? "");
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    if (process.env.SQL_LOG) console.error(`[sql:${this.name}] ERROR ${String(error)} in ${query}`, parameters ?? "");
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.SQL_LOG) console.log(`[migration:${this.name}] ${message}`);
  }
  log(): void {}
}
