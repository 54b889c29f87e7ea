import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { setLogDestination } from "../../services/kit/src/log";
import { startTestStack } from "./stack.helper";
import { bearer, PASSWORD, personWith } from "./auth.helper";

/*
 * Logging (issue 14): one JSON line per request in every process it touched, all with the
 * request id the gateway generated (or the client's own), answered in X-Request-ID and carried
 * to every subgraph call, including a subgraph's call to another; never a password, a token or
 * a person's name or address in a line.
 */
type Line = Record<string, unknown> & { service?: string; reqId?: string; msg?: string };
const lines: Line[] = [];
const raw: string[] = [];
let stack: Stack;
let admin: Gql;

beforeAll(async () => {
  setLogDestination({ write: (s: string) => void (raw.push(s), lines.push(JSON.parse(s) as Line)) }, "info");
  ({ stack, gql: admin } = await startTestStack("request-log"));
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  setLogDestination();
});

const WALK = `query Walk($id: ID!) { amap(id: $id) { name places { name } households { total } } }`;

async function walk(amap: string, headers: Record<string, string>) {
  const res = await fetch(stack.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: WALK, variables: { id: amap } }),
  });
  const body = (await res.json()) as { data?: { amap: unknown }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return res.headers.get("x-request-id");
}

/** The lines of one request, once every process wrote its own (a line is written when the answer is sent). */
async function linesOf(id: string, services: string[]): Promise<Line[]> {
  for (let i = 0; i < 50; i++) {
    const mine = lines.filter((l) => l.reqId === id);
    if (services.every((s) => mine.some((l) => l.service === s && l.msg === "request"))) return mine;
    await new Promise((r) => setTimeout(r, 20));
  }
  return lines.filter((l) => l.reqId === id);
}

describe("request ids and log lines", () => {
  let amap: string;
  let network: string;

  beforeAll(async () => {
    network = (
      await admin<{ createNetwork: { id: string } }>(
        `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id } }`,
        { i: { name: "Réseau des journaux" } },
      )
    ).createNetwork.id;
    amap = (
      await admin<{ createAmap: { id: string } }>(`mutation($i: CreateAmapInput!) { createAmap(input: $i) { id } }`, {
        i: { name: "AMAP des Journaux", networkId: network },
      })
    ).createAmap.id;
    await admin(`mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }`, {
      i: { amapId: amap, name: "Préau" },
    });
  });

  it("generates an id at the gateway, answers it, and every subgraph the request touched logs it", async () => {
    const { authorization } = bearer(
      (await personWith(stack.graphqlUrl, admin, "journal.admin@example.org", [{ role: "amap_admin", scopeId: amap }]))
        .accessToken,
    );
    const id = await walk(amap, { authorization });
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const mine = await linesOf(id!, ["gateway", "network", "amap", "member"]);
    const requests = mine.filter((l) => l.msg === "request");
    // One line per request and process: the gateway's for the client's request, one per subgraph fetch of its plan.
    expect(requests.filter((l) => l.service === "gateway")).toEqual([
      expect.objectContaining({ method: "POST", path: "/graphql", status: 200, operation: "Walk", level: "info" }),
    ]);
    for (const service of ["network", "amap", "member"]) {
      // The plan's fetch, and the calls a subgraph or the gateway made for it (the credential check to member).
      expect(requests.filter((l) => l.service === service && /^Walk__/.test(String(l.operation)))).toHaveLength(1);
      for (const l of requests.filter((x) => x.service === service))
        expect(l).toMatchObject({ status: 200, ms: expect.any(Number) });
    }
    // The other request ids of the run are others: nothing leaks from one request into another's lines.
    expect(new Set(lines.filter((l) => l.msg === "request" && l.service === "gateway").map((l) => l.reqId)).size).toBe(
      lines.filter((l) => l.msg === "request" && l.service === "gateway").length,
    );
  });

  it("keeps the client's own id, and carries it through a subgraph's call to another (sign-in: member asks network)", async () => {
    // A network admin's sign-in asks the network subgraph for the networks under theirs.
    await personWith(stack.graphqlUrl, admin, "journal.reseau@example.org", [
      { role: "network_admin", scopeId: network },
    ]);
    const clientId = "client-trace-42";
    const res = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": clientId },
      body: JSON.stringify({
        query: `mutation SignIn($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken } }`,
        variables: { e: "journal.reseau@example.org", p: PASSWORD },
      }),
    });
    expect(res.headers.get("x-request-id")).toBe(clientId);
    const { data } = (await res.json()) as { data: { login: { accessToken: string; refreshToken: string } } };
    expect(data.login.accessToken).toBeTruthy();
    const mine = await linesOf(clientId, ["gateway", "member", "network"]);
    // member's line for the gateway's fetch, and network's for member's own call (askSubgraph), same id.
    expect(
      mine
        .filter((l) => l.msg === "request")
        .map((l) => l.service)
        .sort(),
    ).toEqual(expect.arrayContaining(["gateway", "member", "network"]));
    expect(mine.find((l) => l.service === "network" && l.msg === "request")?.operation ?? "").not.toMatch(/^SignIn__/);

    // An id that is not a plain token (spaces, quotes: a log injection) is replaced by a fresh one.
    const forged = await walk(amap, { ...bearer(data.login.accessToken), "x-request-id": 'x" level="fatal' });
    expect(forged).toMatch(/^[0-9a-f-]{36}$/);

    // Nothing secret or personal in any line of the run: the password, the tokens, the e-mail address, the name.
    const all = raw.join("");
    for (const secret of [
      PASSWORD,
      data.login.accessToken,
      data.login.refreshToken,
      "journal.admin@example.org",
      "journal.reseau@example.org",
      "x-champ-internal",
      process.env.INTERNAL_SECRET ?? "never-set",
    ])
      expect(all).not.toContain(secret);
  });
});
