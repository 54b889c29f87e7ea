import http from "node:http";
import type { IncomingMessage } from "node:http";
import v8 from "node:v8";
import vm from "node:vm";
import { log } from "./log";

/** Longest a stopping process waits for its requests under way before cutting them. */
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? 10_000);
/** Pause between "not ready" and closing the listener, so a load balancer stops sending first (Kubernetes: a few seconds). */
const SHUTDOWN_DELAY_MS = Number(process.env.SHUTDOWN_DELAY_MS ?? 0);
/** Idle this long after a burst of requests, a process runs one full garbage collection. */
const IDLE_GC_MS = Number(process.env.IDLE_GC_MS ?? 10_000);

let fullGc: (() => void) | null | undefined;
/**
 * Idle memory (each process under 150 MB RSS): V8 keeps the heap a burst grew until memory
 * pressure; a full collection once the process is idle lets it return those pages. `gc` is
 * exposed at run time (the flag, then a fresh context's global), not with a command-line flag.
 */
function collectWhenIdle(): void {
  if (fullGc === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      fullGc = vm.runInNewContext("gc") as () => void;
    } catch {
      fullGc = null;
    }
  }
  fullGc?.();
}

/**
 * An HTTP server that answers `/live` (the process runs) and `/ready` (it may take traffic:
 * `ready()` says so, and a stopping server says no) itself, passes everything else to `handle`,
 * and stops gracefully: not ready, stop accepting, close idle keep-alive connections, wait for
 * the requests under way, then cut what is left after the grace period.
 */
export async function listenGracefully(opts: {
  port: number;
  host: string;
  ready: () => Promise<boolean>;
  handle: (req: IncomingMessage, res: http.ServerResponse) => void;
  onStop?: () => Promise<void>;
}): Promise<{ port: number; server: http.Server; stop: () => Promise<void>; kill: () => void }> {
  let stopping = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  const idleSoon = () => {
    if (IDLE_GC_MS <= 0) return;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => inFlight === 0 && !stopping && collectWhenIdle(), IDLE_GC_MS).unref();
  };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/live")
      return void res.writeHead(200, { "content-type": "application/json" }).end('{"status":"live"}');
    if (path === "/ready") {
      void (stopping ? Promise.resolve(false) : opts.ready().catch(() => false)).then((ok) =>
        res
          .writeHead(ok ? 200 : 503, { "content-type": "application/json" })
          .end(JSON.stringify({ status: ok ? "ready" : stopping ? "stopping" : "not ready" })),
      );
      return;
    }
    inFlight++;
    // A keep-alive connection must not carry a new request into a stopping server.
    if (stopping) res.setHeader("connection", "close");
    res.on("close", () => {
      inFlight--;
      if (inFlight === 0) {
        if (drained) drained();
        idleSoon();
      }
    });
    opts.handle(req, res);
  });
  server.keepAliveTimeout = 5_000;
  // Node answers a malformed request with 400 itself; at debug level it is logged instead (and the socket closed).
  if (log().isLevelEnabled("debug"))
    server.on("clientError", (err: Error & { code?: string }, socket) => {
      log().debug({ err }, "HTTP client error");
      socket.destroy();
    });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  idleSoon(); // start-up (schema, migrations) leaves garbage too
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      if (SHUTDOWN_DELAY_MS > 0) await new Promise((r) => setTimeout(r, SHUTDOWN_DELAY_MS));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((r) => (drained = r)),
          new Promise((r) => setTimeout(r, SHUTDOWN_GRACE_MS).unref()),
        ]);
      }
      server.closeAllConnections();
      await closed;
      await opts.onStop?.();
    })());
  const kill = () => {
    stopping = true;
    server.close();
    server.closeAllConnections();
  };
  return { port: (server.address() as { port: number }).port, server, stop, kill };
}
