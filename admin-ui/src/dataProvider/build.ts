/**
 * Pure functions that turn react-admin's dataProvider calls into operations of the API's
 * conventions (api.md) and turn its answers back. No network, no React, no `import.meta`: jest
 * runs them as they are (test/build.test.ts).
 */
import type {
  AnyRecord,
  ErrorInfo,
  GqlError,
  GqlResponse,
  Identifier,
  InputKind,
  Pagination,
  ResourceConfig,
  Sort,
} from "./types";

/** The API caps `perPage` at this value. */
export const MAX_PER_PAGE = 100;

// ---------------------------------------------------------------------------------------------
// Operations

export function listQuery(r: ResourceConfig): string {
  const filter = `${r.filterType}${r.filterRequired ? "!" : ""}`;
  return (
    `query ${r.typeName}List($filter: ${filter}, $sort: [SortInput!], $page: Int, $perPage: Int) ` +
    `{ ${r.list}(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { items { ${r.fields} } total } }`
  );
}

export function oneQuery(r: ResourceConfig): string {
  if (!r.single) throw new Error(`${r.typeName} has no single-record query: read it through the list's ids filter`);
  return `query ${r.typeName}One($id: ID!) { ${r.single}(id: $id) { ${r.fields} } }`;
}

/** The root field of a create or update mutation (`createAmap`, or the registry's own name such as `grantRole`). */
export function createField(r: ResourceConfig): string {
  if (!r.createInput) throw new Error(`${r.typeName} cannot be created through the API`);
  return r.createName ?? `create${r.typeName}`;
}

export function updateField(r: ResourceConfig): string {
  if (!r.updateInput) throw new Error(`${r.typeName} cannot be updated through the API`);
  return r.updateName ?? `update${r.typeName}`;
}

export function createMutation(r: ResourceConfig): string {
  return `mutation ${r.typeName}Create($input: ${r.createInput}!) { ${createField(r)}(input: $input) { ${r.fields} } }`;
}

/** An update: `updateX(input: $input)`, the input carrying the record's `id` (or `updateX(id, input)` where the API still takes it apart). */
export function updateMutation(r: ResourceConfig): string {
  if (r.idBesideInput)
    return `mutation ${r.typeName}Update($id: ID!, $input: ${r.updateInput}!) { ${updateField(r)}(id: $id, input: $input) { ${r.fields} } }`;
  return `mutation ${r.typeName}Update($input: ${r.updateInput}!) { ${updateField(r)}(input: $input) { ${r.fields} } }`;
}

/** The variables of `updateMutation`: the record's id inside the input, or beside it. */
export function updateVariables(
  r: ResourceConfig,
  id: Identifier,
  input: Record<string, unknown>,
): Record<string, unknown> {
  return r.idBesideInput ? { id: String(id), input } : { input: { id: String(id), ...input } };
}

/** Several updates with the same fields in one request, aliased `u0`, `u1`…: one input per record (`$input0`…), each carrying its id. */
export function updateManyMutation(r: ResourceConfig, count: number): string {
  const field = updateField(r);
  if (r.idBesideInput) {
    const vars = range(count).map((i) => `$id${i}: ID!`);
    const calls = range(count).map((i) => `u${i}: ${field}(id: $id${i}, input: $input) { id }`);
    return `mutation ${r.typeName}UpdateMany(${vars.join(", ")}, $input: ${r.updateInput}!) { ${calls.join(" ")} }`;
  }
  const vars = range(count).map((i) => `$input${i}: ${r.updateInput}!`);
  const calls = range(count).map((i) => `u${i}: ${field}(input: $input${i}) { id }`);
  return `mutation ${r.typeName}UpdateMany(${vars.join(", ")}) { ${calls.join(" ")} }`;
}

/** The variables of `updateManyMutation`. */
export function updateManyVariables(
  r: ResourceConfig,
  ids: readonly Identifier[],
  input: Record<string, unknown>,
): Record<string, unknown> {
  const vars: Record<string, unknown> = r.idBesideInput ? { input } : {};
  ids.forEach((id, i) => {
    if (r.idBesideInput) vars[`id${i}`] = String(id);
    else vars[`input${i}`] = { id: String(id), ...input };
  });
  return vars;
}

export function deleteMutation(r: ResourceConfig): string {
  return `mutation ${r.typeName}Delete($id: ID!) { ${requireDelete(r)}(input: { id: $id }) }`;
}

/** Several deletions in one request, aliased `d0`, `d1`… */
export function deleteManyMutation(r: ResourceConfig, count: number): string {
  const name = requireDelete(r);
  const vars = range(count).map((i) => `$id${i}: ID!`);
  const calls = range(count).map((i) => `d${i}: ${name}(input: { id: $id${i} })`);
  return `mutation ${r.typeName}DeleteMany(${vars.join(", ")}) { ${calls.join(" ")} }`;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TYPE = /^\[?[A-Za-z_][A-Za-z0-9_]*!?\]?!?$/;

/**
 * One operation from its configuration: `mutation AmapCloseAmap($id: ID!) { closeAmap(input: { id: $id }) { … } }`
 * (with `input`, the arguments travel as the one input object the API's mutations take), or
 * `query Recap($id: ID!) { recap(id: $id) { … } }`. Names and types are checked, so a registry typo
 * cannot inject anything into the document.
 */
export function operationDocument(
  kind: "query" | "mutation",
  opName: string,
  field: string,
  args: Readonly<Record<string, string>>,
  selection: string | null,
  input = false,
): string {
  if (!NAME.test(field) || !NAME.test(opName)) throw new Error(`Invalid operation name: ${opName} ${field}`);
  const entries = Object.entries(args);
  for (const [name, type] of entries)
    if (!NAME.test(name) || !TYPE.test(type)) throw new Error(`Invalid argument: ${name}: ${type}`);
  const vars = entries.length ? `(${entries.map(([n, t]) => `$${n}: ${t}`).join(", ")})` : "";
  const pairs = entries.map(([n]) => `${n}: $${n}`).join(", ");
  const call = !entries.length ? "" : input ? `(input: { ${pairs} })` : `(${pairs})`;
  return `${kind} ${opName}${vars} { ${field}${call}${selection ? ` { ${selection} }` : ""} }`;
}

/** A domain action on a resource: `closeAmap(input: { id })`, `cancelDistribution(input: { id, reason })`… */
export function actionMutation(r: ResourceConfig, action: string): string {
  if (!NAME.test(action)) throw new Error(`Invalid action name: ${action}`);
  const config = r.actions?.[action] ?? {};
  const selection = config.selection === undefined ? r.fields : config.selection;
  return operationDocument(
    "mutation",
    `${r.typeName}${capitalize(action)}`,
    config.field ?? action,
    config.args ?? { id: "ID!" },
    selection,
    config.input,
  );
}

/** The variables an operation declares, taken from what the screen passed (ids as strings). */
export function operationVariables(
  args: Readonly<Record<string, string>>,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(args)) {
    if (!(name in given) || given[name] === undefined) continue;
    const value = given[name];
    out[name] =
      type.startsWith("ID") && value !== null
        ? String(value)
        : type.startsWith("[ID") && Array.isArray(value)
          ? value.map(String)
          : value;
  }
  return out;
}

function capitalize(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function requireDelete(r: ResourceConfig): string {
  if (!r.delete) throw new Error(`${r.typeName} cannot be deleted through the API`);
  return r.delete;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

// ---------------------------------------------------------------------------------------------
// Variables

export interface ListVariables {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: "ASC" | "DESC" }[];
  page: number;
  perPage: number;
}

/**
 * react-admin's `{ pagination, sort, filter }` to the API's arguments: 1-based `page` (the same
 * numbering), `perPage` capped, `sort` as `[{ field, order }]` when the list offers that field.
 */
export function listVariables(
  r: ResourceConfig,
  params: { pagination?: Pagination; sort?: Sort; filter?: Record<string, unknown> },
): ListVariables {
  const page = Math.max(1, Math.floor(params.pagination?.page ?? 1));
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.floor(params.pagination?.perPage ?? 25)));
  const vars: ListVariables = { page, perPage };
  const sort = sortVariable(r, params.sort);
  if (sort) vars.sort = sort;
  const filter = cleanFilter(r, params.filter);
  if (filter) vars.filter = filter;
  return vars;
}

/** `getMany`: the records with these ids, through the list's `ids` filter. */
export function manyVariables(r: ResourceConfig, ids: readonly unknown[]): ListVariables {
  const unique = [...new Set(ids.filter((id) => id !== null && id !== undefined && id !== "").map(String))];
  return listVariables(r, { pagination: { page: 1, perPage: Math.max(1, unique.length) }, filter: { ids: unique } });
}

/** `getManyReference`: the target (a foreign key such as `networkId`) becomes a filter key. */
export function manyReferenceVariables(
  r: ResourceConfig,
  params: { target: string; id: Identifier; pagination?: Pagination; sort?: Sort; filter?: Record<string, unknown> },
): ListVariables {
  return listVariables(r, { ...params, filter: { ...(params.filter ?? {}), [params.target]: params.id } });
}

/** Splits ids into groups the API accepts in one page. */
export function chunk<T>(items: readonly T[], size = MAX_PER_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function sortVariable(r: ResourceConfig, sort: Sort | undefined): ListVariables["sort"] {
  if (!sort?.field || !r.sortable.includes(sort.field)) return undefined;
  return [{ field: sort.field, order: String(sort.order).toUpperCase() === "DESC" ? "DESC" : "ASC" }];
}

/** Keeps the keys the filter type has, without empty values; ids go as strings. */
function cleanFilter(
  r: ResourceConfig,
  filter: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!filter) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (!r.filters.includes(key)) continue;
    if (value === undefined || value === null || value === "") continue;
    if (key === "q" && typeof value === "string" && !value.trim()) continue;
    out[key] = key === "ids" && Array.isArray(value) ? value.map(String) : value;
  }
  return Object.keys(out).length ? out : undefined;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/**
 * The input of a create or update: only the fields the input type has (no id, __typename,
 * relation objects or read-only fields), cleaned per kind. For an update with `previousData`,
 * only the fields whose value changed.
 */
export function toInput(
  r: ResourceConfig,
  data: Record<string, unknown>,
  mode: "create" | "update",
  previousData?: Record<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(r.inputFields)) {
    if (mode === "update" && r.createOnly?.includes(field)) continue;
    if (!(field in data)) continue;
    const value = cleanValue(kind, data[field]);
    if (value === undefined) continue;
    if (mode === "create" && value === null) continue;
    if (
      mode === "update" &&
      previousData &&
      field in previousData &&
      sameValue(value, cleanValue(kind, previousData[field]))
    )
      continue;
    input[field] = value;
  }
  return input;
}

function cleanValue(kind: InputKind, value: unknown): unknown {
  switch (kind) {
    case "string":
      if (value === undefined) return undefined;
      return value === null ? "" : String(value);
    case "id":
    case "date":
      if (value === undefined) return undefined;
      return value === null || value === "" ? null : String(value);
    case "number": {
      if (value === undefined) return undefined;
      if (value === null || value === "") return null;
      const n = typeof value === "number" ? value : Number(String(value).replace(",", "."));
      return Number.isFinite(n) ? n : value; // a non-number goes as is: the API names the field at fault
    }
    case "boolean":
      if (value === undefined) return undefined;
      return value === null ? null : Boolean(value);
    case "enum":
      return value === null || value === "" ? undefined : value;
    case "json":
      return value;
    case "list":
    case "idList":
      if (value === undefined) return undefined;
      if (value === null) return [];
      return (Array.isArray(value) ? value : [value])
        .filter((v) => v !== null && v !== undefined && String(v).trim() !== "")
        .map((v) => (kind === "list" ? String(v).trim() : String(v)));
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b) || (a && typeof a === "object"))
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

// ---------------------------------------------------------------------------------------------
// Records

/** A record as react-admin wants it: derived id lists added (`networkIds` from `networks`). */
export function toRecord(r: ResourceConfig, raw: unknown): AnyRecord {
  const record = { ...(raw as AnyRecord) };
  delete record.__typename;
  for (const [idsField, relation] of Object.entries(r.idLists ?? {})) {
    const related = record[relation];
    record[idsField] = Array.isArray(related) ? related.filter(Boolean).map((x) => (x as { id: Identifier }).id) : [];
  }
  return record;
}

// ---------------------------------------------------------------------------------------------
// Answers and errors

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * The value of the root field (or the whole `data` when `root` is null, for aliased batches), or
 * the error to throw. A query whose root field arrived despite errors (a nested field crossing to
 * a subgraph that is down) is kept: the rest of the page survives, as the gateway intends. A
 * mutation with any error fails.
 */
export function settle(
  response: GqlResponse,
  root: string | null,
  kind: "query" | "mutation",
): { value: unknown } | { error: ErrorInfo } {
  const errors = response.errors ?? [];
  const data = response.data ?? null;
  const ok = response.status >= 200 && response.status < 300;
  if (ok && data) {
    const value = root === null ? data : data[root];
    if (errors.length === 0 && (root === null || root in data)) return { value };
    if (kind === "query" && value !== null && value !== undefined) return { value };
  }
  return { error: errorInfo(errors, response.status) };
}

/**
 * GraphQL errors to react-admin's HttpError arguments. BAD_USER_INPUT's `extensions.fields`
 * (field → message, in the caller's language) become `body.errors`, which react-admin's forms put
 * under each input; `root.serverError` carries the general message to the notification.
 */
export function errorInfo(errors: readonly GqlError[] | undefined, httpStatus = 200): ErrorInfo {
  const first = errors?.find((e) => e.extensions?.code) ?? errors?.[0];
  if (!first) {
    // Not a GraphQL answer (gateway down, proxy error page): react-admin's generic message.
    return { message: "ra.notification.http_error", status: httpStatus >= 400 ? httpStatus : 500, body: null };
  }
  const code = typeof first.extensions?.code === "string" ? first.extensions.code : undefined;
  const status = (code && STATUS_BY_CODE[code]) || (httpStatus >= 400 ? httpStatus : 500);
  const message = code === "INTERNAL_SERVER_ERROR" || !first.message ? "ra.notification.http_error" : first.message;
  const fields: Record<string, string> = {};
  for (const e of errors ?? []) {
    for (const [field, msg] of Object.entries(e.extensions?.fields ?? {})) {
      if (typeof msg === "string" && !(field in fields)) fields[field] = msg;
    }
  }
  const body: ErrorInfo["body"] = { code };
  if (Object.keys(fields).length > 0) body.errors = { ...fields, root: { serverError: message } };
  return { message, status, body };
}
