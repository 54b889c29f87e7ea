import type { Stack } from "../../tools/src/stack";
import { startGateway, RunningGateway } from "../../gateway/src/http";
import { composeSupergraph } from "../../tools/src/compose";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, PASSWORD, post } from "./auth.helper";

/* The public entry's limits: query shape, CSRF, batching, and what a production gateway keeps to itself. */

let stack: Stack;
let auth: Record<string, string>;

beforeAll(async () => {
  ({ stack } = await startTestStack("hardening"));
  auth = await systemAuthorization("test");
}, 120_000);
afterAll(() => stack?.stop());

describe("query limits", () => {
  it("answers the deepest walk of api.md", async () => {
    const walk = `{ networks { items { name amaps { name contractTemplates { name farm { name } subscriptions { household { displayName } totalCents } }
      distributions { date signOffSheet { household { displayName } items { productName quantity } } } } } } }`;
    expect(codeOf(await post(stack.graphqlUrl, walk, {}, auth))).toBe("OK");
  });

  it("refuses a query nested too deep", async () => {
    let q = "id";
    for (let i = 0; i < 8; i++) q = `children { ${q} }`;
    const a = await post(stack.graphqlUrl, `{ networks { items { ${q} } } }`, {}, auth);
    expect(a.status).toBe(400);
    expect(a.errors![0].message).toMatch(/depth/i);
  });

  it("refuses too many aliases, too many tokens, and batches", async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: networks { total }`).join(" ");
    expect((await post(stack.graphqlUrl, `{ ${aliases} }`, {}, auth)).errors![0].message).toMatch(/aliases/i);
    const ids = Array.from({ length: 5000 }, (_, i) => `"${i}"`).join(" ");
    expect(
      (await post(stack.graphqlUrl, `{ networks(filter: { ids: [${ids}] }) { total } }`, {}, auth)).errors![0].message,
    ).toMatch(/token/i);
    const res = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...auth },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(res.status).toBe(400);
  });

  it("refuses a query that would cost too much (the operator's own scripts excepted)", async () => {
    await post(
      stack.graphqlUrl,
      `mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`,
      { i: { email: "curieux@example.org", password: PASSWORD, lastName: "Curieux" } },
      auth,
    );
    const person = await login(stack.graphqlUrl, "curieux@example.org");
    const walk = `networks { items { name amaps { name city contractTemplates { name season status farm { name city } subscriptions { status household { displayName status } totalCents installments { amountCents dueOn status } } }
      distributions { date status signOffSheet { household { displayName } items { productName quantity unit } } } } } }`;
    const fifteen = Array.from({ length: 15 }, (_, i) => `w${i}: ${walk}`).join(" ");
    const a = await post(stack.graphqlUrl, `{ ${fifteen} }`, {}, bearer(person.accessToken));
    expect(a.errors?.[0].message).toMatch(/cost/i);
    expect([a.status, codeOf(a)]).toEqual([400, "QUERY_TOO_COSTLY"]);
  });
});

describe("requests a browser could be tricked into", () => {
  it("refuses simple cross-site requests (CSRF prevention)", async () => {
    const get = await fetch(`${stack.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(400);
    const form = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(form.status).toBe(400);
  });
});

describe("a production gateway", () => {
  let prod: RunningGateway;
  const saved = process.env.NODE_ENV;
  beforeAll(async () => {
    process.env.NODE_ENV = "production";
    try {
      prod = await startGateway({ supergraphSdl: await composeSupergraph(), urls: stack.subgraphUrls, port: 0 });
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
  afterAll(() => prod?.stop());

  it("has introspection off and suggests no field names", async () => {
    const intro = await post(`${prod.url}/graphql`, `{ __schema { types { name } } }`);
    expect(intro.errors![0].message).toMatch(/introspection/i);
    const typo = await post(`${prod.url}/graphql`, `{ charterVersionz { total } }`);
    expect(typo.errors![0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo)).not.toMatch(/charterVersions/);
  });

  it("shows no stack trace nor internal address in errors", async () => {
    const a = await post(`${prod.url}/graphql`, `{ networks(perPage: 1, page: 0) { total } }`, {}, auth);
    const text = JSON.stringify(a);
    expect(codeOf(a)).toBe("BAD_USER_INPUT");
    expect(text).not.toMatch(/stacktrace|127\.0\.0\.1|SELECT|at \w+ \(/i);
  });
});
