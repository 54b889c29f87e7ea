import type { DataSource } from "typeorm";
import type { MiddlewareFn } from "type-graphql";
import type { BaseContext } from "./context";

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Embedded SQLite has one connection (TypeORM's better-sqlite3 driver shares one query runner):
 * two mutations writing at the same time would start a transaction inside another one, or nest as
 * savepoints and be rolled back together. On SQLite, writes therefore run one after the other:
 * mutations, and the background workers (outboxes, scheduler) through `queuedWrite`.
 * On MariaDB each transaction has its own connection and the services lock what they need.
 */
export function queuedWrite<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  if (ds.options.type !== "better-sqlite3") return fn();
  const previous = queues.get(ds) ?? Promise.resolve();
  const run = previous.then(() => fn());
  queues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

export const sqliteWriteQueue: MiddlewareFn<BaseContext> = ({ info, context }, next) => {
  if (info.parentType.name !== "Mutation") return next();
  return queuedWrite(context.ds, () => next() as Promise<unknown>);
};
