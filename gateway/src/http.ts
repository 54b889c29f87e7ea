import path from "node:path";
import express from "express";
import helmet from "helmet";
import { expressMiddleware } from "@as-integrations/express5";
import {
  internalHeaders,
  langFromHeader,
  listenGracefully,
  logRequestLine,
  operationName,
  REQUEST_ID_HEADER,
  requestIdOf,
  replicaUrls,
  withRequest,
} from "@champ-commun/kit/dist/edge";
import { createGatewayServer, forwardedHeaders, GatewayContext, requestTimeoutMs, SubgraphUrls } from "./gateway";
import { budgetOptionsFromEnv, MemberQueryBudget } from "./limits/budget";
import { AuthOptions, GatewayAuth } from "./auth";
import { mountFiles } from "./files";
import { adminAssets } from "./admin-assets";

export const ADMIN_DIST = path.resolve(__dirname, "..", "..", "admin-ui", "dist");

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
  /** Every connection cut at once, as a crash (fault tests). */
  kill?: () => void;
}

/** The GraphQL operation's name, for the request's log line. */
function operationOf(req: express.Request): Record<string, unknown> {
  const name = operationName(req.body);
  return name ? { operation: name } : {};
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
  const apollo = createGatewayServer({
    supergraphSdl: opts.supergraphSdl,
    urls: opts.urls,
    budget: new MemberQueryBudget(opts.urls.member, budgetOptionsFromEnv()),
  });
  await apollo.start();
  const auth = new GatewayAuth({
    memberUrl: opts.urls.member,
    partnerCacheMs: Number(process.env.PARTNER_TOKEN_CACHE_MS ?? 60_000),
    ...opts.auth,
  });
  const app = express();
  app.disable("x-powered-by");
  // Every request gets an id (the client's when it sent a sane one): answered in X-Request-ID, passed to
  // every subgraph call, and on every line logged while it is served, here and in the subgraphs.
  app.use((req, res, next) => {
    const id = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    withRequest(id, "gateway", () => {
      logRequestLine(req, res, () => operationOf(req), !/^\/(graphql|files|calendar|unsubscribe)\b/.test(req.path));
      next();
    });
  });
  app.use(securityHeaders());
  // Behind a reverse proxy, TRUST_PROXY (e.g. "loopback" or a hop count) lets req.ip be the client's
  // address (sign-in attempt limits); by default X-Forwarded-For is not believed.
  if (process.env.TRUST_PROXY)
    app.set(
      "trust proxy",
      /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY,
    );

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

  // Files travel as base64 in one mutation (an import, an AMAP archive): a body over 1 MB is read
  // only once the caller's token is verified, up to GRAPHQL_MAX_UPLOAD_BYTES (12 MB: an 8 MiB file).
  const small = express.json({ limit: "1mb" });
  const large = express.json({ limit: Number(process.env.GRAPHQL_MAX_UPLOAD_BYTES ?? 12 * 1024 * 1024) });
  const body: express.RequestHandler = (req, res, next) => {
    if (Number(req.headers["content-length"] ?? 0) <= 1024 * 1024 || !req.headers.authorization)
      return small(req, res, next);
    auth.authorize(req.headers.authorization, langFromHeader(req.headers["accept-language"])).then(
      () => large(req, res, next),
      () =>
        res.status(401).json({
          errors: [
            {
              message: "Connexion requise pour envoyer un fichier. / Sign in to send a file.",
              extensions: { code: "UNAUTHENTICATED" },
            },
          ],
        }),
    );
  };
  app.use(
    "/graphql",
    body,
    // The body parser's callbacks run outside the request's scope: back into it before Apollo runs.
    (req, _res, next) => withRequest(String(req.headers[REQUEST_ID_HEADER]), "gateway", next),
    expressMiddleware<GatewayContext>(apollo, {
      // Runs before the operation is parsed or planned: a bad token is refused here (401).
      context: async ({ req }) => {
        const authorized = await auth.authorize(
          req.headers.authorization,
          langFromHeader(req.headers["accept-language"]),
        );
        const clientIp = req.ip ?? req.socket.remoteAddress;
        return {
          headers: forwardedHeaders(req.headers, {
            authorization: authorized?.authorization,
            checked: authorized?.checked,
            clientIp,
          }),
          caller: authorized ? authorized.caller : `address:${clientIp ?? "unknown"}`,
          deadline: Date.now() + requestTimeoutMs(),
        };
      },
    }),
  );

  // A body that is not JSON (or too large) is the client's error: answered in JSON like any other, never Express's HTML page with a stack.
  app.use("/graphql", ((
    err: { status?: number; type?: string },
    _req: express.Request,
    res: express.Response,
    next: express.NextFunction,
  ) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      status === 413
        ? "Requête trop volumineuse (1 Mo au plus). / Request too large (1 MB at most)."
        : status < 500
          ? "Corps de requête JSON invalide. / Invalid JSON request body."
          : "Erreur interne : réessayez plus tard. / Internal error: please try again later.";
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] });
  }) as express.ErrorRequestHandler);

  // Pages and files over plain HTTP: unsubscribe, agendas, contract PDF, exports (files.ts).
  mountFiles(app, opts.urls, auth);

  // Pre-compressed, immutable hashed assets; index.html for every other path (single-page app).
  app.use(adminAssets(opts.adminDir ?? ADMIN_DIST));

  // /live and /ready (the supergraph is loaded; a stopping gateway says no), graceful stop (kit server.ts).
  const running = await listenGracefully({
    port: opts.port,
    host: opts.host ?? "127.0.0.1",
    ready: async () => true,
    handle: app,
    onStop: () => apollo.stop(),
  });
  return { url: `http://127.0.0.1:${running.port}`, port: running.port, stop: running.stop, kill: running.kill };
}
