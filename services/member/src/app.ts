import "reflect-metadata";
import type { IncomingMessage } from "node:http";
import type { DataSource } from "typeorm";
import {
  requestLimits,
  CLIENT_IP_HEADER,
  headersToForward,
  Identity,
  identityOfRequest,
  remoteAmapsOfNetworks,
  requestLang,
  RunningServer,
  serveSubgraph,
  SYSTEM_IDENTITY,
  idempotencyKeyOf,
} from "@champ-commun/kit";
import { buildMemberSubgraph } from "./schema";
import { createLoaders } from "./loaders";
import { memoTerms } from "./services/template-terms";
import { RemoteTemplateTerms } from "./services/template-terms.client";
import { RemoteAmapSource } from "./services/amap-source";
import { AccountsRuntime, defaultAccountsRuntime } from "./accounts";
import { ensureAdminFromEnv } from "./accounts/first-admin";
import { createMailWorker } from "./notifications/mail.worker";
import { NotificationScheduler, startNotificationScheduler } from "./notifications/scheduler";
import { localCredentialCheck } from "./accounts/credential";
import type { MemberContext } from "./context";

/**
 * The context of one request. `identity` is who called (verified by `identityOfRequest`); an
 * in-process call without a request (tests, scripts) acts as the system.
 */
export function memberContext(
  ds: DataSource,
  req?: IncomingMessage,
  identity: Identity | null = req ? null : SYSTEM_IDENTITY,
  accounts: AccountsRuntime = defaultAccountsRuntime(),
): MemberContext {
  const forwardHeaders = req ? headersToForward(req) : {};
  const address = req?.headers[CLIENT_IP_HEADER];
  return {
    ds,
    lang: req ? requestLang(req) : "fr",
    identity,
    forwardHeaders,
    limits: requestLimits(req),
    idempotencyKey: idempotencyKeyOf(req),
    amapsOfNetworks: remoteAmapsOfNetworks(forwardHeaders),
    accounts,
    // Set by the gateway, and only trusted because the request carries the internal secret.
    clientAddress: typeof address === "string" && address ? address : (req?.socket.remoteAddress ?? null),
    loaders: createLoaders(ds),
    templateTerms: memoTerms(new RemoteTemplateTerms(forwardHeaders)),
    amap: new RemoteAmapSource(forwardHeaders),
  };
}

/**
 * Starts the member subgraph on `port` (0 = any free port) over an open data source. It issues
 * the access tokens; with ADMIN_EMAIL and ADMIN_PASSWORD set, it first makes sure that first
 * administrator exists.
 */
export async function startMemberService(ds: DataSource, port: number): Promise<RunningServer> {
  await ensureAdminFromEnv(ds);
  const { schema } = await buildMemberSubgraph();
  const accounts = new AccountsRuntime();
  const server = await serveSubgraph({
    name: "member",
    schema,
    port,
    ds,
    // Tokens are checked against this subgraph's own accounts (the others ask it).
    context: async (req) => memberContext(ds, req, await identityOfRequest(req, localCredentialCheck(ds)), accounts),
  });
  // Mails go out from the outbox; time-based notices come from the scheduler's tick. Both are safe with several replicas.
  const mail = createMailWorker(ds, () => accounts.systemHeaders()).start();
  // Tests drive the scheduler with their own clock (NotificationScheduler.tick); NOTIFY_TICK_MS=0 turns it off.
  const ticking = process.env.NOTIFY_TICK_MS ? process.env.NOTIFY_TICK_MS !== "0" : process.env.NODE_ENV !== "test";
  const stopTicks = !ticking
    ? () => undefined
    : startNotificationScheduler(new NotificationScheduler(ds, () => accounts.systemHeaders()));
  return {
    ...server,
    stop: async () => {
      stopTicks();
      await mail.stop();
      await server.stop();
    },
  };
}
