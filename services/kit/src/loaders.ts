import DataLoader from "dataloader";
import { In, ObjectLiteral, Repository } from "typeorm";

// Keeps each IN (...) list well under SQLite's and MySQL's parameter limits.
const CHUNK = 500;

async function findIn<T extends ObjectLiteral>(
  repo: Repository<T>,
  column: string,
  keys: readonly string[],
  extra: Record<string, unknown> = {},
): Promise<T[]> {
  const unique = [...new Set(keys)];
  const rows: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    rows.push(...(await repo.find({ where: { ...extra, [column]: In(part) } as never })));
  }
  return rows;
}

/** One entity per key (usually the id), null when absent: one `IN (...)` per tick. */
export function loaderOne<T extends ObjectLiteral>(repo: Repository<T>, column = "id"): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await findIn(repo, column, keys);
    const byKey = new Map(rows.map((r) => [String(r[column]), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/**
 * Every entity whose `column` equals the key (a one-to-many relation), sorted by `sortBy`.
 * `extra` adds a fixed condition (a status, a kind) shared by all keys.
 */
export function loaderMany<T extends ObjectLiteral>(
  repo: Repository<T>,
  column: string,
  sortBy?: (a: T, b: T) => number,
  extra: Record<string, unknown> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await findIn(repo, column, keys, extra);
    if (sortBy) rows.sort(sortBy);
    const byKey = new Map<string, T[]>();
    for (const r of rows) {
      const k = String(r[column]);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}

/** A loader from any batch function returning a map, for grouped or computed relations. */
export function loaderFrom<V>(
  batch: (keys: string[]) => Promise<Map<string, V>>,
  fallback: () => V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const map = await batch([...new Set(keys)]);
    return keys.map((k) => (map.has(k) ? (map.get(k) as V) : fallback()));
  });
}

/** One French collator for every sort: `localeCompare(x, "fr")` builds a new one on each call. */
export const frenchCollator = new Intl.Collator("fr");

export const byText =
  <T>(key: keyof T) =>
  (a: T, b: T): number =>
    frenchCollator.compare(String(a[key]), String(b[key]));
