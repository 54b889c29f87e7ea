import {
  Between,
  EntityManager,
  EntityTarget,
  FindOperator,
  FindOptionsWhere,
  LessThanOrEqual,
  MoreThanOrEqual,
  ObjectLiteral,
} from "typeorm";
import { Check, isUuid, todayIn, DEFAULT_TIME_ZONE, type Msg } from "@champ-commun/kit";
import { t } from "../i18n";

/** Today for networks and farms, which have no zone of their own: the default one (domain.md). */
export function today(): string {
  return todayIn(DEFAULT_TIME_ZONE);
}

/** The same calendar date `years` later (29 February rolls over to 1 March). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** A `from`/`to` filter on a YYYY-MM-DD column (ISO dates compare as strings), or nothing. */
export function dateRange(from?: string | null, to?: string | null): FindOperator<string> | undefined {
  if (from && to) return Between(from, to);
  if (from) return MoreThanOrEqual(from);
  if (to) return LessThanOrEqual(to);
  return undefined;
}

/** Copies the filter keys that are set (a `where` must never hold undefined or null in TypeORM 1.x). */
export function whereFrom<T extends ObjectLiteral>(filter: object, keys: readonly string[]): FindOptionsWhere<T> {
  const where: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (filter as Record<string, unknown>)[k];
    if (v !== undefined && v !== null) where[k] = v;
  }
  return where as FindOptionsWhere<T>;
}

/**
 * The record an input refers to, or null with a field error naming it (a malformed id was already
 * reported by `Check.id`, so it is not looked up).
 */
export async function referenced<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  check: Check,
  field: string,
  id: string | null | undefined,
  msg: Msg,
): Promise<T | null> {
  if (!isUuid(id)) return null;
  const found = await em.getRepository(entity).findOne({ where: { id } as never });
  if (!found) check.fail(field, msg);
  return found;
}

export const NO_NETWORK = t("amap.networkDoesNotExist");
export const NO_AMAP = t("checks.amapDoesNotExist");
export const NO_FARM = t("checks.farmDoesNotExist");
