#!/usr/bin/env node
// What the trust checks cost per request (issue 11): the same queries through the gateway with a
// person's access token (token version asked of the member database by the gateway, then by each
// subgraph once per request) and with a system token (scripts: no account, no check), as medians
// over alternating runs; a ratio within one run (timings on a shared machine are noisy). Also the
// time the gateway takes to refuse the 15-alias query by its cost, against a plain small query.
// Not a test: `node scripts/bench-trust.js` (builds first).
require("reflect-metadata");
const { tscBuildArgs } = require("./ts-projects");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const built = spawnSync(process.execPath, tscBuildArgs(), { cwd: root, stdio: "inherit" });
if (built.status !== 0) process.exit(1);
process.env.NODE_ENV = process.env.NODE_ENV || "production";
// The budget is spent (a write per costly query, measured here) but never runs out during the bench.
process.env.QUERY_BUDGET_ITEMS = process.env.QUERY_BUDGET_ITEMS || "2000000000";

const { startStack } = require("../tools/dist/stack");
const { buildWorld } = require("../tools/dist/demo/world");
const { apiClient } = require("../tools/dist/demo/client");
const { systemAuthorization } = require("../tools/dist/demo/system-token");

const RUNS = Number(process.env.BENCH_RUNS || 200);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function main() {
  // In memory: nothing written to data/.
  const memory = "sqlite::memory:";
  const stack = await startStack({ dbUrls: { network: memory, amap: memory, member: memory } });
  try {
    const system = apiClient(stack.graphqlUrl, await systemAuthorization("bench"));
    const world = await buildWorld(system, {
      amaps: 2,
      farms: 2,
      templatesPerAmap: 2,
      householdsPerAmap: 10,
      weeks: 4,
      seasonStart: "2027-01-07",
    });
    const amapId = world.amapIds[0];
    await system(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }`, {
      i: { email: "bench@example.org", password: "un mot de passe assez long", lastName: "Bench" },
    }).then((r) =>
      system(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, {
        i: { personId: r.createAccount.id, role: "amap_admin", scopeId: amapId },
      }),
    );
    const login = await apiClient(stack.graphqlUrl)(
      `mutation { login(input: { email: "bench@example.org", password: "un mot de passe assez long" }) { accessToken } }`,
    );
    const person = apiClient(stack.graphqlUrl, { authorization: `Bearer ${login.login.accessToken}` });
    // One subgraph, then three (an AMAP's households, its templates and its network).
    const queries = {
      "one subgraph": [
        `query($a: ID!) { households(filter: { amapId: $a }, perPage: 10) { total items { displayName } } }`,
        { a: amapId },
      ],
      "three subgraphs": [
        `query($a: ID!) { amap(id: $a) { name contractTemplates { name subscriptions { totalCents household { displayName } } } } }`,
        { a: amapId },
      ],
    };
    for (const [name, [q, v]] of Object.entries(queries)) {
      const times = { person: [], system: [] };
      for (let i = 0; i < 20; i++) await Promise.all([person(q, v), system(q, v)]);
      for (let i = 0; i < RUNS; i++) {
        times.person.push(await timed(() => person(q, v)));
        times.system.push(await timed(() => system(q, v)));
      }
      const p = median(times.person);
      const s = median(times.system);
      console.log(
        `${name}: person (checked) ${p.toFixed(2)} ms, system (no check) ${s.toFixed(2)} ms, ratio ${(p / s).toFixed(2)}`,
      );
    }
    const attack = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: distributions(perPage: 100) { items { signOffSheet { name items { productName quantity } } } }`).join(" ")} }`;
    const refused = [];
    const small = [];
    const post = (q) =>
      fetch(stack.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${login.login.accessToken}` },
        body: JSON.stringify({ query: q }),
      }).then((r) => r.json());
    for (let i = 0; i < 50; i++) {
      refused.push(await timed(() => post(attack)));
      small.push(await timed(() => post(`{ me { id } }`)));
    }
    console.log(
      `15 aliases x 100 distributions x sheets: refused in ${median(refused).toFixed(2)} ms (median), a { me } query ${median(small).toFixed(2)} ms: ratio ${(median(refused) / median(small)).toFixed(2)}`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
