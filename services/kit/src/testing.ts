import { createHash } from "node:crypto";
import path from "node:path";
import mysql from "mysql2/promise";
import { graphql, GraphQLSchema } from "graphql";
import type { ServiceName } from "./data-source";

/** True when the suite runs against MariaDB (`DB=mariadb`), else on in-memory SQLite. */
export const onMariaDb = process.env.DB === "mariadb";

const MARIADB = {
  host: process.env.MARIADB_HOST ?? "127.0.0.1",
  port: Number(process.env.MARIADB_PORT ?? 3306),
  user: process.env.MARIADB_APP_USER ?? "champ",
  password: process.env.MARIADB_APP_PASSWORD ?? "champ",
};

// Two checkouts of the project (git worktrees, CI beside a developer) share one MariaDB server:
// each checkout's test databases carry a short hash of its path so their runs never collide.
const CHECKOUT =
  process.env.TEST_DB_CHECKOUT ??
  createHash("sha256")
    .update(path.resolve(__dirname, "..", "..", ".."))
    .digest("hex")
    .slice(0, 6);

/**
 * A fresh, empty database for one service in one test file: in-memory SQLite by default, or a
 * MariaDB database dropped and re-created (one per jest worker and `tag`) when DB=mariadb.
 */
export async function freshTestDbUrl(service: ServiceName, tag = "t"): Promise<string> {
  if (!onMariaDb) return "sqlite::memory:";
  const db = `champ_commun_test_${CHECKOUT}_${process.env.JEST_WORKER_ID ?? "0"}_${tag}_${service}`;
  const conn = await mysql.createConnection(MARIADB);
  await conn.query(`DROP DATABASE IF EXISTS \`${db}\``);
  await conn.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return `mysql://${MARIADB.user}:${MARIADB.password}@${MARIADB.host}:${MARIADB.port}/${db}`;
}

/** Runs an operation against a built schema in-process (the `gCall` helper of type-graphql's examples). */
export async function execute<T = Record<string, any>>(
  schema: GraphQLSchema,
  source: string,
  contextValue: unknown,
  variableValues?: Record<string, unknown>,
) {
  const res = await graphql({ schema, source, contextValue, variableValues });
  return res as { data?: T; errors?: readonly import("graphql").GraphQLError[] };
}
