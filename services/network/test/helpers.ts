import type { DataSource } from "typeorm";
import type { GraphQLSchema } from "graphql";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import { openNetworkDb } from "../src/db";
import { buildNetworkSubgraph } from "../src/schema";
import { networkContext } from "../src/app";

export type Result = Awaited<ReturnType<typeof execute>>;

/** One fresh database and schema per test file; `run` executes an operation with fresh per-request loaders. */
export function useNetworkSubgraph(tag: string) {
  const h = {} as {
    ds: DataSource;
    schema: GraphQLSchema;
    run: (q: string, v?: Record<string, unknown>) => Promise<Result>;
  };
  beforeAll(async () => {
    h.ds = await openNetworkDb(await freshTestDbUrl("network", tag));
    h.schema = (await buildNetworkSubgraph()).schema;
  });
  afterAll(() => h.ds.destroy());
  h.run = (q, v) => execute(h.schema, q, networkContext(h.ds), v);
  return h;
}

/** The data of a result that must have succeeded (shows the errors otherwise). */
export function ok(res: Result): Record<string, any> {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The code and the fields at fault of a result that must have failed. */
export function failure(res: Result): { code: string; fields: Record<string, string>; message: string } {
  expect(res.errors?.length).toBeGreaterThan(0);
  const e = res.errors![0];
  return {
    code: e.extensions.code as string,
    fields: (e.extensions.fields ?? {}) as Record<string, string>,
    message: e.message,
  };
}

/** Small fixtures through the API itself. */
export function fixtures(run: (q: string, v?: Record<string, unknown>) => Promise<Result>) {
  const network = async (name: string, parentId?: string): Promise<string> =>
    ok(await run(`mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`, { i: { name, parentId } }))
      .createNetwork.id;
  const amap = async (input: Record<string, unknown>): Promise<string> =>
    ok(await run(`mutation($i: CreateAmapInput!) { createAmap(input: $i) { id } }`, { i: input })).createAmap.id;
  const farm = async (input: Record<string, unknown>): Promise<string> =>
    ok(await run(`mutation($i: CreateFarmInput!) { createFarm(input: $i) { id } }`, { i: input })).createFarm.id;
  return { network, amap, farm };
}
