import { onMariaDb } from "../../services/kit/src/testing";
import { startCluster, Cluster } from "../../tools/src/cluster";
import { systemAuthorization } from "../../tools/src/demo/system-token";
import { Answer, runOpening, Season, setUpSeason, sleep, storedAgainst } from "./opening.helper";

// scripts/galera.js is plain JavaScript shared with the fault bench.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startGalera, galeraUnavailable } = require("../../scripts/galera.js");

/**
 * A three-node MariaDB Galera cluster on loopback (Debian's galera-4), the services on it with
 * every node in their DATABASE_URL (failover pool, kit data-source.ts): the node they all write
 * to is killed (SIGKILL) during a season's opening, then restarted. The services keep answering,
 * every acknowledged subscription is on the surviving nodes and on the restarted one, none twice.
 * Runs with the MariaDB suite; CI installs galera-4 (.ci/run). GALERA=0 skips it.
 */
const HOUSEHOLDS = 45;
const why: string | null = process.env.GALERA === "0" ? "GALERA=0" : galeraUnavailable();
const enabled = onMariaDb && (!why || process.env.CI === "true");
let galera: any;
let cluster: Cluster;
let auth: Record<string, string>;
let season: Season;

async function call(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${cluster.gateways[0].url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...auth },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

beforeAll(async () => {
  if (!enabled) return;
  galera = await startGalera({ nodes: 3 });
  const dbs = { network: "cc_galera_network", amap: "cc_galera_amap", member: "cc_galera_member" };
  for (const db of Object.values(dbs))
    await galera.sql(galera.nodes[0], `CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  cluster = await startCluster({
    dbUrls: { network: galera.url(dbs.network), amap: galera.url(dbs.amap), member: galera.url(dbs.member) },
    replicas: 1,
    gateways: 1,
  });
  auth = await systemAuthorization("test");
  season = await setUpSeason(call, HOUSEHOLDS, "galera");
}, 240_000);
afterAll(async () => {
  await cluster?.stop();
  await galera?.stop();
});

if (onMariaDb && why && process.env.CI !== "true") console.warn(`Galera test skipped: ${why}`);

(enabled ? describe : describe.skip)("the services on a three-node Galera cluster", () => {
  it("keep serving an opening while the node they write to is killed, and lose no acknowledged subscription", async () => {
    const [first, second, third] = galera.nodes;
    const counts = await runOpening(call, season, 4, async (progress) => {
      while (progress() < HOUSEHOLDS / 3) await sleep(5);
      await first.kill();
      while (progress() < (2 * HOUSEHOLDS) / 3) await sleep(5);
    });
    if (process.env.REPLICA_TEST_VERBOSE) console.log(counts);
    // Reads never fail (a lost connection is read again on the next node); writes cut by the
    // node's death say their outcome is unknown.
    expect(counts.readsFailed).toEqual([]);
    expect(counts.writesFailed.every((c) => c === "SERVICE_UNAVAILABLE")).toBe(true);
    expect(counts.writesFailed.length).toBeLessThanOrEqual(4);
    expect(counts.acknowledged.size).toBeGreaterThanOrEqual(HOUSEHOLDS - 4);

    const member = cluster.replicas.member[0].ds;
    const db = await storedAgainst(member, season, counts.acknowledged);
    expect(db.lost).toEqual([]);
    expect(db.duplicatedHouseholds).toBe(0);
    expect(db.installments).toBe(db.stored * 3);
    // The same rows on each surviving node, then on the killed node once it has rejoined.
    const countOn = async (node: any) =>
      Number(
        (
          await galera.sql(node, "SELECT COUNT(*) AS n FROM cc_galera_member.subscription WHERE templateId = ?", [
            season.template,
          ])
        )[0].n,
      );
    expect([await countOn(second), await countOn(third)]).toEqual([db.stored, db.stored]);
    await first.start();
    await galera.waitSynced(first, 3);
    expect(await countOn(first)).toBe(db.stored);
  }, 180_000);
});
