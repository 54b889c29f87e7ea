import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";

/** On MariaDB, bulk operations lock the rows they read (`SELECT … FOR UPDATE`); SQLite serializes mutations instead (kit's write queue). */
export function forUpdate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  em: EntityManager,
): SelectQueryBuilder<T> {
  return em.connection.options.type === "mariadb" ? qb.setLock("pessimistic_write") : qb;
}

/**
 * MariaDB resolves two transactions racing for the same rows by aborting one: run it again, after
 * a short random pause so that the racers do not collide again in step.
 */
export async function withDeadlockRetry<T>(work: () => Promise<T>, attempts = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (err) {
      const code =
        (err as { driverError?: { code?: string }; code?: string }).driverError?.code ??
        (err as { code?: string }).code;
      if (i >= attempts || (code !== "ER_LOCK_DEADLOCK" && code !== "ER_LOCK_WAIT_TIMEOUT")) throw err;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * i));
    }
  }
}

/** Rows affected by an UPDATE, on both engines. */
export const affected = (res: { affected?: number | null }): number => res.affected ?? 0;
