import express, { type Express, type Request, type Response } from "express";
import { internalHeaders, langFromHeader, type Lang } from "@champ-commun/kit/dist/edge";
import { forwardedHeaders, type SubgraphUrls } from "./gateway";
import type { Authorized, GatewayAuth } from "./auth";
import { t } from "./i18n";

/*
 * What the gateway serves as files and pages over plain HTTP, beside /graphql (it stays the only
 * public entry): the one-click unsubscribe page, the agendas (iCal), the signed contract (PDF),
 * CSV exports and the network's directory as GeoJSON at stable URLs. Each route asks the subgraph
 * that owns the data through an internal (@inaccessible) field, with the caller's verified token.
 */

interface Answer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function ask<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "apollo-require-preflight": "true",
      ...headers,
      ...(await internalHeaders()),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return (await res.json()) as Answer<T>;
}

const escapeHtml = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

const page = (lang: Lang, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body style="font-family: sans-serif; max-width: 32em; margin: 3em auto; padding: 0 1em; line-height: 1.5"><h1 style="font-size: 1.3em">${title}</h1>${body}</body></html>`;

/** A file the member or network subgraph renders: { filename, contentType, body (base64) } or null. */
interface ServedFile {
  filename: string;
  contentType: string;
  base64: string;
}

export function mountFiles(app: Express, urls: SubgraphUrls, auth: GatewayAuth): void {
  // One click: GET shows a button (mail scanners follow links; they do not post forms), POST unsubscribes (RFC 8058).
  app.get("/unsubscribe", (req: Request, res: Response) => {
    const lang = langFromHeader(req.headers["accept-language"]);
    const token = (typeof req.query.token === "string" ? req.query.token : "").replace(/[^A-Za-z0-9_.-]/g, "");
    const [title, button] = [t("unsubscribe.title")[lang], t("unsubscribe.button")[lang]];
    res
      .type("html")
      .send(
        page(
          lang,
          title,
          `<form method="post" action="/unsubscribe?token=${token}"><button type="submit" style="font-size: 1.1em; padding: .6em 1.2em">${button}</button></form>`,
        ),
      );
  });
  app.post(
    "/unsubscribe",
    express.urlencoded({ extended: false, limit: "1kb" }),
    async (req: Request, res: Response) => {
      const lang = langFromHeader(req.headers["accept-language"]);
      const r = await ask<{ unsubscribeWithToken: { label: string; preferencesPath: string } | null }>(
        urls.member,
        `mutation($t: String!) { unsubscribeWithToken(input: { token: $t }) { label preferencesPath } }`,
        { t: typeof req.query.token === "string" ? req.query.token : "" },
        { "accept-language": lang },
      ).catch(() => null);
      if (!r)
        return void res
          .status(503)
          .type("html")
          .send(page(lang, "Champ Commun", t("files.tryLater")[lang]));
      const done = r.data?.unsubscribeWithToken;
      if (!done)
        return void res
          .status(400)
          .type("html")
          .send(page(lang, "Champ Commun", t("files.invalidLink")[lang]));
      // The kind is named with the words of the person's mail choices page, where it now shows as off.
      const kind = escapeHtml(done.label);
      const choices = /^\/[a-z]+\/notifications$/.test(done.preferencesPath)
        ? done.preferencesPath
        : "/moi/notifications";
      res
        .type("html")
        .send(
          page(
            lang,
            "Champ Commun",
            lang === "en"
              ? `<p>Done: you will no longer receive this kind of message (“${kind}”).</p><p><a href="${choices}">Choose your notifications</a> in your space.</p>`
              : `<p>C'est fait : vous ne recevrez plus ce type de message (« ${kind} »).</p><p><a href="${choices}">Choisir vos notifications</a> dans votre espace.</p>`,
          ),
        );
    },
  );

  /** Serves a file a subgraph renders; the caller's token (if any) is verified here and forwarded. */
  const serve = (subgraph: keyof SubgraphUrls, field: string) => async (req: Request, res: Response) => {
    const lang = langFromHeader(req.headers["accept-language"]);
    let authorized: Authorized | undefined;
    try {
      authorized = await auth.authorize(req.headers.authorization, lang);
    } catch {
      return void res.status(401).type("text/plain").send(t("files.signInAgain")[lang]);
    }
    const path = req.path;
    // The same headers as a GraphQL request's: the verified token and its credential check's id (auth.ts).
    const headers = {
      ...forwardedHeaders(req.headers, { authorization: authorized?.authorization, checked: authorized?.checked }),
      "accept-language": String(req.headers["accept-language"] ?? "fr"),
    };
    const r = await ask<Record<string, ServedFile | null>>(
      urls[subgraph],
      `query($p: String!) { f: ${field}(path: $p) { filename contentType base64 } }`,
      { p: path },
      headers,
    ).catch(() => null);
    if (!r) return void res.status(503).type("text/plain").send(t("files.unavailable")[lang]);
    const code = r.errors?.[0]?.extensions?.code;
    if (code)
      return void res
        .status(STATUS[code] ?? 500)
        .type("text/plain")
        .send(r.errors![0].message);
    const file = r.data?.f;
    if (!file) return void res.status(404).type("text/plain").send(t("files.notFound")[lang]);
    res.setHeader("content-type", file.contentType);
    res.setHeader(
      "content-disposition",
      `${file.contentType.startsWith("application/pdf") || file.contentType.startsWith("text/csv") ? "attachment" : "inline"}; filename="${file.filename}"`,
    );
    res.setHeader("cache-control", "private, max-age=60");
    res.send(Buffer.from(file.base64, "base64"));
  };

  // Agendas: the secret of the URL is the credential (calendar apps send no token).
  app.get(/^\/calendar\/[A-Za-z0-9_-]+\.ics$/, serve("member", "memberCalendarFile"));
  // Documents of the member subgraph (contract PDF, participants' CSV): the caller's token decides.
  app.get(/^\/files\/(subscriptions|events)\/[0-9a-f-]{36}\/[a-z-]+\.(pdf|csv)$/, serve("member", "memberFile"));
  // The network's public directory (a map tool points at it).
  app.get(/^\/files\/networks\/[0-9a-f-]{36}\/directory\.(geojson|csv)$/, serve("network", "networkFile"));
}
