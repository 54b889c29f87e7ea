import type { DataSource } from "typeorm";
import type { MiddlewareFn } from "type-graphql";
import type { BaseContext } from "./context";

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Embedded SQLite has one connection (TypeORM's better-sqlite3 driver shares one query runner):
 * two mutations writing at the same time would start a transaction inside another one, or nest as
 * savepoints and be rolled back together. On SQLite, mutations therefore run one after the other.
 * On MariaDB each transaction has its own connection and the services lock what they need.
 */
export const sqliteWriteQueue: MiddlewareFn<BaseContext> = ({ info, context }, next) => {
  if (info.parentType.name !== "Mutation") return next();
  return inWriteQueue(context.ds, next);
};

/**
 * Runs `work` in the data source's write queue (SQLite) or at once (MariaDB): for writes made
 * outside a mutation (background imports, clocks), which must not interleave with mutations.
 */
export function inWriteQueue<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (ds.options.type !== "better-sqlite3") return work();
  const previous = queues.get(ds) ?? Promise.resolve();
  const run = previous.then(() => work());
  queues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}
