import http from "node:http";
import type { AddressInfo } from "node:net";
import { exportSPKI, generateKeyPair } from "jose";
import { signAccessToken } from "@champ-commun/kit/dist/edge";
import { GatewayAuth } from "../src/auth";

/*
 * The gateway keeps exchanged partner tokens in an LRU with expiry (lru-cache): a partner tool's
 * burst of requests asks the member subgraph once, an entry lives no longer than its time to live,
 * and memory stays bounded whatever tokens clients send.
 */
let member: http.Server;
let memberUrl: string;
const exchanged: string[] = [];
const saved = { key: process.env.JWT_PUBLIC_KEY, secret: process.env.INTERNAL_SECRET };

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  process.env.JWT_PUBLIC_KEY = await exportSPKI(publicKey);
  process.env.INTERNAL_SECRET = "auth-cache-test";
  member = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    // The fake subgraph answers when the body is read; a failed answer fails the test through its client.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    req.on("end", async () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
      res.setHeader("content-type", "application/json");
      if (query.includes("partnerAccess")) {
        exchanged.push(variables.token);
        const accessToken = await signAccessToken(
          { subject: `partner-${variables.token}`, kind: "partner", grants: [] },
          privateKey,
          300,
        );
        return void res.end(JSON.stringify({ data: { partnerAccess: { accessToken, expiresIn: 300 } } }));
      }
      res.end(JSON.stringify({ data: { credentialActive: true } }));
    });
  });
  await new Promise<void>((r) => member.listen(0, "127.0.0.1", r));
  memberUrl = `http://127.0.0.1:${(member.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((r) => member.close(r));
  process.env.JWT_PUBLIC_KEY = saved.key;
  process.env.INTERNAL_SECRET = saved.secret;
});
beforeEach(() => void exchanged.splice(0));

it("exchanges a partner token once while its entry lives, then again once it expired", async () => {
  const auth = new GatewayAuth({ memberUrl, partnerCacheMs: 300 });
  for (let i = 0; i < 3; i++)
    expect((await auth.authorize("Bearer ccp_alpha", "fr"))?.caller).toBe("partner:partner-ccp_alpha");
  expect(exchanged).toEqual(["ccp_alpha"]);
  await new Promise((r) => setTimeout(r, 350));
  await auth.authorize("Bearer ccp_alpha", "fr");
  expect(exchanged).toEqual(["ccp_alpha", "ccp_alpha"]);
});

it("keeps at most `capacity` tokens, dropping the least recently used", async () => {
  const auth = new GatewayAuth({ memberUrl, capacity: 2 });
  for (const t of ["ccp_a", "ccp_b", "ccp_a", "ccp_c", "ccp_a", "ccp_b"]) await auth.authorize(`Bearer ${t}`, "fr");
  // a, b asked; a kept (recently used); c pushes b out; a still there; b asked again.
  expect(exchanged).toEqual(["ccp_a", "ccp_b", "ccp_c", "ccp_b"]);
});
