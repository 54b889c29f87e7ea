import "reflect-metadata";
import type { IncomingMessage } from "node:http";
import type { DataSource } from "typeorm";
import {
  requestLimits,
  headersToForward,
  Identity,
  identityOfRequest,
  remoteAmapsOfNetworks,
  requestLang,
  RunningServer,
  serveSubgraph,
  SYSTEM_IDENTITY,
  idempotencyKeyOf,
  defaultZones,
  remoteAmapZones,
} from "@champ-commun/kit";
import { buildAmapSubgraph } from "./schema";
import { createLoaders } from "./loaders";
import { startEventOutbox } from "./outbox/events";
import type { AmapContext } from "./context";

/**
 * The context of one request. `identity` is who called (verified by `identityOfRequest`); an
 * in-process call without a request (tests, scripts) acts as the system.
 */
export function amapContext(
  ds: DataSource,
  req?: IncomingMessage,
  identity: Identity | null = req ? null : SYSTEM_IDENTITY,
): AmapContext {
  const forwardHeaders = req ? headersToForward(req) : {};
  return {
    ds,
    lang: req ? requestLang(req) : "fr",
    identity,
    forwardHeaders,
    limits: requestLimits(req),
    idempotencyKey: idempotencyKeyOf(req),
    loaders: createLoaders(ds),
    // In-process calls (tests, scripts) have no network subgraph to ask: every AMAP in the default zone.
    zones: req ? remoteAmapZones() : defaultZones,
    amapsOfNetworks: remoteAmapsOfNetworks(forwardHeaders),
  };
}

/** Starts the amap subgraph on `port` (0 = any free port) over an open data source. */
export async function startAmapService(ds: DataSource, port: number): Promise<RunningServer> {
  const { schema } = await buildAmapSubgraph();
  const server = await serveSubgraph({
    name: "amap",
    schema,
    port,
    ds,
    context: async (req) => amapContext(ds, req, await identityOfRequest(req)),
  });
  const events = startEventOutbox(ds);
  return {
    ...server,
    stop: async () => {
      await events.stop();
      await server.stop();
    },
  };
}
