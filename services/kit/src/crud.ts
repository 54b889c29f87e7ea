import { FindOptionsWhere, ObjectLiteral, Repository } from "typeorm";
import { Msg, notFound } from "./errors";
import { isUuid } from "./ids";
import { Page, PageArgs, pageOptions } from "./pagination";

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
export async function getOrThrow<T extends ObjectLiteral>(repo: Repository<T>, id: string, what: Msg, extra: Record<string, unknown> = {}): Promise<T> {
  const found = isUuid(id) ? await repo.findOne({ where: { ...extra, id } as never }) : null;
  if (!found) throw notFound(what, id);
  return found;
}

/** Copies the defined keys of an update input onto an entity (undefined = unchanged, null = cleared). */
export function applyPatch<T extends object>(target: T, patch: Partial<T>): T {
  for (const [k, v] of Object.entries(patch)) {
    if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  }
  return target;
}
