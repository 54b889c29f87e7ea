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

// Kept here for its importers; defined apart so that light processes (the gateway) need not load TypeORM.
export { projectRoot } from "./paths";
import { projectRoot } from "./paths";

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
    // Not `new URL`: a URL naming several hosts (`h1:3306,h2:3306`) is not a WHATWG URL.
    const m = /^([a-z0-9]+:\/\/[^/]*)\/?([^?]*)(\?.*)?$/i.exec(shared);
    if (!m) throw new Error("DATABASE_URL: expected mysql://user:password@host:port/database");
    return `${m[1]}/${m[2] || "champ_commun"}_${service}${m[3] ?? ""}`;
  }
  const dir = shared?.startsWith("sqlite:") ? shared.slice("sqlite:".length) : path.join(projectRoot, "data");
  return `sqlite:${path.join(dir, `${service}.sqlite`)}`;
}

export function isMysqlUrl(url: string): boolean {
  return url.startsWith("mysql:") || url.startsWith("mariadb:");
}

export interface MysqlTarget {
  hosts: Array<{ host: string; port: number }>;
  username: string;
  password: string;
  database: string;
}

/**
 * `mysql://user:password@host1:3306,host2:3307/database`: one or several hosts (the nodes of a
 * Galera cluster), user and password URL-encoded.
 */
export function parseMysqlUrl(url: string): MysqlTarget {
  const m = /^(?:mysql|mariadb):\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]+)\/([^?]*)/i.exec(url);
  if (!m) throw new Error(`not a MySQL/MariaDB URL: ${url.replace(/:[^:@/]*@/, ":***@")}`);
  const hosts = m[3].split(",").map((h) => {
    const [host, port] = h.trim().split(":");
    return { host, port: Number(port || 3306) };
  });
  return {
    username: decodeURIComponent(m[1] ?? ""),
    password: decodeURIComponent(m[2] ?? ""),
    hosts,
    database: decodeURIComponent(m[4]),
  };
}

/** A node that must not take queries for a while: connection refused or lost, or out of its cluster (1047). */
function nodeLost(err: { code?: string; errno?: number } | null | undefined): boolean {
  const c = err?.code;
  return (
    c === "ECONNREFUSED" ||
    c === "ECONNRESET" ||
    c === "PROTOCOL_CONNECTION_LOST" ||
    c === "EPIPE" ||
    c === "ETIMEDOUT" ||
    c === "EHOSTUNREACH" ||
    err?.errno === 1047 ||
    err?.errno === 1053 ||
    err?.errno === 2013
  );
}

/**
 * A mysql2 module whose pool fails over between several hosts (the nodes of a Galera cluster):
 * one mysql2 pool per node, used in the order given, all writers on the first node that works
 * (spreading writes over Galera nodes would only turn row locks into certification failures).
 * A node whose connection was refused or lost, or that answered "not ready" (1047: out of the
 * primary component, or still joining), is set aside for `DB_NODE_RETRY_MS`; before it takes
 * queries again it must say `wsrep_ready = ON` (a node that has just restarted is Joining for a
 * while). A transaction cut by a node's death fails, and is never acknowledged; the next one
 * goes to the next node. TypeORM's own `replication` mode sends every write to one fixed
 * master, with no failover, and mysql2's PoolCluster knows no "joining" state.
 */
export function failoverDriver(hosts: MysqlTarget["hosts"]): any {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mysql2 = require("mysql2");
  const asideMs = Number(process.env.DB_NODE_RETRY_MS ?? 2_000);
  type Conn = {
    query: (...args: unknown[]) => unknown;
    release: () => void;
    destroy: () => void;
    __failover?: boolean;
  };
  type Cb = (err: unknown, conn?: Conn) => void;
  return {
    ...mysql2,
    createPool(options: Record<string, unknown>) {
      const nodes = hosts.map((h) => ({
        pool: mysql2.createPool({ ...options, host: h.host, port: h.port }),
        asideUntil: 0,
        probe: false,
      }));
      const setAside = (n: (typeof nodes)[number]) => {
        n.asideUntil = Date.now() + asideMs;
        n.probe = true;
      };
      // Every query on a connection of node `n`: a lost node is set aside at once, not at the next connection.
      const watch = (n: (typeof nodes)[number], conn: Conn) => {
        if (conn.__failover) return;
        conn.__failover = true;
        const query = conn.query.bind(conn);
        conn.query = (...args: unknown[]) => {
          const last = args.length - 1;
          if (typeof args[last] === "function") {
            const cb = args[last] as (err: unknown, ...rest: unknown[]) => void;
            args[last] = (err: unknown, ...rest: unknown[]) => {
              if (err && nodeLost(err)) setAside(n);
              cb(err, ...rest);
            };
          }
          return query(...args);
        };
      };
      const getConnection = (cb: Cb) => {
        const now = Date.now();
        const order = [...nodes.filter((n) => n.asideUntil <= now), ...nodes.filter((n) => n.asideUntil > now)];
        const attempt = (i: number, lastErr: unknown) => {
          if (i >= order.length) return cb(lastErr);
          const n = order[i];
          n.pool.getConnection((err: unknown, conn: Conn) => {
            if (err) {
              setAside(n);
              return attempt(i + 1, err);
            }
            watch(n, conn);
            if (!n.probe) return cb(null, conn);
            // Back from aside: only once the node says it is ready (Galera: synced with the cluster).
            conn.query("SHOW STATUS LIKE 'wsrep_ready'", (perr: unknown, rows: Array<{ Value?: string }>) => {
              if (!perr && (rows.length === 0 || rows[0].Value === "ON")) {
                n.probe = false;
                return cb(null, conn);
              }
              conn.destroy();
              setAside(n);
              attempt(
                i + 1,
                perr ??
                  new Error(`database node ${hosts[nodes.indexOf(n)].host}:${hosts[nodes.indexOf(n)].port} not ready`),
              );
            });
          });
        };
        attempt(0, null);
      };
      return {
        getConnection,
        end: (cb?: (err?: unknown) => void) => {
          let left = nodes.length;
          for (const n of nodes) n.pool.end(() => --left === 0 && cb?.());
        },
        on: () => undefined,
      };
    },
  };
}

export function dataSourceOptions(cfg: DbConfig): DataSourceOptions {
  const url = cfg.url ?? databaseUrl(cfg.service);
  const logger = new CountingLogger(cfg.counterName ?? cfg.service);
  if (isMysqlUrl(url)) {
    const target = parseMysqlUrl(url);
    return {
      type: "mariadb", // not "mysql": with "mysql", TypeORM drops json columns on schema diff
      host: target.hosts[0].host,
      port: target.hosts[0].port,
      username: target.username,
      password: target.password,
      database: target.database,
      ...(target.hosts.length > 1 ? { driver: failoverDriver(target.hosts) } : {}),
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

/** Seconds a starting process waits for another one's migrations before it gives up. */
const MIGRATION_LOCK_WAIT_S = Number(process.env.MIGRATION_LOCK_WAIT_SECONDS ?? 300);

/**
 * Runs the pending migrations under a MariaDB named lock (GET_LOCK, held by one connection for
 * the run), so that N replicas starting together migrate once: the others wait, then find
 * nothing pending. SQLite is one process's file: no lock needed. On Galera a named lock is held
 * by one node only; every process takes the first node that works (failoverDriver), so they
 * meet on the same node; should two run DDL on two nodes, Galera orders DDL cluster-wide and
 * the loser's migration fails and is retried at its next start.
 */
export async function runMigrationsLocked(ds: DataSource): Promise<void> {
  if (ds.options.type !== "mariadb" && ds.options.type !== "mysql") {
    await ds.runMigrations({ transaction: "each" });
    return;
  }
  const qr = ds.createQueryRunner();
  try {
    const name = `champ_commun_migrate:${String(ds.options.database).slice(0, 40)}`;
    const [row] = await qr.query("SELECT GET_LOCK(?, ?) AS got", [name, MIGRATION_LOCK_WAIT_S]);
    if (Number(row?.got) !== 1)
      throw new Error(
        `migrations of ${ds.options.database}: another process held the lock for ${MIGRATION_LOCK_WAIT_S} s`,
      );
    try {
      await ds.runMigrations({ transaction: "each" });
    } finally {
      await qr.query("SELECT RELEASE_LOCK(?)", [name]);
    }
  } finally {
    await qr.release();
  }
}

/** True when the database answers and no migration is pending: what a replica's /ready reports. */
export async function databaseReady(ds: DataSource): Promise<boolean> {
  if (!ds.isInitialized) return false;
  try {
    await ds.query("SELECT 1");
    // Migrations never become pending in a running process: checked until they are done, then remembered.
    if (!migrated.has(ds)) {
      if (await ds.showMigrations()) return false;
      migrated.add(ds);
    }
    return true;
  } catch {
    return false;
  }
}

const migrated = new WeakSet<DataSource>();

/** Opens the service's database and brings its schema up to date with the versioned migrations. */
export async function openDataSource(cfg: DbConfig): Promise<DataSource> {
  const ds = new DataSource(dataSourceOptions(cfg));
  await ds.initialize();
  await runMigrationsLocked(ds);
  return ds;
}
