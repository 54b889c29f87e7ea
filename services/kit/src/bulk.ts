import { ObjectLiteral, Repository } from "typeorm";

const CHUNK = 500;

/**
 * Inserts many rows in a few statements, each well under the engines' parameter limits.
 * `updateEntity(false)`: after a multi-row insert TypeORM re-reads defaulted columns and merges
 * them back by position, not by id, which swaps the ids of time-ordered UUIDs made in the same
 * millisecond. The rows carry every value already, so nothing needs reading back.
 */
export async function insertMany<T extends ObjectLiteral>(repo: Repository<T>, rows: Array<Partial<T>>): Promise<void> {
  // Nothing is read back: a versioned record starts at version 1 here, as the database would have it.
  const version = repo.metadata.versionColumn?.propertyName;
  if (version) for (const row of rows) (row as Record<string, unknown>)[version] ??= 1;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await repo
      .createQueryBuilder()
      .insert()
      .values(rows.slice(i, i + CHUNK))
      .updateEntity(false)
      .execute();
  }
}
