import { DomainError, forbidden } from "../errors";
import type { BaseContext } from "../context";
import { TenantScope } from "./scope";
import { t } from "../i18n";

const scopes = new WeakMap<object, TenantScope>();

/** The caller's tenant scope, built once per request context from its identity. */
export function scopeOf(ctx: BaseContext): TenantScope {
  let scope = scopes.get(ctx);
  if (!scope) {
    scope = new TenantScope(ctx.identity, ctx.amapsOfNetworks);
    scopes.set(ctx, scope);
  }
  return scope;
}

export function unauthenticated(): DomainError {
  return new DomainError("UNAUTHENTICATED", t("access.signUseOperation"));
}

/** Refuses with FORBIDDEN unless `ok`: the one way policies say no. */
export function ensure(ok: boolean): void {
  if (!ok) throw forbidden();
}

/** People only: partner tools and anonymous callers are refused (FORBIDDEN, resp. UNAUTHENTICATED). */
export function ensurePerson(scope: TenantScope): void {
  if (!scope.signedIn) throw unauthenticated();
  ensure(scope.isPerson || scope.all);
}

/** What a policy may answer for a query besides "go on": "empty" returns no data without running it. */
export type Decision = void | "empty";

/**
 * Narrows a list query to the tenants the caller sees, on the filter's keys of one dimension:
 * `one` holds a single id (`amapId`), `many` a list (`ids`). A foreign value gives an empty answer;
 * when neither is given, the caller's own tenants are filled in (so that pages and totals are
 * exact), as a list when the filter has one, else when there is exactly one; otherwise the
 * visibility rules filter the items. `allowed` null means every tenant.
 */
export function narrowFilter(
  args: Record<string, unknown>,
  keys: { one?: string; many?: string },
  allowed: Set<string> | null,
): Decision {
  if (allowed === null) return;
  const filter = { ...((args.filter as Record<string, unknown> | undefined) ?? {}) };
  const one = keys.one ? filter[keys.one] : undefined;
  const many = keys.many ? filter[keys.many] : undefined;
  if (typeof one === "string" && !allowed.has(one)) return "empty";
  if (Array.isArray(many)) {
    const kept = (many as string[]).filter((id) => allowed.has(id));
    if (!kept.length) return "empty";
    filter[keys.many!] = kept;
  }
  if (typeof one !== "string" && !Array.isArray(many)) {
    if (allowed.size === 0) return "empty";
    if (keys.many) filter[keys.many] = [...allowed];
    else if (allowed.size === 1) filter[keys.one!] = [...allowed][0];
  }
  args.filter = filter;
}
