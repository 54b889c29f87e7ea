import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import express from "express";
import helmet from "helmet";
import { expressMiddleware } from "@as-integrations/express5";
import { internalHeaders, langFromHeader } from "@champ-commun/kit";
import { createGatewayServer, forwardedHeaders, GatewayContext, requestTimeoutMs, SubgraphUrls } from "./gateway";
import { budgetOptionsFromEnv, MemberQueryBudget } from "./limits/budget";
import { AuthOptions, GatewayAuth } from "./auth";

export const ADMIN_DIST = path.resolve(__dirname, "..", "..", "admin-ui", "dist");

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
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
 * Security headers on everything the gateway serves (the back-offices and the API), with helmet:
 * a Content-Security-Policy allowing only this origin (scripts, API calls, images, fonts), no
 * framing (frame-ancestors 'none' and X-Frame-Options DENY), nosniff, no referrer sent elsewhere.
 * Styles also allow 'unsafe-inline': MUI's emotion inserts <style> elements at run time, and a
 * nonce would need index.html rendered per request; scripts, where an injection would run code,
 * stay 'self' only.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
  });
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
  const apollo = createGatewayServer({ supergraphSdl: opts.supergraphSdl, urls: opts.urls, budget: new MemberQueryBudget(opts.urls.member, budgetOptionsFromEnv()) });
  await apollo.start();
  const auth = new GatewayAuth({
    memberUrl: opts.urls.member,
    partnerCacheMs: Number(process.env.PARTNER_TOKEN_CACHE_MS ?? 60_000),
    ...opts.auth,
  });
  const app = express();
  app.disable("x-powered-by");
  app.use(securityHeaders());
  // Behind a reverse proxy, TRUST_PROXY (e.g. "loopback" or a hop count) lets req.ip be the client's
  // address (sign-in attempt limits); by default X-Forwarded-For is not believed.
  if (process.env.TRUST_PROXY) app.set("trust proxy", /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY);

  app.get("/health", async (_req, res) => {
    const entries = await Promise.all(Object.entries(opts.urls).map(async ([name, url]) => [name, await probe(url)] as const));
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
        const authorized = await auth.authorize(req.headers.authorization, langFromHeader(req.headers["accept-language"]));
        const clientIp = req.ip ?? req.socket.remoteAddress;
        return {
          headers: forwardedHeaders(req.headers, { authorization: authorized?.authorization, checked: authorized?.checked, clientIp }),
          caller: authorized ? authorized.caller : `address:${clientIp ?? "unknown"}`,
          deadline: Date.now() + requestTimeoutMs(),
        };
      },
    }),
  );

  // A body that is not JSON (or too large) is the client's error: answered in JSON like any other, never Express's HTML page with a stack.
  app.use("/graphql", ((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      status === 413
        ? "Requête trop volumineuse (1 Mo au plus). / Request too large (1 MB at most)."
        : status < 500
          ? "Corps de requête JSON invalide. / Invalid JSON request body."
          : "Erreur interne : réessayez plus tard. / Internal error: please try again later.";
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] });
  }) as express.ErrorRequestHandler);

  const adminDir = opts.adminDir ?? ADMIN_DIST;
  const index = path.join(adminDir, "index.html");
  app.use(express.static(adminDir, { index: false, maxAge: "1h" }));
  app.get(/.*/, (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else res.status(404).type("text/plain").send("Admin UI not built: run `npm run build`.");
  });

  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
