import { DEADLINE_HEADER, INTERNAL_HEADER, internalSecret, sqlCount } from "../../services/kit/src";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startGateway, RunningGateway } from "../../gateway/src/http";
import { composeSupergraph } from "../../tools/src/compose";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, personWith, post, SignedIn } from "./auth.helper";
import { buildTenant } from "./authz/world";

/*
 * Cost in items (issue 11, finding 4): lists multiply by their page size or what the domain says
 * they hold; a query asking for too many items is refused before any subgraph works, with its cost
 * and the limit; each caller has a budget of items over time, kept in the member database so that
 * every gateway replica spends the same one; a request that times out stops the subgraphs' work.
 */

type T = Awaited<ReturnType<typeof buildTenant>>;
let stack: Stack;
let admin: Gql;
let mine: T;
let bureau: SignedIn;

const ATTACK = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: distributions(perPage: 100) { items { date signOffSheet { name household { displayName } items { productName quantity unit } } } }`).join(" ")} }`;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("cost"));
  mine = await buildTenant(admin, 1);
  bureau = await personWith(stack.graphqlUrl, admin, "bureau@example.org", [
    { role: "amap_admin", scopeId: mine.amap },
  ]);
}, 180_000);
afterAll(() => stack?.stop());

describe("a query's cost in items", () => {
  it("refuses 15 aliases × 100 distributions × their sheets before any subgraph works, saying its cost and the limit", async () => {
    const before = sqlCount();
    const a = await post(stack.graphqlUrl, ATTACK, {}, bearer(bureau.accessToken));
    expect(a.status).toBe(400);
    expect(codeOf(a)).toBe("QUERY_TOO_COSTLY");
    const cost = (a.errors![0].extensions as { cost: { requested: number; limit: number } }).cost;
    expect(cost.requested).toBeGreaterThan(cost.limit);
    expect(cost.limit).toBe(50_000);
    expect(a.data).toBeUndefined();
    // Refused before planning: the credential check read one row, and nothing else ran.
    expect(sqlCount() - before).toBeLessThanOrEqual(1);
  });

  it("counts a page by its perPage: the same query with 10 per page and one alias passes", async () => {
    const one = `{ distributions(perPage: 10, filter: { amapId: "${mine.amap}" }) { items { date signOffSheet { name items { productName quantity } } } } }`;
    expect(codeOf(await post(stack.graphqlUrl, one, {}, bearer(bureau.accessToken)))).toBe("OK");
  });

  it("lets a normal back-office query through", async () => {
    const q = `query($a: ID!) { households(filter: { amapId: $a }, perPage: 25) { total items { id displayName status people { firstName lastName email phone } memberships { status amountCents } } }
      contractTemplates(filter: { amapId: $a }) { items { id name status subscriptions { id status totalCents household { displayName } } } } }`;
    const a = await post(stack.graphqlUrl, q, { a: mine.amap }, bearer(bureau.accessToken));
    expect(codeOf(a)).toBe("OK");
    // Every household of the AMAP, as the super admin counts them.
    const all = await admin(`query($a: ID!) { households(filter: { amapId: $a }) { total } }`, { a: mine.amap });
    expect(a.data.households.total).toBe(all.households.total);
    expect(a.data.households.items.length).toBeGreaterThan(2);
  });
});

describe("a caller's budget of items over time", () => {
  let replicas: RunningGateway[] = [];
  const saved = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, {
      QUERY_BUDGET_ITEMS: "2000",
      QUERY_BUDGET_WINDOW_SECONDS: "60",
      QUERY_BUDGET_MIN_CHARGE: "1",
    });
    const sdl = await composeSupergraph();
    replicas = [
      await startGateway({ supergraphSdl: sdl, urls: stack.subgraphUrls, port: 0 }),
      await startGateway({ supergraphSdl: sdl, urls: stack.subgraphUrls, port: 0 }),
    ];
  });
  afterAll(async () => {
    process.env = saved;
    await Promise.all(replicas.map((r) => r.stop()));
  });

  it("is spent on every gateway replica alike, and refuses with the budget's state once spent (429)", async () => {
    const q = `query($a: ID!) { households(filter: { amapId: $a }, perPage: 100) { items { people { email } } } }`; // 100 × (1 + 3) = 400 items
    const tresorier = await personWith(stack.graphqlUrl, admin, "tresorier@example.org", [
      { role: "amap_admin", scopeId: mine.amap },
    ]);
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await post(`${replicas[i % 2].url}/graphql`, q, { a: mine.amap }, bearer(tresorier.accessToken)));
    expect(answers.map(codeOf)).toEqual(["OK", "OK", "OK", "OK", "OK", "QUERY_BUDGET_EXHAUSTED"]);
    const refused = answers[5];
    expect(refused.status).toBe(429);
    expect((refused.errors![0].extensions as any).cost).toMatchObject({
      requested: 400,
      budget: { spent: 2000, limit: 2000, resetAt: expect.any(String) },
    });
    // Another caller has a budget of its own.
    const other = await personWith(stack.graphqlUrl, admin, "bureau2@example.org", [
      { role: "amap_admin", scopeId: mine.amap },
    ]);
    expect(codeOf(await post(`${replicas[0].url}/graphql`, q, { a: mine.amap }, bearer(other.accessToken)))).toBe("OK");
  });
});

describe("a request that times out", () => {
  it("stops the subgraph's work: past its deadline, a subgraph runs nothing and says so", async () => {
    const before = sqlCount();
    const a = await post(
      stack.subgraphUrls.member,
      `query($a: ID!) { households(filter: { amapId: $a }) { total } }`,
      { a: mine.amap },
      {
        ...bearer(bureau.accessToken),
        [INTERNAL_HEADER]: await internalSecret(),
        [DEADLINE_HEADER]: String(Date.now() - 1),
      },
    );
    expect(codeOf(a)).toBe("SERVICE_UNAVAILABLE");
    expect(a.data?.households ?? null).toBeNull();
    // The credential check reads one row; the query itself never ran.
    expect(sqlCount() - before).toBeLessThanOrEqual(1);
  });

  it("gives the subgraphs the gateway's deadline: a gateway out of time answers without the data", async () => {
    const saved = process.env.GATEWAY_REQUEST_TIMEOUT_MS;
    process.env.GATEWAY_REQUEST_TIMEOUT_MS = "1";
    try {
      const a = await post(
        stack.graphqlUrl,
        `query($a: ID!) { households(filter: { amapId: $a }) { total } }`,
        { a: mine.amap },
        bearer(bureau.accessToken),
      );
      expect(a.data?.households ?? null).toBeNull();
      expect(["SERVICE_UNAVAILABLE"]).toContain(codeOf(a));
    } finally {
      if (saved === undefined) delete process.env.GATEWAY_REQUEST_TIMEOUT_MS;
      else process.env.GATEWAY_REQUEST_TIMEOUT_MS = saved;
    }
  });
});
