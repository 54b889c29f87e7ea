import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Logging for every process (pino): JSON lines on stdout, level from LOG_LEVEL (info; silent under
 * jest unless LOG_LEVEL says otherwise), pretty only when LOG_PRETTY=1 and pino-pretty (a dev
 * dependency) is there. A request carries one id from the gateway (generated there when the
 * client sent none) to every subgraph it touches: each line logged while serving it says
 * `reqId`. Passwords, tokens and personal data (names, e-mail addresses) never reach a line.
 */

/** The request id header: set (or checked) by the gateway, answered to the client, passed to every subgraph call. */
export const REQUEST_ID_HEADER = "x-request-id";

interface RequestScope {
  id: string;
  service: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Keys whose values never reach a line, at any of the first three levels of what is logged. */
const HIDDEN_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "accessToken",
  "refreshToken",
  "authorization",
  "cookie",
  "secret",
  "email",
  "firstName",
  "lastName",
  "displayName",
  "phone",
  "address",
  "variables",
  "parameters",
];
const REDACT_PATHS = HIDDEN_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]).concat([
  'headers["x-champ-internal"]',
  '*.headers["x-champ-internal"]',
]);

/** What may still slip into a message (a driver's error quoting a value): e-mail addresses, tokens, quoted duplicate values. */
function scrub(text: string): string {
  return text
    .replace(/[^\s@'"<>(),;:]+@[^\s@'"<>(),;:]+\.[a-z]{2,}/gi, "[e-mail]")
    .replace(/\bBearer\s+\S+/gi, "Bearer [token]")
    .replace(/\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, "[token]")
    .replace(/\bccp_[\w-]+/g, "[token]")
    .replace(/(Duplicate entry )'[^']*'/g, "$1'[value]'");
}

/** An error as a line shows it: its kind, code, message and stack, scrubbed; never its SQL parameters or driver fields. */
function errorView(err: unknown): unknown {
  if (!(err instanceof Error)) return typeof err === "string" ? scrub(err) : err;
  const code = (err as { code?: unknown }).code;
  return {
    type: err.constructor?.name ?? err.name,
    message: scrub(err.message),
    ...(typeof code === "string" ? { code } : {}),
    ...(err.stack ? { stack: scrub(err.stack) } : {}),
  };
}

function defaultLevel(): string {
  return process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" || process.env.JEST_WORKER_ID ? "silent" : "info");
}

function prettyTransport(): { target: string } | undefined {
  if (!process.env.LOG_PRETTY || process.env.LOG_PRETTY === "0") return undefined;
  try {
    require.resolve("pino-pretty");
    return { target: "pino-pretty" };
  } catch {
    return undefined; // a production install has no pino-pretty: JSON it is
  }
}

function build(destination?: DestinationStream, level = defaultLevel(), base: Record<string, unknown> = {}): Logger {
  const options: pino.LoggerOptions = {
    level,
    base,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: "[hidden]" },
    serializers: { err: errorView, error: errorView },
    // Every line written while a request is served carries its id, whichever logger wrote it.
    mixin: () => {
      const s = scope.getStore();
      return s ? { reqId: s.id } : {};
    },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === "string" ? scrub(a) : a)) as Parameters<typeof method>);
      },
    },
  };
  if (destination) return pino(options, destination);
  const transport = prettyTransport();
  return transport ? pino({ ...options, transport }) : pino(options);
}

let root = build();
let service: string | undefined;
const children = new Map<string, Logger>();

/** Names this process in every line (`service`): each entry point calls it once. */
export function setLogService(name: string): void {
  service = name;
  root = build(undefined, defaultLevel(), { service: name });
  children.clear();
}

/** Sends every line to `destination` at `level` (tests capture them); no argument: back to stdout. */
export function setLogDestination(destination?: DestinationStream, level?: string): void {
  root = build(destination, level, service ? { service } : {});
  children.clear();
}

function serviceLogger(name: string): Logger {
  if (name === service) return root;
  let child = children.get(name);
  if (!child) children.set(name, (child = root.child({ service: name })));
  return child;
}

/** The logger to write with: the serving process's (its `service`), with the request's id while one is served. */
export function log(): Logger {
  const s = scope.getStore();
  return s ? serviceLogger(s.service) : root;
}

/** The id of the request being served, if any. */
function currentRequestId(): string | undefined {
  return scope.getStore()?.id;
}

/** The header passing the current request's id on to another process (empty outside a request). */
export function requestIdHeader(): Record<string, string> {
  const id = currentRequestId();
  return id ? { [REQUEST_ID_HEADER]: id } : {};
}

/** A client's request id when it is a sane one (letters, digits, `-_.:`, up to 128), else a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  const v = Array.isArray(header) ? header[0] : header;
  return v && /^[\w.:-]{1,128}$/.test(v) ? v : randomUUID();
}

/** Runs `fn` as part of request `id` served by `service`: every line logged meanwhile carries the id. */
export function withRequest<T>(id: string, service: string, fn: () => T): T {
  return scope.run({ id, service }, fn);
}

/** A path as a line shows it: no query string, and no long secret segment (an agenda's token). */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? "/").split("?")[0];
  return path
    .split("/")
    .map((seg) =>
      seg.length >= 20 &&
      !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(seg.replace(/\.\w+$/, ""))
        ? `[hidden]${seg.match(/\.\w+$/)?.[0] ?? ""}`
        : seg,
    )
    .join("/");
}

/** A GraphQL body's operation name: the one it gives, else the one its document declares. */
export function operationName(body: unknown): string | undefined {
  const b = body as { operationName?: unknown; query?: unknown } | undefined;
  if (typeof b?.operationName === "string" && b.operationName) return b.operationName;
  return typeof b?.query === "string" ? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(b.query)?.[1] : undefined;
}

/**
 * Writes the request's one line when its answer is sent (or the client left): method, path,
 * status, duration, and the GraphQL operation's name when there is one. Probes and the
 * back-office's static files log at debug only.
 */
export function logRequestLine(
  req: IncomingMessage,
  res: ServerResponse,
  extra: () => Record<string, unknown> = () => ({}),
  quiet = false,
): void {
  const t0 = process.hrtime.bigint();
  const s = scope.getStore();
  const write = () => {
    // Express rewrites `url` under a mount point: its `originalUrl` is what the client asked.
    const line = {
      method: req.method,
      path: loggedPath((req as { originalUrl?: string }).originalUrl ?? req.url),
      status: res.statusCode,
      ms: Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10,
      ...(res.writableFinished ? {} : { aborted: true }),
      ...extra(),
    };
    const logger = s ? serviceLogger(s.service) : root;
    const at = res.statusCode >= 500 ? "error" : quiet ? "debug" : "info";
    // The close event may run outside the request's scope: its id is put back for the mixin.
    if (s) scope.run(s, () => logger[at](line, "request"));
    else logger[at](line, "request");
  };
  res.once("close", write);
}
