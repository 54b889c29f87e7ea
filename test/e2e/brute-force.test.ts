import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { DataSource } from "typeorm";
import { LoginThrottle } from "../../services/member/src/accounts/login-throttle";
import { onMariaDb } from "../../services/kit/src/testing";
import { startTestStack } from "./stack.helper";
import { codeOf, LOGIN, PASSWORD, personWith, post } from "./auth.helper";
import { startMailbox, tokenIn } from "./smtp.helper";

/* Sign-in attempts are limited per account and per client address, in the database (shared by replicas); the limit releases after its window. */

let stack: Stack;
let admin: Gql;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const WINDOW_S = 2;
// Behind a reverse proxy on loopback: X-Forwarded-For gives each attempt its client address.
const ENV = {
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: "3",
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: "8",
  LOGIN_WINDOW_SECONDS: String(WINDOW_S),
  TRUST_PROXY: "loopback",
  RESET_MAILS_PER_ACCOUNT_PER_HOUR: "2",
};
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

const attempt = (email: string, password: string, from = "192.0.2.1") =>
  post(stack.graphqlUrl, LOGIN, { e: email, p: password }, { "accept-language": "en", "x-forwarded-for": from });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("sign-in attempt limits", () => {
  it("lock an account after repeated failures, even for the right password, and release after the window", async () => {
    await personWith(stack.graphqlUrl, admin, "cible@example.org", []);
    for (let i = 0; i < 3; i++)
      expect((await attempt("cible@example.org", "mauvais mot de passe")).errors![0].message).toMatch(
        /Wrong e-mail address or password/,
      );
    const locked = await attempt("cible@example.org", PASSWORD);
    expect([codeOf(locked), locked.errors![0].message]).toEqual([
      "UNAUTHENTICATED",
      expect.stringMatching(/Too many sign-in attempts/),
    ]);
    await sleep(WINDOW_S * 1000 + 200);
    expect(codeOf(await attempt("cible@example.org", PASSWORD))).toBe("OK");
  });

  it("let a locked account reset its password, which lifts the lock", async () => {
    await personWith(stack.graphqlUrl, admin, "bloque@example.org", []);
    for (let i = 0; i < 3; i++) await attempt("bloque@example.org", "mauvais mot de passe");
    expect((await attempt("bloque@example.org", PASSWORD)).errors![0].message).toMatch(/Too many/);
    expect(
      (await post(stack.graphqlUrl, `mutation { requestPasswordReset(input: { email: "bloque@example.org" }) }`)).data
        .requestPasswordReset,
    ).toBe(true);
    const token = tokenIn(await mailbox.next("bloque@example.org"));
    expect(
      codeOf(
        await post(
          stack.graphqlUrl,
          `mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "un mot de passe tout neuf" }) }`,
          { t: token },
        ),
      ),
    ).toBe("OK");
    expect(codeOf(await attempt("bloque@example.org", "un mot de passe tout neuf"))).toBe("OK");
  });

  it("limit one client address spraying many accounts, but not the accounts already known at that address (one proxy, many people)", async () => {
    await sleep(WINDOW_S * 1000 + 200); // the address starts afresh
    const proxy = "198.51.100.7";
    await personWith(stack.graphqlUrl, admin, "innocent@example.org", []);
    await personWith(stack.graphqlUrl, admin, "habitue@example.org", []);
    expect(codeOf(await attempt("habitue@example.org", PASSWORD, proxy))).toBe("OK");
    for (let i = 0; i < 8; i++) await attempt(`inconnu${i}@example.org`, "devine", proxy);
    expect((await attempt("innocent@example.org", PASSWORD, proxy)).errors![0].message).toMatch(/Too many/);
    expect(codeOf(await attempt("innocent@example.org", PASSWORD, "203.0.113.9"))).toBe("OK");
    expect(codeOf(await attempt("habitue@example.org", PASSWORD, proxy))).toBe("OK");
    await sleep(WINDOW_S * 1000 + 200);
    expect(codeOf(await attempt("innocent@example.org", PASSWORD, proxy))).toBe("OK");
  });

  it("lock one account guessed from many addresses, not from one only", async () => {
    await sleep(WINDOW_S * 1000 + 200);
    await personWith(stack.graphqlUrl, admin, "visee@example.org", []);
    // 3 per pair, 12 per account (4×): four addresses with 3 failures each, at once (well within the 2 s window).
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => attempt("visee@example.org", "devine", `192.0.2.${10 + (i % 4)}`)),
    );
    expect((await attempt("visee@example.org", PASSWORD, "192.0.2.99")).errors![0].message).toMatch(/Too many/);
  });

  it("send at most the allowed reset mails per account, answering the same", async () => {
    await personWith(stack.graphqlUrl, admin, "oublieuse@example.org", []);
    mailbox.mails.splice(0);
    for (let i = 0; i < 4; i++)
      expect(
        (await post(stack.graphqlUrl, `mutation { requestPasswordReset(input: { email: "oublieuse@example.org" }) }`))
          .data.requestPasswordReset,
      ).toBe(true);
    await sleep(500);
    expect(mailbox.mails.filter((m) => m.to.includes("oublieuse@example.org")).length).toBe(2);
  });

  it("count in the database: a second process sees the failures of the first", async () => {
    const ds = stack.dataSources.member;
    // On MariaDB, a second connection pool as another replica would have; SQLite is one process's file.
    const other = onMariaDb ? await new DataSource(ds.options).initialize() : ds;
    try {
      const one = new LoginThrottle({ ...LoginThrottle.fromEnv().options, maxPerAccount: 2, windowMs: 60_000 });
      const two = new LoginThrottle(one.options);
      await one.fail(ds, "partage@example.org", "192.0.2.50");
      await one.fail(ds, "partage@example.org", "192.0.2.50");
      expect(await two.lockedFor(other, "partage@example.org", "192.0.2.50")).toBeGreaterThan(0);
      expect(await two.lockedFor(other, "partage@example.org", "192.0.2.51")).toBe(0);
      await two.clearAccount(other, "partage@example.org");
      expect(await one.lockedFor(ds, "partage@example.org", "192.0.2.50")).toBe(0);
      const rows: Array<{ key: string }> = await ds.query("SELECT * FROM rate_limit");
      expect(JSON.stringify(rows)).not.toMatch(/partage|192\.0\.2/);
    } finally {
      if (other !== ds) await other.destroy();
    }
  });
});
