import { freshTestDbUrl, onMariaDb } from "../../services/kit/src/testing";
import { startCluster, Cluster } from "../../tools/src/cluster";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import { Answer, runOpening, Season, setUpSeason, sleep, storedAgainst } from "./opening.helper";

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

let season: Season;

beforeAll(async () => {
  if (!onMariaDb) return;
  const dbUrls = {
    network: await freshTestDbUrl("network", "replicas"),
    amap: await freshTestDbUrl("amap", "replicas"),
    member: await freshTestDbUrl("member", "replicas"),
  };
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
    season = await setUpSeason(call, HOUSEHOLDS, "repl");
  }, 120_000);

  it("keep serving the opening while one replica of each subgraph is killed, then another stopped gracefully: reads never fail, acknowledged writes are all stored once", async () => {
    const counts = await runOpening(call, season, 6, async (progress) => {
      while (progress() < HOUSEHOLDS / 3) await sleep(5);
      await Promise.all([cluster.kill("network", 0), cluster.kill("amap", 0), cluster.kill("member", 0)]);
      while (progress() < (2 * HOUSEHOLDS) / 3) await sleep(5);
      await Promise.all([cluster.restart("network", 0), cluster.restart("amap", 0), cluster.restart("member", 0)]);
      // The other replicas now stop gracefully under traffic: requests under way finish.
      await Promise.all([
        cluster.replicas.network[1].server.stop(),
        cluster.replicas.amap[1].server.stop(),
        cluster.replicas.member[1].server.stop(),
      ]);
    });
    if (process.env.REPLICA_TEST_VERBOSE) console.log(counts);
    const db = await storedAgainst(cluster.replicas.member[0].ds, season, counts.acknowledged);
    expect(db.lost).toEqual([]);
    expect(db.duplicatedHouseholds).toBe(0);
    expect(db.installments).toBe(db.stored * 3);
    expect(counts.readsFailed).toEqual([]);
    expect(counts.readsOk).toBe(HOUSEHOLDS * 2);
    // Only writes under way in a killed replica may fail (at most one per client), saying their outcome is unknown.
    expect(counts.writesFailed.length).toBeLessThanOrEqual(6);
    expect(counts.writesFailed.every((c) => c === "SERVICE_UNAVAILABLE")).toBe(true);
    expect(counts.acknowledged.size + counts.writesFailed.length).toBe(HOUSEHOLDS);
    // The replica restarted on its port serves again.
    expect((await fetch(`http://127.0.0.1:${cluster.replicas.member[0].port}/ready`)).status).toBe(200);
  }, 120_000);
});
