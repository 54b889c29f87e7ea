import {
  getNamedType,
  GraphQLOutputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import type { ResolverData } from "type-graphql";
import type { BaseContext } from "./context";
import { forbidden } from "./errors";
import { scopeOf } from "./auth/access";
import { ensureTime } from "./deadline";
import type { TenantScope } from "./auth/scope";

/*
 * The tenant guard: whatever a resolver, a loader or a reference resolver returns, each object of
 * a tenant-owned type is shown only if the caller may see it. Services and loaders stay free of
 * access code; a forgotten check therefore returns nothing (null, a shorter list), never someone
 * else's record. Policies add the operation-level checks and narrow list filters so that totals
 * are exact; this is the net under them.
 */

export type VisibleFn<C extends BaseContext = BaseContext> = (
  obj: any,
  scope: TenantScope,
  ctx: C,
) => boolean | Promise<boolean>;
export type AfterFn<C extends BaseContext = BaseContext> = (
  parent: any,
  result: any,
  scope: TenantScope,
  ctx: C,
) => unknown;

export interface Visibility<C extends BaseContext = BaseContext> {
  /** Per GraphQL type: may the caller see this object? "public": everyone who may call the operation. */
  types: Record<string, VisibleFn<C> | "public">;
  /** "Type.field" whose objects are visible when their parent is (parts of one record, like a grid's lines). */
  inherit?: string[];
  /** "Type.field" shown only when this rule holds on the (visible) parent; otherwise empty. */
  fields?: Record<string, VisibleFn<C>>;
  /** "Type.field" whose result the policy may reshape (a projection) or admit (`markVisible`) before the type rules run. */
  after?: Record<string, AfterFn<C>>;
  /** Rule for a type without one whose objects carry tenant keys; `byTenantKeys` by default (fail-closed). */
  keyed?: VisibleFn<C>;
  /**
   * Every export of the subgraph (a field named …Csv, …Html, …Json, …GeoJson) and what it renders:
   * the field (`Type.field`) or the object (`Type`) whose view it is. The export's resolver renders
   * `exportView(...)`: the data as that field shows it to the caller, never more. A subgraph with
   * an export missing here does not build.
   */
  exports?: Record<string, string>;
}

/** Fields whose value is a file made from other data (CSV, HTML, JSON, GeoJSON): each must say what it renders. */
export const EXPORT_FIELD = /(csv|html|json|geojson)$/i;

export const TENANT_KEYS = ["amapId", "householdId", "templateId", "farmId", "networkId"] as const;

type Obj = Record<string, unknown>;

export function hasTenantKeys(obj: Obj): boolean {
  return TENANT_KEYS.some((k) => typeof obj[k] === "string");
}

/**
 * The default for records carrying tenant keys: the admin, member, référent, farmer or network
 * admin they name. A farm's record inside an AMAP (a subscription, an installment) is its farmer's
 * only where that AMAP let the farmer in.
 */
export function byTenantKeys(obj: Obj, scope: TenantScope): boolean {
  const s = (k: string) => (typeof obj[k] === "string" ? obj[k] : null);
  const farmer = s("amapId") ? scope.isFarmerIn(s("farmId"), s("amapId")) : scope.isFarmerOf(s("farmId"));
  return (
    scope.isAmapAdmin(s("amapId")) ||
    scope.isMemberOf(s("householdId")) ||
    scope.isReferentOf(s("templateId")) ||
    farmer ||
    scope.isNetworkAdmin(s("networkId"))
  );
}

const seenByContext = new WeakMap<object, WeakMap<object, boolean>>();

function seenOf(ctx: object): WeakMap<object, boolean> {
  let seen = seenByContext.get(ctx);
  if (!seen) seenByContext.set(ctx, (seen = new WeakMap()));
  return seen;
}

/**
 * Admits an object for this request, as a policy decided (a reply one just sent, a projection of
 * a household on a sign-off sheet). To show only some fields of a record, admit a projection
 * holding those fields, never the record itself.
 */
export function markVisible(ctx: object, obj: unknown): void {
  if (obj && typeof obj === "object") seenOf(ctx).set(obj, true);
}

async function ruleSays<C extends BaseContext>(
  vis: Visibility<C>,
  typeName: string,
  obj: Obj,
  ctx: C,
): Promise<boolean> {
  const scope = scopeOf(ctx);
  if (scope.all) return true;
  const rule = vis.types[typeName];
  if (rule === "public") return true;
  if (rule) return rule(obj, scope, ctx);
  if (hasTenantKeys(obj)) return (vis.keyed ?? byTenantKeys)(obj, scope, ctx);
  return true;
}

/** May the caller see this object of this type (memoised per request)? */
export async function isVisible<C extends BaseContext>(
  vis: Visibility<C>,
  typeName: string,
  obj: unknown,
  ctx: C,
): Promise<boolean> {
  if (!obj || typeof obj !== "object") return true;
  const seen = seenOf(ctx);
  const known = seen.get(obj);
  if (known !== undefined) return known;
  const ok = await ruleSays(vis, typeName, obj as Obj, ctx);
  seen.set(obj, ok);
  return ok;
}

function isPageType(type: GraphQLOutputType): boolean {
  const named = getNamedType(type);
  if (!isObjectType(named)) return false;
  const fields = named.getFields();
  return "items" in fields && "total" in fields;
}

/** What a field answers when the caller may not see it: nothing, in the shape its type allows. */
export function emptyValueFor(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  if (isListType(type.ofType)) return [];
  if (isPageType(type.ofType)) return { items: [], total: 0 };
  throw forbidden();
}

/** The value with what the caller may not see removed: items dropped from lists, a single object nulled. */
async function filterValue<C extends BaseContext>(
  vis: Visibility<C>,
  type: GraphQLOutputType,
  value: unknown,
  ctx: C,
): Promise<unknown> {
  if (value == null) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (!Array.isArray(value)) return value;
    const itemType = inner.ofType as GraphQLOutputType;
    const results = await Promise.all(value.map((v) => filterValue(vis, itemType, v, ctx)));
    return value.flatMap((v, i) => (v == null ? [v] : results[i] == null ? [] : [results[i]]));
  }
  const named = getNamedType(inner);
  if (!isObjectType(named)) return value;
  return (await isVisible(vis, named.name, value, ctx)) ? value : null;
}

/** What a field answers once resolved: reshaped by the policy (`after`), admitted (`inherit`), filtered by the type rules. */
async function guardResult<C extends BaseContext>(
  vis: Visibility<C>,
  key: string,
  returnType: GraphQLOutputType,
  root: unknown,
  result: unknown,
  context: C,
): Promise<unknown> {
  const after = vis.after?.[key];
  if (after) result = await after(root, result, scopeOf(context), context);
  if (result == null || !isObjectType(getNamedType(returnType))) return result;
  if (vis.inherit?.includes(key)) {
    for (const v of Array.isArray(result) ? result : [result]) markVisible(context, v);
    return result;
  }
  const filtered = await filterValue(vis, returnType, result, context);
  if (filtered == null && isNonNullType(returnType)) throw forbidden();
  return filtered;
}

/** The guard of a root field (the policy middleware runs it after the operation's rule). */
export async function guardField<C extends BaseContext>(
  vis: Visibility<C>,
  { root, info, context }: ResolverData<C>,
  next: () => Promise<unknown>,
): Promise<unknown> {
  return guardResult(vis, `${info.parentType.name}.${info.fieldName}`, info.returnType, root, await next(), context);
}

type Resolve = (parent: unknown, args: Record<string, unknown>, context: any, info: GraphQLResolveInfo) => unknown;

const guardedMemo = new WeakMap<GraphQLSchema, Set<string>>();

/** Object types whose records some caller may not see: a rule other than "public", or a tenant key among their fields. */
export function guardedTypes(schema: GraphQLSchema, vis: Visibility<any>): Set<string> {
  const known = guardedMemo.get(schema);
  if (known) return known;
  const out = new Set<string>();
  guardedMemo.set(schema, out);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("_")) continue;
    if (vis.types[type.name] === "public") continue;
    if (type.name in vis.types || TENANT_KEYS.some((k) => k in type.getFields())) out.add(type.name);
  }
  return out;
}

/**
 * Wraps the resolvers of nested fields that return guarded objects (and fields with a rule of
 * their own), not every field: scalar fields are left alone, so a long sign-off sheet costs one
 * check per line, not one per cell.
 */
export function guardNestedFields(
  schema: GraphQLSchema,
  map: Record<string, Record<string, unknown>>,
  vis: Visibility<any>,
): void {
  const guarded = guardedTypes(schema, vis);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("_") || type.name === "Query" || type.name === "Mutation") continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const rule = vis.fields?.[key];
      if (!guarded.has(getNamedType(field.type).name) && !rule && !vis.after?.[key] && !vis.inherit?.includes(key))
        continue;
      const own = map[type.name]?.[field.name];
      const resolve: Resolve = typeof own === "function" ? (own as Resolve) : (parent) => (parent as Obj)?.[field.name];
      map[type.name] ??= {};
      map[type.name][field.name] = async (
        parent: unknown,
        args: Record<string, unknown>,
        context: any,
        info: GraphQLResolveInfo,
      ) => {
        // A timed-out request stops here, field by field, instead of walking on (deadline.ts).
        ensureTime(context?.limits);
        if (rule && !(await rule(parent, scopeOf(context), context))) return emptyValueFor(info.returnType);
        return guardResult(vis, key, info.returnType, parent, await resolve(parent, args, context, info), context);
      };
    }
  }
}

/** A field that the guard wraps: it returns guarded records, or has a rule, a reshaping or an inheritance of its own. */
function isGuardedField(vis: Visibility<any>, guarded: Set<string>, key: string, type: GraphQLOutputType): boolean {
  return (
    guarded.has(getNamedType(type).name) || !!vis.fields?.[key] || !!vis.after?.[key] || !!vis.inherit?.includes(key)
  );
}

/** The value as GraphQL would show it, nested fields carried as data included (each through its own guard). */
async function viewOf<C extends BaseContext>(
  vis: Visibility<C>,
  schema: GraphQLSchema,
  type: GraphQLOutputType,
  value: unknown,
  ctx: C,
  depth: number,
): Promise<unknown> {
  if (value == null || depth > 12) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner))
    return Array.isArray(value)
      ? Promise.all(value.map((v) => viewOf(vis, schema, inner.ofType as GraphQLOutputType, v, ctx, depth)))
      : value;
  const named = getNamedType(inner);
  if (!isObjectType(named) || typeof value !== "object") return value;
  const guarded = guardedTypes(schema, vis);
  let copy: Obj | null = null;
  for (const f of Object.values(named.getFields())) {
    if (!(f.name in (value as Obj)) || !isObjectType(getNamedType(f.type))) continue;
    const key = `${named.name}.${f.name}`;
    const current = (value as Obj)[f.name];
    const next = isGuardedField(vis, guarded, key, f.type)
      ? await fieldView(vis, schema, key, f.type, value, current, ctx, depth + 1)
      : await viewOf(vis, schema, f.type, current, ctx, depth + 1);
    if (next !== current) (copy ??= { ...(value as Obj) })[f.name] = next;
  }
  if (copy) markVisible(ctx, copy);
  return copy ?? value;
}

async function fieldView<C extends BaseContext>(
  vis: Visibility<C>,
  schema: GraphQLSchema,
  key: string,
  type: GraphQLOutputType,
  parent: unknown,
  value: unknown,
  ctx: C,
  depth: number,
): Promise<unknown> {
  const rule = vis.fields?.[key];
  if (rule && !(await rule(parent, scopeOf(ctx), ctx))) return emptyValueFor(type);
  return viewOf(vis, schema, type, await guardResult(vis, key, type, parent, value, ctx), ctx, depth);
}

const visibilityOfSchema = new WeakMap<GraphQLSchema, Visibility<any>>();

/** Records the visibility rules a built subgraph schema answers with (buildSubgraph does), for `exportView`. */
export function registerVisibility(schema: GraphQLSchema, vis: Visibility<any>): void {
  visibilityOfSchema.set(schema, vis);
}

/**
 * What an export renders: `value` (the data of the field or object the policy names for this
 * export in `visibility.exports`) as that field shows it to the caller: its rule, reshaping, type
 * rules, and those of every nested field it carries. One rule per datum, whichever way it leaves.
 */
export async function exportView<C extends BaseContext, T>(
  info: GraphQLResolveInfo,
  ctx: C,
  parent: unknown,
  value: T,
): Promise<T> {
  const exportKey = `${info.parentType.name}.${info.fieldName}`;
  const vis = visibilityOfSchema.get(info.schema) as Visibility<C> | undefined;
  const source = vis?.exports?.[exportKey];
  if (!vis || !source)
    throw new Error(`${exportKey} renders no declared field: name it in the policy's visibility.exports`);
  if (scopeOf(ctx).all) return value;
  const [typeName, fieldName] = source.split(".");
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`visibility.exports: no type ${typeName}`);
  if (!fieldName) {
    if (!(await isVisible(vis, typeName, value, ctx))) throw forbidden();
    return (await viewOf(vis, info.schema, type, value, ctx, 0)) as T;
  }
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`visibility.exports: no field ${source}`);
  return (await fieldView(vis, info.schema, source, field.type, parent, value, ctx, 0)) as T;
}

/** Refuses to build a subgraph with an export (by its name) that does not say which field's view it renders. */
export function checkExportsDeclared(schema: GraphQLSchema, vis: Visibility<any>): void {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("_")) continue;
    for (const f of Object.values(type.getFields()))
      if (EXPORT_FIELD.test(f.name) && !vis.exports?.[`${type.name}.${f.name}`]) missing.push(`${type.name}.${f.name}`);
  }
  if (missing.length)
    throw new Error(
      `Exports without a declared source in visibility.exports (what they may show): ${missing.join(", ")}`,
    );
}
