import { FindOptionsWhere, ObjectLiteral, Repository } from "typeorm";
import { conflict, Msg, notFound } from "./errors";
import { isUuid } from "./ids";
import { Page, PageArgs, pageOptions } from "./pagination";
import { t } from "./i18n";

/** One page of a list with its total, after checking the sort fields. */
export async function findPage<T extends ObjectLiteral>(
  repo: Repository<T>,
  where: FindOptionsWhere<T> | FindOptionsWhere<T>[],
  args: Partial<PageArgs>,
  sortable: readonly string[],
  defaultOrder: Record<string, "ASC" | "DESC">,
): Promise<Page<T>> {
  const { skip, take, order } = pageOptions(args, sortable, defaultOrder);
  const [items, total] = await repo.findAndCount({ where, skip, take, order: order as never });
  return { items, total };
}

/** The record with this id, or a NOT_FOUND error naming what was looked for. */
export async function getOrThrow<T extends ObjectLiteral>(
  repo: Repository<T>,
  id: string,
  what: Msg,
  extra: Record<string, unknown> = {},
): Promise<T> {
  const found = isUuid(id) ? await repo.findOne({ where: { ...extra, id } as never }) : null;
  if (!found) throw notFound(what, id);
  return found;
}

/** Copies the defined keys of an update input onto an entity (undefined = unchanged, null = cleared); `expectedVersion` is the caller's, not a field. */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): T {
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined && k !== "expectedVersion") (target as Record<string, unknown>)[k] = v;
  }
  return target;
}

export const staleRecord = () => conflict(t("crud.someoneElseChangedRecord"), "expectedVersion");

/**
 * Saves an edited record (optimistic concurrency): with the version the caller read, the write
 * happens only if the record is still at that version (one conditional UPDATE, so two concurrent
 * edits cannot both pass), else CONFLICT and nothing is written. Without one, a plain save.
 */
export async function saveVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  repo: Repository<T>,
  entity: T,
  expectedVersion: number | null | undefined,
): Promise<T> {
  if (expectedVersion === undefined || expectedVersion === null) return repo.save(entity);
  const values: Record<string, unknown> = {};
  for (const col of repo.metadata.columns) {
    if (col.isPrimary || col.isVersion || col.isCreateDate || col.isUpdateDate || col.relationMetadata) continue;
    values[col.propertyName] = col.getEntityValue(entity);
  }
  const res = await repo.update(
    { id: entity.id, version: expectedVersion } as never,
    { ...values, version: expectedVersion + 1 } as never,
  );
  if (!res.affected) throw staleRecord();
  return repo.findOneOrFail({ where: { id: entity.id } as never });
}
