import path from "node:path";
import fs from "node:fs";
import { DataSource, DataSourceOptions, MixedList, EntitySchema } from "typeorm";
import { CountingLogger } from "./sql-counter";

export type ServiceName = "network" | "amap" | "member";

export interface DbConfig {
  service: ServiceName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // Each engine has its own migration set: DDL differs, and MySQL must never synchronize.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: { sqlite: Function[]; mariadb: Function[] };
  /** Overrides the URL taken from the environment. `sqlite::memory:` or `sqlite:/path`, `mysql://…`. */
  url?: string;
  /** Name for the SQL statement counter (defaults to the service). */
  counterName?: string;
}

export const projectRoot = path.resolve(__dirname, "../../..");

/**
 * Where a service keeps its data: `<SERVICE>_DATABASE_URL` as given, else `DATABASE_URL` with
 * the service's name appended to the database (one database per subgraph), else an SQLite file
 * under `data/`.
 */
export function databaseUrl(service: ServiceName, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${service.toUpperCase()}_DATABASE_URL`];
  if (own) return own;
  const shared = env.DATABASE_URL;
  if (shared && !shared.startsWith("sqlite:")) {
    const u = new URL(shared);
    const base = u.pathname.replace(/^\//, "") || "champ_commun";
    u.pathname = `/${base}_${service}`;
    return u.toString();
  }
  const dir = shared?.startsWith("sqlite:") ? shared.slice("sqlite:".length) : path.join(projectRoot, "data");
  return `sqlite:${path.join(dir, `${service}.sqlite`)}`;
}

export function isMysqlUrl(url: string): boolean {
  return url.startsWith("mysql:") || url.startsWith("mariadb:");
}

export function dataSourceOptions(cfg: DbConfig): DataSourceOptions {
  const url = cfg.url ?? databaseUrl(cfg.service);
  const logger = new CountingLogger(cfg.counterName ?? cfg.service);
  if (isMysqlUrl(url)) {
    return {
      type: "mariadb", // not "mysql": with "mysql", TypeORM drops json columns on schema diff
      url: url.replace(/^mariadb:/, "mysql:"),
      entities: cfg.entities,
      migrations: cfg.migrations.mariadb,
      migrationsTransactionMode: "each",
      synchronize: false,
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      bigNumberStrings: false,
      supportBigNumbers: true,
      logging: ["query", "error", "migration"],
      logger,
      extra: { connectionLimit: Number(process.env.DB_POOL_SIZE ?? 10) },
    };
  }
  const file = url.slice("sqlite:".length);
  const database = file === ":memory:" ? ":memory:" : file;
  if (database !== ":memory:") fs.mkdirSync(path.dirname(database), { recursive: true });
  return {
    type: "better-sqlite3",
    database,
    entities: cfg.entities,
    migrations: cfg.migrations.sqlite,
    migrationsTransactionMode: "each",
    synchronize: false,
    enableWAL: database !== ":memory:",
    logging: ["query", "error", "migration"],
    logger,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
    },
  };
}

/** Opens the service's database and brings its schema up to date with the versioned migrations. */
export async function openDataSource(cfg: DbConfig): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(cfg));
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  return ds;
}
