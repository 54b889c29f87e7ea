/**
 * The session keeps a volunteer signed in through a busy moment: a refresh answered "service
 * unavailable" (the accounts service restarting, a credential check that cannot run) keeps the
 * refresh token for the next try; only a refusal (revoked, expired) signs out.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Session, type StorageLike } from "../src/auth/session";

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

/** An API that answers every refresh with the given error code (and HTTP status). */
async function apiAnswering(
  code: string,
  status: number,
): Promise<{ url: string; calls: () => number; close: () => Promise<void> }> {
  let calls = 0;
  const server = http.createServer((req, res) => {
    calls++;
    req.resume();
    req.on("end", () => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: null, errors: [{ message: "…", extensions: { code } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls: () => calls,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe("a session's refresh token", () => {
  it.each([
    ["SERVICE_UNAVAILABLE", 503, true],
    ["INTERNAL_SERVER_ERROR", 500, true],
    ["UNAUTHENTICATED", 401, false],
  ])("answered %s (HTTP %i): kept is %s, tried again while kept", async (code, status, kept) => {
    const api = await apiAnswering(code, status);
    try {
      const persistent = memoryStorage();
      persistent.setItem("cc.refresh", "a-refresh-token");
      const session = new Session({ endpoint: api.url, persistent, tab: memoryStorage(), retryDelaysMs: [0, 0] });
      expect(await session.restore()).toBeNull();
      expect(persistent.map.get("cc.refresh") === "a-refresh-token").toBe(kept);
      // A page load tries three times through a busy moment; a refusal is final at once.
      expect(api.calls()).toBe(kept ? 3 : 1);
    } finally {
      await api.close();
    }
  });
});
