import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startGateway, RunningGateway } from "../../gateway/src/http";
import { composeSupergraph } from "../../tools/src/compose";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import { startTestStack } from "./stack.helper";
import { codeOf, post } from "./auth.helper";
import { buildTenant } from "./authz/world";

/*
 * What errors tell a client (issue 11, finding 5): a code from an allow-list, the fields at fault
 * and a refused query's cost; HTTP 400 for what the client got wrong (bad scalars, parse errors,
 * limits, malformed JSON), always as JSON; never a subgraph's address, its raw answer or a stack,
 * in production or development.
 */

let stack: Stack;
let admin: Gql;
let auth: Record<string, string>;
let amap: string;
const gateways: Record<string, RunningGateway> = {};
const ALLOWED_EXTENSIONS = ["code", "fields", "cost"];

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("errors"));
  auth = await systemAuthorization("test");
  amap = (await buildTenant(admin, 1)).amap;
  const sdl = await composeSupergraph();
  const saved = process.env.NODE_ENV;
  for (const mode of ["production", "development"]) {
    process.env.NODE_ENV = mode;
    try {
      gateways[mode] = await startGateway({ supergraphSdl: sdl, urls: stack.subgraphUrls, port: 0 });
    } finally {
      process.env.NODE_ENV = saved;
    }
  }
}, 180_000);
afterAll(async () => {
  await Promise.all(Object.values(gateways).map((g) => g.stop()));
  await stack?.stop();
});

/** Nothing internal in an answer: no address, no raw subgraph answer, no stack, no HTML. */
function expectNothingInternal(text: string) {
  expect(text).not.toMatch(
    /127\.0\.0\.1|localhost|https?:\/\/|stacktrace|serviceName|<html|<!DOCTYPE|\bat \w+ \(|node_modules|SELECT /i,
  );
}

async function raw(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

describe.each(["production", "development"])("a %s gateway", (mode) => {
  const url = () => `${gateways[mode].url}/graphql`;

  it("answers an invalid Date literal with 400 BAD_USER_INPUT, and nothing of the subgraph", async () => {
    for (const date of ["2026-13-45", "demain", "2026-02-30"]) {
      const a = await post(
        url(),
        `query($id: ID!) { amap(id: $id) { distributions(from: "${date}") { id } } }`,
        { id: amap },
        auth,
      );
      expect({ date, status: a.status, code: codeOf(a) }).toEqual({ date, status: 400, code: "BAD_USER_INPUT" });
      expectNothingInternal(JSON.stringify(a));
    }
  });

  it("answers an invalid Date variable with 400 BAD_USER_INPUT", async () => {
    const a = await post(
      url(),
      `query($id: ID!, $d: Date) { amap(id: $id) { distributions(from: $d) { id } } }`,
      { id: amap, d: "31/12/2026" },
      auth,
    );
    expect([a.status, codeOf(a)]).toEqual([400, "BAD_USER_INPUT"]);
    expectNothingInternal(JSON.stringify(a));
  });

  it("answers malformed JSON with a JSON error, never an HTML page or a stack", async () => {
    for (const body of ['{"query": "{ networks { total } }"', "{not json", '{"query": 12}']) {
      const r = await raw(url(), body, auth);
      expect({ body, status: r.status }).toEqual({ body, status: 400 });
      expect(r.type).toMatch(/application\/json/);
      expect(JSON.parse(r.text).errors[0].extensions.code).toMatch(/BAD_REQUEST|BAD_USER_INPUT/);
      expectNothingInternal(r.text);
    }
  });

  it("answers a parse error with 400 GRAPHQL_PARSE_FAILED, and the token limit with 400", async () => {
    const a = await post(url(), `{ networks { total `, {}, auth);
    expect([a.status, codeOf(a)]).toEqual([400, "GRAPHQL_PARSE_FAILED"]);
    const ids = Array.from({ length: 5000 }, (_, i) => `"${i}"`).join(" ");
    const b = await post(url(), `{ networks(filter: { ids: [${ids}] }) { total } }`, {}, auth);
    expect(b.status).toBe(400);
    expect(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT"]).toContain(codeOf(b));
    for (const x of [a, b]) expectNothingInternal(JSON.stringify(x));
  });

  it("gives only allowed extensions (code, fields, cost), whichever subgraph answered", async () => {
    const answers = [
      await post(url(), `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "" }) { id } }`, { a: amap }, auth),
      await post(url(), `{ networks(perPage: 1, page: 0) { total } }`, {}, auth),
      await post(url(), `{ nope }`, {}, auth),
      await post(url(), `{ me { id } }`),
    ];
    for (const a of answers) {
      expect(a.errors?.length).toBeGreaterThan(0);
      for (const e of a.errors!)
        expect(Object.keys(e.extensions ?? {}).filter((k) => !ALLOWED_EXTENSIONS.includes(k))).toEqual([]);
      expectNothingInternal(JSON.stringify(a));
    }
    expect(answers[0].errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { name: expect.any(String) },
    });
  });
});
