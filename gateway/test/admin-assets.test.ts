import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import http from "node:http";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import express from "express";
import { acceptedEncodings, adminAssets } from "../src/admin-assets";

/* The admin UI as the gateway serves it: pre-compressed copies chosen from Accept-Encoding, hashed files immutable, index.html revalidated. */

const JS = `export const greeting = ${JSON.stringify("Bonjour ".repeat(400))};\n`;
let dir: string;
let server: http.Server;
let base: string;

/** A raw GET (node's fetch would decompress and hide the encoding). */
function get(
  p: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + p, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-assets-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.mkdirSync(path.join(dir, ".vite"));
  fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Champ Commun</title>");
  fs.writeFileSync(path.join(dir, ".vite", "manifest.json"), "{}");
  const js = path.join(dir, "assets", "index-AbC123.js");
  fs.writeFileSync(js, JS);
  fs.writeFileSync(`${js}.gz`, gzipSync(JS));
  fs.writeFileSync(`${js}.br`, brotliCompressSync(JS));
  fs.writeFileSync(path.join(dir, "assets", "small-XyZ.css"), "a{}");
  const app = express();
  app.use(adminAssets(dir));
  server = http.createServer(app);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("admin UI assets", () => {
  it("serves the brotli copy to a browser that accepts it, immutable, as JavaScript", async () => {
    const res = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip, deflate, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(res.headers["content-length"])).toBeLessThan(JS.length / 5);
    expect(brotliDecompressSync(res.body).toString()).toBe(JS);
  });

  it("falls back to gzip, then to the file as it is", async () => {
    const gz = await get("/assets/index-AbC123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(JS);
    const refusedBr = await get("/assets/index-AbC123.js", { "accept-encoding": "br;q=0, gzip" });
    expect(refusedBr.headers["content-encoding"]).toBe("gzip");
    const plain = await get("/assets/index-AbC123.js", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(JS);
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // A small file has no compressed copy: served as it is.
    const css = await get("/assets/small-XyZ.css", { "accept-encoding": "br, gzip" });
    expect([css.status, css.headers["content-encoding"], css.body.toString()]).toEqual([200, undefined, "a{}"]);
  });

  it("revalidates index.html on every visit, and answers every other path with it", async () => {
    for (const p of ["/", "/index.html", "/moi/contrats", "/reseau/amaps/123"]) {
      const res = await get(p, { "accept-encoding": "br, gzip" });
      expect([p, res.status, res.headers["cache-control"], res.body.toString()]).toEqual([
        p,
        200,
        "no-cache",
        "<!doctype html><title>Champ Commun</title>",
      ]);
    }
  });

  it("does not answer a missing asset with the page, nor serve the build's manifest or anything outside", async () => {
    expect((await get("/assets/old-chunk-123.js")).status).toBe(404);
    expect((await get("/.vite/manifest.json")).body.toString()).not.toBe("{}");
    expect((await get("/..%2F..%2Fetc%2Fpasswd")).body.toString()).not.toMatch(/root:/);
  });

  it("reads Accept-Encoding's q-values", () => {
    expect([...acceptedEncodings("gzip;q=1.0, br;q=0")]).toEqual(["gzip"]);
    expect(acceptedEncodings("*").has("br")).toBe(true);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });
});
