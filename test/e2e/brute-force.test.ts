import type { Stack } from "../../gateway/src/stack";
import type { Gql } from "../../gateway/src/demo/client";
import { LoginThrottle } from "../../services/member/src/accounts/login-throttle";
import { startTestStack } from "./stack.helper";
import { codeOf, LOGIN, PASSWORD, personWith, post } from "./auth.helper";
import { startMailbox, tokenIn } from "./smtp.helper";

/* Sign-in attempts are limited per account and per client address; the limit releases after its window. */

let stack: Stack;
let admin: Gql;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const WINDOW_S = 2;
const ENV = { LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: "3", LOGIN_MAX_ATTEMPTS_PER_ADDRESS: "8", LOGIN_WINDOW_SECONDS: String(WINDOW_S) };
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  mailbox = await startMailbox();
  for (const [k, v] of Object.entries({ ...ENV, SMTP_URL: mailbox.url })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  ({ stack, gql: admin } = await startTestStack("brute"));
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const attempt = (email: string, password: string) => post(stack.graphqlUrl, LOGIN, { e: email, p: password }, { "accept-language": "en" });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("sign-in attempt limits", () => {
  it("lock an account after repeated failures, even for the right password, and release after the window", async () => {
    await personWith(stack.graphqlUrl, admin, "cible@example.org", []);
    for (let i = 0; i < 3; i++) expect((await attempt("cible@example.org", "mauvais mot de passe")).errors![0].message).toMatch(/Wrong e-mail address or password/);
    const locked = await attempt("cible@example.org", PASSWORD);
    expect([codeOf(locked), locked.errors![0].message]).toEqual(["UNAUTHENTICATED", expect.stringMatching(/Too many sign-in attempts/)]);
    await sleep(WINDOW_S * 1000 + 200);
    expect(codeOf(await attempt("cible@example.org", PASSWORD))).toBe("OK");
  });

  it("let a locked account reset its password, which lifts the lock", async () => {
    await personWith(stack.graphqlUrl, admin, "bloque@example.org", []);
    for (let i = 0; i < 3; i++) await attempt("bloque@example.org", "mauvais mot de passe");
    expect((await attempt("bloque@example.org", PASSWORD)).errors![0].message).toMatch(/Too many/);
    expect((await post(stack.graphqlUrl, `mutation { requestPasswordReset(email: "bloque@example.org") }`)).data.requestPasswordReset).toBe(true);
    const token = tokenIn(await mailbox.next("bloque@example.org"));
    expect(codeOf(await post(stack.graphqlUrl, `mutation($t: String!) { resetPassword(token: $t, newPassword: "un mot de passe tout neuf") }`, { t: token }))).toBe("OK");
    expect(codeOf(await attempt("bloque@example.org", "un mot de passe tout neuf"))).toBe("OK");
  });

  it("limit one client address spraying many accounts", async () => {
    await sleep(WINDOW_S * 1000 + 200); // the address starts afresh
    await personWith(stack.graphqlUrl, admin, "innocent@example.org", []);
    for (let i = 0; i < 8; i++) await attempt(`inconnu${i}@example.org`, "devine");
    const blocked = await attempt("innocent@example.org", PASSWORD);
    expect(blocked.errors![0].message).toMatch(/Too many/);
    await sleep(WINDOW_S * 1000 + 200);
    expect(codeOf(await attempt("innocent@example.org", PASSWORD))).toBe("OK");
  });

  it("keep a bounded number of counters, dropping the oldest", () => {
    const t = new LoginThrottle({ maxPerAccount: 3, maxPerAddress: 10, windowMs: 60_000, capacity: 100 });
    for (let i = 0; i < 10_000; i++) t.fail(`x${i}@example.org`, `10.0.${i % 250}.${i % 7}`);
    expect(t.size).toBeLessThanOrEqual(100);
    t.fail("a@example.org", null);
    t.fail("a@example.org", null);
    t.fail("a@example.org", null);
    expect(t.lockedFor("a@example.org", null)).toBeGreaterThan(0);
    expect(t.lockedFor("a@example.org", null, Date.now() + 61_000)).toBe(0);
  });
});
