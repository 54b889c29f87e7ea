/**
 * Several replicas of one subgraph, named by a comma-separated list of URLs (`AMAP_URL=http://a:4102/,http://b:4102/`).
 * Calls are spread over them in turn; a replica that refused a connection or dropped it is set
 * aside for a moment; a read (a GraphQL query) cut that way is sent again to another replica,
 * while a write is retried only when it never reached a replica (connection refused), since a
 * write cut after it was sent may have been done. Behind a Kubernetes Service the list has one
 * URL and the Service spreads the calls: the retry still covers a pod that died under a request.
 */
import { DEADLINE_HEADER } from "./deadline";
import { log } from "./log";
export function replicaUrls(list: string): string[] {
  return list
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
}

/** How long a replica that failed is skipped before it is tried again. */
const ASIDE_MS = Number(process.env.REPLICA_ASIDE_MS ?? 2_000);

export class ReplicaSet {
  private next = 0;
  private readonly asideUntil = new Map<string, number>();
  readonly urls: string[];

  constructor(list: string | string[]) {
    this.urls = Array.isArray(list) ? list : replicaUrls(list);
    if (this.urls.length === 0) throw new Error("no replica URL");
  }

  /** The replicas in the order to try them for one call: in turn, those set aside last. */
  order(): string[] {
    const n = this.urls.length;
    const start = this.next++ % n;
    const rotated = [...this.urls.slice(start), ...this.urls.slice(0, start)];
    const now = Date.now();
    return [
      ...rotated.filter((u) => (this.asideUntil.get(u) ?? 0) <= now),
      ...rotated.filter((u) => (this.asideUntil.get(u) ?? 0) > now),
    ];
  }

  setAside(url: string): void {
    this.asideUntil.set(url, Date.now() + ASIDE_MS);
  }
}

const sets = new Map<string, ReplicaSet>();
/** One set per list in a process, so that turns and set-aside replicas are shared by all callers. */
export function replicaSet(list: string): ReplicaSet {
  let s = sets.get(list);
  if (!s) sets.set(list, (s = new ReplicaSet(list)));
  return s;
}

/** A GraphQL body whose operation is a query (or a bare selection set): safe to send twice. */
export function isReadOnlyBody(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    const q = (JSON.parse(body) as { query?: unknown }).query;
    return typeof q === "string" && /^\s*(#[^\n]*\n\s*)*(query\b|\{)/.test(q);
  } catch {
    return false;
  }
}

function errorCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string; cause?: { code?: string } } };
  return e?.cause?.code ?? e?.cause?.cause?.code ?? e?.code;
}

/** The replica never got the request. */
function refused(err: unknown): boolean {
  return errorCode(err) === "ECONNREFUSED";
}

/** The connection failed or was cut (not a timeout: a slow replica is not retried, that would double the load). */
function connectionLost(err: unknown): boolean {
  const code = errorCode(err);
  return (
    code === "ECONNREFUSED" ||
    code === "ECONNRESET" ||
    code === "EPIPE" ||
    code === "UND_ERR_SOCKET" ||
    code === "UND_ERR_CLOSED"
  );
}

const MESSAGES = {
  cut: "Le service s'est interrompu pendant l'opération : elle a pu être enregistrée ou non ; vérifiez avant de recommencer. / The service stopped during the operation: it may or may not have been saved; check before trying again.",
  timeout:
    "Le service met trop de temps à répondre ; réessayez dans un instant. / The service is taking too long to answer; try again in a moment.",
  down: "Le service est momentanément indisponible ; réessayez dans un instant. / The service is temporarily unavailable; try again in a moment.",
};

/** What a subgraph would have answered had it been able to: a GraphQL error SERVICE_UNAVAILABLE (HTTP 200, so that the gateway passes the code on rather than wrapping a 503). */
function unavailable(kind: keyof typeof MESSAGES): Response {
  return new Response(
    JSON.stringify({ errors: [{ message: MESSAGES[kind], extensions: { code: "SERVICE_UNAVAILABLE" } }] }),
    { status: 200, headers: { "content-type": "application/json" } },
  );
}

/**
 * A `fetch` for calls to one subgraph that picks the replica itself (the URL it is given is
 * ignored), with a timeout per attempt. Reads are retried once per other replica. When no
 * replica could answer, the answer is a GraphQL error SERVICE_UNAVAILABLE saying whether a write
 * may have been done (it was cut after it was sent), not a transport exception.
 */
/** The time left before the client's deadline (deadline.ts), when the call carries one. */
function timeLeft(init: RequestInit): number {
  const deadline = Number(new Headers(init.headers).get(DEADLINE_HEADER));
  return Number.isFinite(deadline) && deadline > 0 ? Math.max(1, deadline - Date.now()) : Infinity;
}

export function replicaFetch(list: string, timeoutMs: number): typeof fetch {
  const set = replicaSet(list);
  return async (_input: unknown, init: RequestInit = {}) => {
    const readOnly = isReadOnlyBody(init.body);
    const order = set.order();
    const last: keyof typeof MESSAGES = "down";
    for (let i = 0; i < order.length; i++) {
      const url = order[i];
      try {
        const res = await fetch(url, { ...init, signal: AbortSignal.timeout(Math.min(timeoutMs, timeLeft(init))) });
        // A replica that is stopping (drained, 503) hands a read to another one.
        if (res.status === 503 && readOnly && i + 1 < order.length) {
          set.setAside(url);
          continue;
        }
        return res;
      } catch (err) {
        log().debug({ url, readOnly, err, code: errorCode(err) }, "replica call failed");
        if ((err as Error)?.name === "TimeoutError") return unavailable("timeout");
        if (!connectionLost(err)) throw err;
        set.setAside(url);
        if (!(readOnly || refused(err))) return unavailable("cut");
      }
    }
    return unavailable(last);
  };
}
