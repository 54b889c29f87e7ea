import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "./errors";
import { t } from "./i18n";

/** Set by the gateway on every subgraph call: when the client's request times out (epoch ms); trusted with the internal secret. */
export const DEADLINE_HEADER = "x-champ-deadline";

/** When a subgraph request must stop working: its deadline, or the caller gone (the gateway aborted). */
export interface RequestLimits {
  deadline?: number;
  signal?: AbortSignal;
}

const responses = new WeakMap<IncomingMessage, ServerResponse>();

/** Remembers the response of a request (serveSubgraph does), so that its early close can stop the work. */
export function trackResponse(req: IncomingMessage, res: ServerResponse): void {
  responses.set(req, res);
}

/** The limits of one subgraph request: the gateway's deadline, and an abort when the gateway hangs up before the answer. */
export function requestLimits(req?: IncomingMessage): RequestLimits {
  if (!req) return {};
  const header = Number(req.headers[DEADLINE_HEADER]);
  const controller = new AbortController();
  // The gateway aborts its fetch on timeout: the response closes before it is written.
  const res = responses.get(req);
  res?.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  return { deadline: Number.isFinite(header) && header > 0 ? header : undefined, signal: controller.signal };
}

export const requestTimedOut = () => new DomainError("SERVICE_UNAVAILABLE", t("deadline.requestTookTooLong"));

/** Stops the work of a request whose time is up or whose caller left (cheap: called before each guarded field). */
export function ensureTime(limits: RequestLimits | undefined): void {
  if (!limits) return;
  if (limits.signal?.aborted || (limits.deadline !== undefined && Date.now() > limits.deadline))
    throw requestTimedOut();
}
