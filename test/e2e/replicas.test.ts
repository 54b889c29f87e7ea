import { freshTestDbUrl, onMariaDb } from "../../services/kit/src/testing";
import { addDays, todayIn } from "../../services/kit/src/scalars";
import { startCluster, Cluster } from "../../gateway/src/cluster";
import { systemAuthorization } from "../../gateway/src/demo/system-token";

/**
 * Two replicas of each subgraph and two gateways on one MariaDB, started together (migration
 * lock): a season's opening through both gateways while one replica of each subgraph is killed
 * (connections cut, as a crash) and another is stopped gracefully. Reads never fail; a write
 * that failed was under way in a killed replica; every acknowledged subscription is stored once.
 */
const HOUSEHOLDS = 60;
let cluster: Cluster;
let auth: Record<string, string>;
let turn = 0;

interface Answer {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A client as a load balancer in front of the gateways would be: in turn, and a gateway that refuses goes to the other. */
async function call(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const urls = cluster.gateways.map((g) => `${g.url}/graphql`);
  const start = turn++;
  let last: unknown;
  for (let i = 0; i < urls.length; i++) {
    try {
      const res = await fetch(urls[(start + i) % urls.length], {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...auth },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as Answer;
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const a = await call(query, variables);
  if (a.errors?.length) throw new Error(`${a.errors[0].extensions?.code}: ${a.errors[0].message}`);
  return a.data;
}

const ids = {} as { amap: string; template: string; lines: string[]; distributions: string[]; households: string[] };

beforeAll(async () => {
  if (!onMariaDb) return;
  const dbUrls = { network: await freshTestDbUrl("network", "replicas"), amap: await freshTestDbUrl("amap", "replicas"), member: await freshTestDbUrl("member", "replicas") };
  cluster = await startCluster({ dbUrls, replicas: 2, gateways: 2 });
  auth = await systemAuthorization("test");
}, 120_000);
afterAll(() => cluster?.stop());

(onMariaDb ? describe : describe.skip)("two replicas of every process on one MariaDB", () => {
  it("start together, each answering /live and /ready", async () => {
    for (const list of Object.values(cluster.replicas)) {
      for (const r of list) {
        expect((await fetch(`http://127.0.0.1:${r.port}/live`)).status).toBe(200);
        expect((await fetch(`http://127.0.0.1:${r.port}/ready`)).status).toBe(200);
      }
    }
    for (const g of cluster.gateways) expect((await fetch(`${g.url}/ready`)).status).toBe(200);
  });

  it("set up an AMAP season through both gateways", async () => {
    const first = addDays(todayIn(), 14);
    const season = first.slice(0, 4);
    const n = await ok(`mutation { createNetwork(input: { name: "Réseau des répliques" }) { id } }`);
    ids.amap = (await ok(`mutation($n: ID) { createAmap(input: { name: "AMAP des Répliques", networkId: $n }) { id } }`, { n: n.createNetwork.id })).createAmap.id;
    const farm = (await ok(`mutation { createFarm(input: { name: "Ferme Double", payeeName: "EARL Double" }) { id } }`)).createFarm.id;
    const product = (await ok(`mutation($f: ID!) { createProduct(input: { farmId: $f, name: "Panier", unit: "panier", productionType: vegetables }) { id } }`, { f: farm })).createProduct.id;
    const place = (await ok(`mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Préau" }) { id } }`, { a: ids.amap })).createPlace.id;
    const d = await ok(`mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id } }`, {
      in: { amapId: ids.amap, placeId: place, from: first, to: addDays(first, 7 * 5), cycle: "weekly", startTime: "18:30", endTime: "20:00" },
    });
    ids.distributions = d.generateDistributions.map((x: { id: string }) => x.id);
    const period = (await ok(`mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`, {
      in: { amapId: ids.amap, name: `Adhésion ${season}`, startsOn: `${season}-01-01`, endsOn: `${Number(season) + 1}-12-31`, feeMode: "free", feeCents: 0 },
    })).createMembershipPeriod.id;
    const t = await ok(`mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`, {
      in: { amapId: ids.amap, farmId: farm, name: "Légumes", season, kind: "fixed", payeeName: "EARL Double", membershipPeriodId: period, allowedInstallmentCounts: [1, 3], acceptedMeans: ["cheque"], lines: [{ productId: product, unitPriceCents: 1800, maxQuantity: 2 }], distributionIds: ids.distributions },
    });
    ids.template = t.createContractTemplate.id;
    ids.lines = t.createContractTemplate.lines.map((l: { id: string }) => l.id);
    await ok(`mutation($id: ID!) { openContractTemplate(id: $id) { id } }`, { id: ids.template });
    ids.households = [];
    for (let h = 0; h < HOUSEHOLDS; h++) {
      const hh = await ok(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id } }`, {
        in: { amapId: ids.amap, displayName: `Foyer ${h}`, people: [{ firstName: "Prénom", lastName: `Nom${h}`, email: `repl${h}@exemple.fr`, isPrimary: true }] },
      });
      ids.households.push(hh.createHousehold.id);
      await ok(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, { in: { householdId: hh.createHousehold.id, periodId: period, amountCents: 0, status: "paid", means: "cash" } });
    }
  }, 120_000);

  it("keep serving the opening while one replica of each subgraph is killed, then another stopped gracefully: reads never fail, acknowledged writes are all stored once", async () => {
    const reads = { ok: 0, failed: [] as string[] };
    const writes = { acknowledged: new Set<string>(), failed: [] as string[] };
    const READ = `query($t: ID!, $a: ID!) { contractTemplate(id: $t) { name status lines { id unitPriceCents } } subscriptions(filter: { amapId: $a }, perPage: 5) { total items { id totalCents } } }`;
    const SUBSCRIBE = `mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id installments { id } } }`;
    const read = async () => {
      const a = await call(READ, { t: ids.template, a: ids.amap }).catch((e) => ({ errors: [{ message: String(e), extensions: { code: "NETWORK" } }] }) as Answer);
      if (a.errors?.length) reads.failed.push(a.errors[0].extensions?.code ?? "?");
      else reads.ok++;
    };
    const subscribe = async (householdId: string) => {
      const a = await call(SUBSCRIBE, {
        in: { templateId: ids.template, householdId, installmentCount: 3, means: "cheque", lines: ids.distributions.map((d) => ({ templateLineId: ids.lines[0], distributionId: d, quantity: 1 })) },
      }).catch((e) => ({ errors: [{ message: String(e), extensions: { code: "NETWORK" } }] }) as Answer);
      if (a.errors?.length) writes.failed.push(a.errors[0].extensions?.code ?? "?");
      if (a.errors?.length && process.env.REPLICA_TEST_VERBOSE) console.log(JSON.stringify(a.errors));
      else writes.acknowledged.add(a.data.createSubscription.id);
    };
    // Six households at a time, each subscribing then reading twice; faults at 1/3 and 2/3 of the way.
    const queue = [...ids.households];
    let done = 0;
    const faults = (async () => {
      while (done < HOUSEHOLDS / 3) await new Promise((r) => setTimeout(r, 5));
      await Promise.all([cluster.kill("network", 0), cluster.kill("amap", 0), cluster.kill("member", 0)]);
      while (done < (2 * HOUSEHOLDS) / 3) await new Promise((r) => setTimeout(r, 5));
      await Promise.all([cluster.restart("network", 0), cluster.restart("amap", 0), cluster.restart("member", 0)]);
      // The other replicas now stop gracefully under traffic: requests under way finish.
      await Promise.all([cluster.replicas.network[1].server.stop(), cluster.replicas.amap[1].server.stop(), cluster.replicas.member[1].server.stop()]);
    })();
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        for (let h = queue.shift(); h; h = queue.shift()) {
          await subscribe(h);
          await read();
          await read();
          done++;
        }
      }),
    );
    await faults;
    if (process.env.REPLICA_TEST_VERBOSE) console.log({ readsOk: reads.ok, readsFailed: reads.failed, acknowledged: writes.acknowledged.size, writesFailed: writes.failed });
    // Every acknowledged subscription is stored, once, with its installments; nothing else was stored twice.
    const member = cluster.replicas.member[0].ds;
    const rows: Array<{ id: string; householdId: string }> = await member.query("SELECT id, householdId FROM subscription WHERE templateId = ?", [ids.template]);
    const stored = new Set(rows.map((r) => r.id));
    expect([...writes.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    expect(new Set(rows.map((r) => r.householdId)).size).toBe(rows.length);
    const [{ n }] = await member.query(`SELECT COUNT(*) AS n FROM installment WHERE subscriptionId IN (${rows.map(() => "?").join(",") || "''"})`, rows.map((r) => r.id));
    expect(Number(n)).toBe(rows.length * 3);
    expect(reads.failed).toEqual([]);
    expect(reads.ok).toBe(HOUSEHOLDS * 2);
    // Only writes under way in a killed replica may fail (at most one per client), never as a wrong answer.
    expect(writes.failed.length).toBeLessThanOrEqual(6);
    expect(writes.failed.every((c) => c === "SERVICE_UNAVAILABLE")).toBe(true);
    expect(writes.acknowledged.size + writes.failed.length).toBe(HOUSEHOLDS);
    // The replica restarted on its port serves again.
    expect((await fetch(`http://127.0.0.1:${cluster.replicas.member[0].port}/ready`)).status).toBe(200);
  }, 120_000);
});
