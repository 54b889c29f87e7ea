import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { BaseContext } from "../context";
import { isUuid } from "../ids";
import type { AccessRequest, Rule } from "../policy";
import { ensure, ensurePerson, narrowFilter } from "./access";
import type { TenantScope } from "./scope";
import { TENANT_KEYS } from "../guard";

/*
 * Building blocks of the subgraphs' policies, so that each operation's rule reads as one line:
 * who, on which tenant.
 */

export type Tenant = Partial<Record<(typeof TENANT_KEYS)[number] | "id", string | null>>;

/** A value at a dotted path of the arguments (`input.amapId`). */
export function argAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), args);
}

/** The tenant columns (amapId, householdId, templateId, farmId, networkId) of one record, or null when absent. */
export async function tenantOf<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  id: unknown,
): Promise<Tenant | null> {
  if (!isUuid(id)) return null;
  const meta = ds.getMetadata(entity);
  const columns = ["id", ...TENANT_KEYS].filter((c) => meta.findColumnWithPropertyName(c));
  const select = Object.fromEntries(columns.map((c) => [c, true]));
  return await ds.getRepository(entity).findOne({ select: select as never, where: { id } as never });
}

/** Any signed-in caller (person or partner); what they then see is the visibility rules' business. */
export const signedIn: Rule = () => undefined;

/** Any signed-in person (not a partner tool). */
export const anyPerson: Rule = ({ scope }) => ensurePerson(scope);

/** Allowed when `test` holds. */
export function when<C extends BaseContext>(test: (req: AccessRequest<C>) => boolean | Promise<boolean>): Rule<C> {
  return async (req) => ensure(await test(req));
}

/**
 * A rule on the record an argument names: its tenant columns are read (one SELECT) and `test`
 * decides. An unknown id passes, so that the service answers NOT_FOUND as it would for anyone.
 */
export function onRecord<C extends BaseContext, T extends ObjectLiteral>(
  entity: EntityTarget<T>,
  idPath: string,
  test: (tenant: Tenant, scope: TenantScope, req: AccessRequest<C>) => boolean | Promise<boolean>,
): Rule<C> {
  return async (req) => {
    const tenant = await tenantOf(req.context.ds, entity, argAt(req.args, idPath));
    if (tenant) ensure(await test(tenant, req.scope, req));
  };
}

/** A list narrowed to the caller's tenants on one filter dimension (see narrowFilter). */
export function listedBy<C extends BaseContext>(
  keys: { one?: string; many?: string },
  allowed: (scope: TenantScope, req: AccessRequest<C>) => Set<string> | null | Promise<Set<string> | null>,
): Rule<C> {
  return async (req) => narrowFilter(req.args, keys, await allowed(req.scope, req));
}

/** Runs rules in order; the first refusal (or "empty") wins. */
export function all<C extends BaseContext>(...rules: Rule<C>[]): Rule<C> {
  return async (req) => {
    for (const r of rules) {
      const d = await r(req);
      if (d === "empty") return d;
    }
  };
}

/** For each tenant key a list may be filtered on: the caller's tenants of that kind (null = all). */
export type KeyScopes = Partial<
  Record<(typeof TENANT_KEYS)[number], (scope: TenantScope) => Set<string> | null | Promise<Set<string> | null>>
>;

/**
 * A list of records keyed by several tenants (a network membership names a network and an AMAP or
 * a farm). A caller holding no tenant on any listed key gets nothing; a filter naming one of the
 * caller's tenants passes; a caller holding exactly one tenant over all keys and filtering on none
 * gets it filled in (exact totals). Otherwise the visibility rules filter the page.
 */
export function listedByKeys<C extends BaseContext>(keys: KeyScopes): Rule<C> {
  return async ({ args, scope }) => {
    if (scope.all) return;
    const filter = { ...((args.filter as Record<string, unknown> | undefined) ?? {}) };
    const held: Array<[string, Set<string>]> = [];
    for (const [key, of] of Object.entries(keys)) {
      const allowed = await of(scope);
      if (allowed === null) return;
      if (typeof filter[key] === "string" && allowed.has(filter[key])) return;
      if (allowed.size) held.push([key, allowed]);
    }
    if (!held.length) return "empty";
    const filtered = Object.keys(keys).some((k) => typeof filter[k] === "string");
    if (!filtered && held.length === 1 && held[0][1].size === 1)
      args.filter = { ...filter, [held[0][0]]: [...held[0][1]][0] };
  };
}
