/**
 * react-admin dataProvider over the API's own conventions (api.md), on a tiny fetch client.
 * Queries come from the registries (resources.ts, queries.ts) through build.ts; this file only
 * sends them and turns the answers into what react-admin expects.
 */
import { HttpError, type DataProvider } from "ra-core";
import { NetworkError, postGraphQL } from "../api/graphql";
import {
  actionMutation,
  chunk,
  createField,
  createMutation,
  deleteManyMutation,
  deleteMutation,
  listQuery,
  listVariables,
  manyReferenceVariables,
  manyVariables,
  oneQuery,
  operationDocument,
  operationVariables,
  settle,
  toInput,
  toRecord,
  updateField,
  updateManyMutation,
  updateManyVariables,
  updateMutation,
  updateVariables,
} from "./build";
import type { AnyRecord, ErrorInfo, GqlResponse, Identifier, QueryConfig, Registry, ResourceConfig } from "./types";

export interface GraphQLDataProviderOptions {
  /** URL of the GraphQL endpoint (`/graphql` on the page's origin). */
  endpoint: string;
  registry: Registry;
  /** Reads outside the convention (statistics, recaps, sign-off sheets), sent by `query(name, variables)`. */
  queries?: Readonly<Record<string, QueryConfig>>;
  /** Current UI locale, sent as Accept-Language so the API answers in it. */
  getLocale: () => string;
  /** Extra headers per request, e.g. `Authorization: Bearer …` (awaited: the session may refresh its token first). */
  getHeaders?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Called once when the API answers UNAUTHENTICATED; resolves true when a retry may succeed (token refreshed). */
  onUnauthenticated?: () => Promise<boolean>;
}

/** Extra methods for the API's domain actions and reads outside the list/one convention. */
export interface ChampDataProvider extends DataProvider {
  /** A domain action of a resource: `action("distributions", "cancelDistribution", { id, reason })`. */
  action<T = AnyRecord>(resource: string, action: string, variables: Record<string, unknown>): Promise<{ data: T }>;
  /** A read (or a mutation outside any resource) from the `queries` registry. */
  query<T = unknown>(name: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

type Page = { items: unknown[]; total: number };

const recentCreations = new Map<string, { key: string; until: number }>();

/** One idempotency key per identical creation within 10 seconds (a double click, a retried submit); a later one is new. */
export function creationKey(resource: string, input: unknown, now = Date.now()): string {
  for (const [k, v] of recentCreations) if (v.until < now) recentCreations.delete(k);
  const id = `${resource}|${JSON.stringify(input)}`;
  const hit = recentCreations.get(id);
  if (hit) return hit.key;
  const key =
    typeof crypto !== "undefined" && "randomUUID" in crypto
      ? crypto.randomUUID()
      : `${now}-${Math.random().toString(36).slice(2)}`;
  recentCreations.set(id, { key, until: now + 10_000 });
  return key;
}

export function graphqlDataProvider({
  endpoint,
  registry,
  queries = {},
  getLocale,
  getHeaders,
  onUnauthenticated,
}: GraphQLDataProviderOptions): ChampDataProvider {
  function config(resource: string): ResourceConfig {
    const r = registry[resource];
    if (!r) throw new HttpError(`Unknown resource: ${resource}`, 500);
    return r;
  }

  async function send(
    query: string,
    variables: object,
    signal?: AbortSignal,
    extra: Record<string, string> = {},
  ): Promise<GqlResponse> {
    const headers = { ...(await getHeaders?.()), "Accept-Language": getLocale(), ...extra };
    try {
      return await postGraphQL(endpoint, { query, variables: variables as Record<string, unknown>, headers, signal });
    } catch (err) {
      // react-query cancelled the request (the page changed): not an error to show.
      if (!(err instanceof NetworkError)) throw err;
      throw toHttpError({ message: "ra.notification.http_error", status: 503, body: null });
    }
  }

  async function run(
    query: string,
    variables: object,
    root: string | null,
    kind: "query" | "mutation",
    signal?: AbortSignal,
    extra?: Record<string, string>,
  ): Promise<unknown> {
    let response = await send(query, variables, signal, extra);
    let result = settle(response, root, kind);
    // An expired access token: refresh once and retry (a mutation refused as UNAUTHENTICATED did not run).
    if ("error" in result && result.error.status === 401 && onUnauthenticated && (await onUnauthenticated())) {
      response = await send(query, variables, signal, extra);
      result = settle(response, root, kind);
    }
    if ("error" in result) throw toHttpError(result.error);
    if (response.errors?.length) console.warn("Partial answer from the API:", response.errors);
    return result.value;
  }

  async function getPage(r: ResourceConfig, variables: object, signal?: AbortSignal) {
    const page = (await run(listQuery(r), variables, r.list, "query", signal)) as Page;
    return { data: page.items.map((item) => toRecord(r, item)), total: page.total };
  }

  const mapAnswer = (r: ResourceConfig, raw: unknown): unknown =>
    Array.isArray(raw)
      ? raw.map((x) => (x && typeof x === "object" && "id" in x ? toRecord(r, x) : x))
      : raw && typeof raw === "object" && "id" in raw
        ? toRecord(r, raw)
        : raw;

  const provider: ChampDataProvider = {
    getList: (resource, params) => {
      const r = config(resource);
      return getPage(r, listVariables(r, params), params.signal) as never;
    },

    getOne: async (resource, params) => {
      const r = config(resource);
      let raw: unknown;
      if (r.single) raw = await run(oneQuery(r), { id: String(params.id) }, r.single, "query", params.signal);
      else raw = (await getPage(r, manyVariables(r, [params.id]), params.signal)).data[0];
      if (!raw) throw new HttpError("ra.notification.item_doesnt_exist", 404);
      return { data: toRecord(r, raw) as never };
    },

    getMany: async (resource, params) => {
      const r = config(resource);
      const pages = await Promise.all(chunk(params.ids).map((ids) => getPage(r, manyVariables(r, ids), params.signal)));
      return { data: pages.flatMap((p) => p.data) as never[] };
    },

    getManyReference: (resource, params) => {
      const r = config(resource);
      return getPage(r, manyReferenceVariables(r, params), params.signal) as never;
    },

    create: async (resource, params) => {
      const r = config(resource);
      const input = toInput(r, params.data as Record<string, unknown>, "create");
      // A double click sends the same creation twice: the same key, so the API creates one record.
      const raw = await run(createMutation(r), { input }, createField(r), "mutation", undefined, {
        "Idempotency-Key": creationKey(resource, input),
      });
      return { data: toRecord(r, raw) as never };
    },

    update: async (resource, params) => {
      const r = config(resource);
      const input = toInput(
        r,
        params.data as Record<string, unknown>,
        "update",
        params.previousData as Record<string, unknown>,
      );
      // Nothing changed: no write, the record stays as it was.
      if (Object.keys(input).length === 0 && params.previousData) return { data: params.previousData };
      // The version read: the API refuses (CONFLICT) if someone changed the record since.
      const version = (params.previousData as { version?: unknown } | undefined)?.version;
      if (typeof version === "number") input.expectedVersion = version;
      const raw = await run(updateMutation(r), updateVariables(r, params.id, input), updateField(r), "mutation");
      return { data: toRecord(r, raw) as never };
    },

    updateMany: async (resource, params) => {
      const r = config(resource);
      const input = toInput(r, params.data as Record<string, unknown>, "update");
      const done: Identifier[] = [];
      for (const ids of chunk(params.ids, 25)) {
        const data = (await run(
          updateManyMutation(r, ids.length),
          updateManyVariables(r, ids, input),
          null,
          "mutation",
        )) as Record<string, { id: Identifier }>;
        done.push(...ids.map((_, i) => data[`u${i}`]?.id).filter((id) => id !== undefined));
      }
      return { data: done };
    },

    delete: async (resource, params) => {
      const r = config(resource);
      await run(deleteMutation(r), { id: String(params.id) }, r.delete, "mutation");
      return { data: (params.previousData ?? { id: params.id }) as never };
    },

    deleteMany: async (resource, params) => {
      const r = config(resource);
      const done: Identifier[] = [];
      for (const ids of chunk(params.ids, 25)) {
        const vars: Record<string, unknown> = {};
        ids.forEach((id, i) => (vars[`id${i}`] = String(id)));
        const data = (await run(deleteManyMutation(r, ids.length), vars, null, "mutation")) as Record<string, boolean>;
        done.push(...ids.filter((_, i) => data[`d${i}`] === true));
      }
      return { data: done };
    },

    action: async (resource, action, variables) => {
      const r = config(resource);
      const args = r.actions?.[action]?.args ?? { id: "ID!" };
      const field = r.actions?.[action]?.field ?? action;
      const raw = await run(actionMutation(r, action), operationVariables(args, variables), field, "mutation");
      return { data: mapAnswer(r, raw) as never };
    },

    query: async (name, variables = {}, signal) => {
      const q = queries[name];
      if (!q) throw new HttpError(`Unknown query: ${name}`, 500);
      const field = q.field ?? name;
      const args = q.args ?? {};
      const kind = q.kind ?? "query";
      const doc = operationDocument(
        kind,
        name[0].toUpperCase() + name.slice(1),
        field,
        args,
        q.selection ?? null,
        q.input,
      );
      return (await run(doc, operationVariables(args, variables), field, kind, signal)) as never;
    },
  };
  return provider;
}

function toHttpError(info: ErrorInfo): HttpError {
  return new HttpError(info.message, info.status, info.body);
}
