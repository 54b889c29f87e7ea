import fs from "node:fs";
import path from "node:path";
import type { Request, RequestHandler, Response } from "express";

/** One year: a hashed file (`assets/index-Dzo7lPF9.js`) never changes under its name. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The encodings a build writes beside each file (admin-ui/precompress.ts), best first. */
const VARIANTS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/** The encodings the browser accepts (`Accept-Encoding: gzip, deflate, br;q=1.0, *;q=0`). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  if (out.has("*")) for (const v of VARIANTS) out.add(v.encoding);
  return out;
}

/**
 * Serves the built admin UI (admin-ui/dist): hashed assets as immutable, in the pre-compressed
 * copy the browser accepts (brotli, else gzip, else as is); index.html revalidated on every visit
 * (no-cache) so a new deployment is picked up; any other path is the single-page app's index.html.
 */
export function adminAssets(adminDir: string): RequestHandler {
  const root = path.resolve(adminDir);
  const index = path.join(root, "index.html");
  const exists = (f: string) => fs.statSync(f, { throwIfNoEntry: false })?.isFile() === true;

  const send = (req: Request, res: Response, file: string, cacheControl: string) => {
    res.setHeader("Vary", "Accept-Encoding");
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    const variant = VARIANTS.find((v) => accepted.has(v.encoding) && exists(file + v.suffix));
    if (variant) {
      res.setHeader("Content-Encoding", variant.encoding);
      // The type of the original file, not of `.br`/`.gz`.
      res.type(path.extname(file));
    }
    res.sendFile(variant ? file + variant.suffix : file, {
      cacheControl: false,
      acceptRanges: !variant,
      dotfiles: "deny",
      headers: { "Cache-Control": cacheControl },
    });
  };

  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let rel: string;
    try {
      rel = decodeURIComponent(req.path);
    } catch {
      return res.status(400).end();
    }
    const file = path.join(root, rel);
    // Hashed build files only under assets/; nothing outside dist/, no dotfiles (.vite/manifest.json).
    if (
      file.startsWith(`${root}${path.sep}`) &&
      !rel.split("/").some((s) => s.startsWith(".")) &&
      exists(file) &&
      file !== index
    ) {
      return send(req, res, file, rel.startsWith("/assets/") ? IMMUTABLE : "no-cache");
    }
    if (rel.startsWith("/assets/")) return res.status(404).type("text/plain").send("Not found");
    if (!exists(index)) return res.status(404).type("text/plain").send("Admin UI not built: run `npm run build`.");
    send(req, res, index, "no-cache");
  };
}
