import { EntityManager, EntityMetadata, In } from "typeorm";

/*
 * An AMAP's archive is made of rows, entity by entity, read and written through TypeORM's
 * metadata so that a new entity carrying `amapId` goes into the archive (and back) without
 * anyone listing it. Rows travel as JSON: instants as ISO strings, everything else as stored.
 */

export type ArchiveRows = Record<string, Array<Record<string, unknown>>>;

const CHUNK = 200;

/** Entities of a data source that hold an AMAP's rows (an `amapId` column), by name. */
export function amapOwnedEntities(em: EntityManager, except: string[] = []): EntityMetadata[] {
  return em.connection.entityMetadatas.filter(
    (m) => m.columns.some((c) => c.propertyName === "amapId") && !except.includes(m.targetName),
  );
}

/** A row as JSON: instants as ISO strings. */
export function rowToJson(row: Record<string, unknown>, omit: RegExp | null = null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    if (!omit || !omit.test(k)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

/** Every row of these entities whose `column` is one of `ids` (read in slices), ordered by primary key. */
export async function rowsWhere(
  em: EntityManager,
  meta: EntityMetadata,
  column: string,
  ids: string[],
): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  const key = meta.primaryColumns[0]?.propertyName ?? "id";
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await em
      .getRepository(meta.target)
      .find({ where: { [column]: In(ids.slice(i, i + 500)) }, order: { [key]: "ASC" } });
    out.push(...(rows as Array<Record<string, unknown>>).map((r) => rowToJson(r)));
  }
  return out;
}

/** A JSON row back into the entity's types: datetime columns become Dates. */
function fromJson(meta: EntityMetadata, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const c of meta.columns) {
    const v = out[c.propertyName];
    const type = typeof c.type === "string" ? c.type : "";
    if (typeof v === "string" && (type === "datetime" || type === "timestamp" || c.isCreateDate || c.isUpdateDate))
      out[c.propertyName] = new Date(v);
  }
  return out;
}

export interface RestoreCount {
  entity: string;
  inserted: number;
  skipped: number;
}

/**
 * Writes archived rows, entity by entity, keeping their ids: a row whose primary key already
 * exists is left as it is (restoring twice changes nothing; shared records such as a farm are
 * not overwritten). Unknown entities are refused by the caller.
 */
export async function restoreRows(em: EntityManager, rows: ArchiveRows, order: string[]): Promise<RestoreCount[]> {
  const counts: RestoreCount[] = [];
  const metas = new Map(em.connection.entityMetadatas.map((m) => [m.targetName, m]));
  for (const entity of order) {
    const list = rows[entity] ?? [];
    const meta = metas.get(entity);
    if (!meta || !list.length) continue;
    const key = meta.primaryColumns[0].propertyName;
    const ids = list.map((r) => String(r[key]));
    const existing = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const found = await em
        .getRepository(meta.target)
        .find({ select: { [key]: true }, where: { [key]: In(ids.slice(i, i + 500)) } as never });
      for (const f of found as Array<Record<string, unknown>>) existing.add(String(f[key]));
    }
    const fresh = list.filter((r) => !existing.has(String(r[key]))).map((r) => fromJson(meta, r));
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await em
        .getRepository(meta.target)
        .createQueryBuilder()
        .insert()
        .values(fresh.slice(i, i + CHUNK))
        .updateEntity(false)
        .execute();
    }
    counts.push({ entity, inserted: fresh.length, skipped: list.length - fresh.length });
  }
  return counts;
}
