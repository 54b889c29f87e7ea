import "reflect-metadata";
import type { IncomingMessage } from "node:http";
import { DataSource, In } from "typeorm";
import {
  headersToForward,
  Identity,
  identityOfRequest,
  requestLang,
  requestLimits,
  RunningServer,
  serveSubgraph,
  SYSTEM_IDENTITY,
  idempotencyKeyOf,
} from "@champ-commun/kit";
import { buildNetworkSubgraph } from "./schema";
import { createLoaders } from "./loaders";
import { Amap } from "./entities/amap.entity";
import type { NetworkContext } from "./context";

/**
 * The context of one request. `identity` is who called (verified by `identityOfRequest`); an
 * in-process call without a request (tests, scripts) acts as the system.
 */
export function networkContext(
  ds: DataSource,
  req?: IncomingMessage,
  identity: Identity | null = req ? null : SYSTEM_IDENTITY,
): NetworkContext {
  return {
    ds,
    lang: req ? requestLang(req) : "fr",
    identity,
    forwardHeaders: req ? headersToForward(req) : {},
    limits: requestLimits(req),
    idempotencyKey: idempotencyKeyOf(req),
    loaders: createLoaders(ds),
    // This subgraph owns the AMAP directory: a network admin's AMAPs are one local query.
    amapsOfNetworks: async (networkIds) =>
      (await ds.getRepository(Amap).find({ select: { id: true }, where: { networkId: In(networkIds) } })).map(
        (a) => a.id,
      ),
  };
}

/** Starts the network subgraph on `port` (0 = any free port) over an open data source. */
export async function startNetworkService(ds: DataSource, port: number): Promise<RunningServer> {
  const { schema } = await buildNetworkSubgraph();
  return serveSubgraph({
    name: "network",
    schema,
    port,
    ds,
    context: async (req) => networkContext(ds, req, await identityOfRequest(req)),
  });
}
