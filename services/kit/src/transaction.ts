import type { EntityManager } from "typeorm";

/** MariaDB's answers when two transactions wait on each other: safe to run the whole transaction again. */
export function isRetryableTransactionError(err: unknown): boolean {
  const e = err as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } };
  const errno = e?.errno ?? e?.driverError?.errno;
  const code = e?.code ?? e?.driverError?.code;
  return (
    errno === 1213 ||
    errno === 1205 ||
    code === "ER_LOCK_DEADLOCK" ||
    code === "ER_LOCK_WAIT_TIMEOUT" ||
    code === "SQLITE_BUSY"
  );
}

/**
 * Runs `fn` in a transaction, and again (a few times, with a short random back-off) when the
 * database aborted it as a deadlock victim: under concurrent sign-ups InnoDB's gap locks make
 * deadlocks a normal outcome, not a bug, and the user should not see them.
 */
export async function inTransaction<T>(
  em: EntityManager,
  fn: (em: EntityManager) => Promise<T>,
  retries = 4,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await em.transaction(fn);
    } catch (err) {
      if (attempt >= retries || !isRetryableTransactionError(err) || em.queryRunner?.isTransactionActive) throw err;
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt + Math.random() * 20));
    }
  }
}
