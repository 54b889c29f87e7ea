import fs from "node:fs";
import path from "node:path";
import express from "express";
import { expressMiddleware } from "@as-integrations/express5";
import { internalHeaders, langFromHeader, listenGracefully, replicaUrls } from "@champ-commun/kit/dist/edge";
import { createGatewayServer, forwardedHeaders, GatewayContext, SubgraphUrls } from "./gateway";
import { AuthOptions, GatewayAuth } from "./auth";

export const ADMIN_DIST = path.resolve(__dirname, "..", "..", "admin-ui", "dist");

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
  /** Every connection cut at once, as a crash (fault tests). */
  kill?: () => void;
}

/** Asks one subgraph for `{ __typename }`: up, and how long it took. */
async function probe(url: string): Promise<{ up: boolean; ms: number }> {
  const t0 = Date.now();
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await internalHeaders()) },
      body: JSON.stringify({ query: "{ __typename }" }),
      signal: AbortSignal.timeout(2000),
    });
    return { up: res.ok, ms: Date.now() - t0 };
  } catch {
    return { up: false, ms: Date.now() - t0 };
  }
}

/**
 * The public entry: `/graphql` (the composed API), `/health`, and the built admin UI at `/`
 * (single-page app: unknown paths fall back to index.html).
 */
export async function startGateway(opts: {
  supergraphSdl: string;
  urls: SubgraphUrls;
  port: number;
  host?: string;
  adminDir?: string;
  auth?: Partial<AuthOptions>;
}): Promise<RunningGateway> {
  const apollo = createGatewayServer({ supergraphSdl: opts.supergraphSdl, urls: opts.urls });
  await apollo.start();
  const auth = new GatewayAuth({
    memberUrl: opts.urls.member,
    accountCheckTtlMs: Number(process.env.ACCOUNT_CHECK_TTL_MS ?? 5_000),
    partnerCacheMs: Number(process.env.PARTNER_TOKEN_CACHE_MS ?? 60_000),
    ...opts.auth,
  });
  const app = express();
  app.disable("x-powered-by");
  // Behind a reverse proxy, TRUST_PROXY (e.g. "loopback" or a hop count) lets req.ip be the client's
  // address (sign-in attempt limits); by default X-Forwarded-For is not believed.
  if (process.env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY);

  app.get("/health", async (_req, res) => {
    // Each replica of each subgraph; a subgraph is up while one of its replicas is.
    const entries = await Promise.all(
      Object.entries(opts.urls).map(async ([name, list]) => {
        const replicas = await Promise.all(replicaUrls(list).map(probe));
        const up = replicas.some((p) => p.up);
        return [name, replicas.length === 1 ? replicas[0] : { up, replicas }] as const;
      }),
    );
    const subgraphs = Object.fromEntries(entries);
    const ok = entries.every(([, p]) => p.up);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "degraded", subgraphs });
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware<GatewayContext>(apollo, {
      // Runs before the operation is parsed or planned: a bad token is refused here (401).
      context: async ({ req }) => {
        const authorization = await auth.authorize(req.headers.authorization, langFromHeader(req.headers["accept-language"]));
        return { headers: forwardedHeaders(req.headers, { authorization, clientIp: req.ip ?? req.socket.remoteAddress }) };
      },
    }),
  );

  const adminDir = opts.adminDir ?? ADMIN_DIST;
  const index = path.join(adminDir, "index.html");
  app.use(express.static(adminDir, { index: false, maxAge: "1h" }));
  app.get(/.*/, (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(404).type("text/plain").send("Admin UI not built: run `npm run build`.");
  });

  // /live and /ready (the supergraph is loaded; a stopping gateway says no), graceful stop (kit server.ts).
  const running = await listenGracefully({ port: opts.port, host: opts.host ?? "127.0.0.1", ready: async () => true, handle: app, onStop: () => apollo.stop() });
  return { url: `http://127.0.0.1:${running.port}`, port: running.port, stop: running.stop, kill: running.kill };
}
