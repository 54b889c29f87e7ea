import { DataSource } from "typeorm";
import { GraphQLSchema } from "graphql";
import { execute, freshTestDbUrl } from "../../kit/src/testing";
import type { RunningServer } from "../../kit/src/server";
import { loadSigningKey, signAccessToken } from "../../kit/src/auth";
import { openNetworkDb } from "../../network/src/db";
import { startNetworkService } from "../../network/src/app";
import { AmapService } from "../../network/src/services/amap.service";
import { FarmService } from "../../network/src/services/farm.service";
import { ProductService } from "../../network/src/services/product.service";
import { openAmapDb } from "../src/db";
import { buildAmapSubgraph } from "../src/schema";
import { amapContext } from "../src/app";

/** The amap subgraph on its own database, and (if asked) the real network subgraph it calls over HTTP. */
export interface Harness {
  ds: DataSource;
  schema: GraphQLSchema;
  network?: { ds: DataSource; server: RunningServer };
  /** Headers the harness's requests pass on to the network subgraph (a super administrator's token). */
  forwardHeaders: Record<string, string>;
  run: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => ReturnType<typeof execute<T>>;
  close: () => Promise<void>;
}

export async function openHarness(tag: string, withNetwork: boolean): Promise<Harness> {
  const ds = await openAmapDb(await freshTestDbUrl("amap", tag));
  const schema = (await buildAmapSubgraph()).schema;
  let network: Harness["network"];
  if (withNetwork) {
    const netDs = await openNetworkDb(await freshTestDbUrl("network", tag));
    const server = await startNetworkService(netDs, 0);
    process.env.NETWORK_URL = server.url;
    network = { ds: netDs, server };
  }
  // The network subgraph checks who calls: the harness's requests act as a super administrator.
  const authorization = withNetwork
    ? `Bearer ${await signAccessToken({ subject: "system:amap-tests", kind: "person", grants: [], superAdmin: true }, await loadSigningKey())}`
    : null;
  const forwardHeaders: Record<string, string> = authorization ? { authorization } : {};
  const context = () => {
    const ctx = amapContext(ds);
    return { ...ctx, forwardHeaders: { ...ctx.forwardHeaders, ...forwardHeaders } };
  };
  return {
    ds,
    schema,
    network,
    forwardHeaders,
    run: (query, variables) => execute(schema, query, context(), variables),
    close: async () => {
      if (network) {
        await network.server.stop();
        await network.ds.destroy();
      }
      await ds.destroy();
    },
  };
}

/** An AMAP, a farm with products, and another farm's product, registered in the network subgraph. */
export async function seedNetwork(h: Harness, name = "AMAP des Lilas") {
  const em = h.network!.ds.manager;
  const amap = await new AmapService(em).create({ name });
  const farm = await new FarmService(em).create({ name: `Ferme de ${name}`, payeeName: "EARL du Bout du Monde" });
  const products = new ProductService(em);
  const vegetables = await products.create({ farmId: farm.id, name: "Panier de légumes", unit: "panier" });
  const eggs = await products.create({ farmId: farm.id, name: "Œufs", unit: "douzaine" });
  const chicken = await products.create({ farmId: farm.id, name: "Poulet", unit: "kg" });
  const other = await new FarmService(em).create({ name: `Autre ferme de ${name}` });
  const foreign = await products.create({ farmId: other.id, name: "Pain", unit: "miche" });
  return {
    amapId: amap.id,
    farmId: farm.id,
    vegetablesId: vegetables.id,
    eggsId: eggs.id,
    chickenId: chicken.id,
    foreignProductId: foreign.id,
  };
}

/** The fields and codes of the first error of a response. */
export function firstError(res: { errors?: readonly { extensions: Record<string, unknown>; message: string }[] }) {
  const err = res.errors?.[0];
  return {
    code: err?.extensions.code,
    fields: (err?.extensions.fields ?? {}) as Record<string, string>,
    message: err?.message,
  };
}
