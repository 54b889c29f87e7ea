import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { buildWorld, type World } from "../../tools/src/demo/world";
import { startTestStack } from "./stack.helper";
import { bearer, personWith, post, type SignedIn } from "./auth.helper";

/*
 * An AMAP's consent, through the gateway: its admins choose what the network sees beyond
 * anonymous totals (directory entry, partnerships, figures); the network's statistics, partnerships
 * and public directory follow the choice, and the network cannot make it for the AMAP.
 */

let stack: Stack;
let admin: Gql;
let world: World;
let bureau: SignedIn;
let network: SignedIn;
const SEASON = "2026";
const STATS = `query($n: ID!) { networkStatistics(networkId: $n, seasons: ["${SEASON}"]) { amapCount withheldAmapCount householdCount subscriptionCount prefinancedCents byFarm { amapCount } } }`;
const CONSENT = `mutation($i: SetNetworkConsentInput!) { setNetworkConsent(input: $i) { directory partnerships statistics decidedBy decidedAt } }`;

beforeAll(async () => {
  ({ stack, gql: admin } = await startTestStack("moveconsent"));
  world = await buildWorld(admin, {
    amaps: 2,
    farms: 2,
    templatesPerAmap: 2,
    householdsPerAmap: 3,
    weeks: 4,
    seasonStart: "2026-04-02",
  });
  bureau = await personWith(stack.graphqlUrl, admin, "bureau@amap-discrete.example", [
    { role: "amap_admin", scopeId: world.amapIds[0] },
  ]);
  network = await personWith(stack.graphqlUrl, admin, "animation@reseau.example", [
    { role: "network_admin", scopeId: world.networkId },
  ]);
}, 240_000);
afterAll(() => stack?.stop());

describe("what the network sees of an AMAP", () => {
  it("follows the AMAP's choice in the statistics, the partnerships and the public directory", async () => {
    const [all] = (await network.gql(STATS, { n: world.networkId })).networkStatistics;
    expect(all).toMatchObject({ amapCount: 2, withheldAmapCount: 0 });

    const saved = await bureau.gql(CONSENT, {
      i: { amapId: world.amapIds[0], directory: false, partnerships: false, statistics: false },
    });
    expect(saved.setNetworkConsent).toMatchObject({
      directory: false,
      partnerships: false,
      statistics: false,
      decidedBy: bureau.id,
    });

    const [mine] = (await network.gql(STATS, { n: world.networkId })).networkStatistics;
    expect(mine).toMatchObject({ amapCount: 1, withheldAmapCount: 1 });
    expect(mine.householdCount).toBeLessThan(all.householdCount);
    expect(mine.prefinancedCents).toBeLessThan(all.prefinancedCents);
    expect(mine.byFarm.every((f: { amapCount: number }) => f.amapCount === 1)).toBe(true);

    const partnerships = await network.gql(
      `query($n: ID!) { network(id: $n) { partnerships(season: "${SEASON}") { amap { id } } } }`,
      { n: world.networkId },
    );
    expect(partnerships.network.partnerships.map((p: { amap: { id: string } }) => p.amap.id)).not.toContain(
      world.amapIds[0],
    );
    expect(partnerships.network.partnerships.length).toBeGreaterThan(0);

    const directory = await post(stack.graphqlUrl, `query($n: ID!) { directory(networkId: $n) { amaps { id } } }`, {
      n: world.networkId,
    });
    expect(directory.data.directory.amaps.map((a: { id: string }) => a.id)).toEqual([world.amapIds[1]]);

    // The network reads the choice (who, when) and cannot change it.
    const seen = await network.gql(`query($id: ID!) { amap(id: $id) { networkConsent { statistics decidedAt } } }`, {
      id: world.amapIds[0],
    });
    expect(seen.amap.networkConsent.statistics).toBe(false);
    expect(seen.amap.networkConsent.decidedAt).toEqual(expect.any(String));
    const refused = await post(
      stack.graphqlUrl,
      CONSENT,
      { i: { amapId: world.amapIds[0], directory: true, partnerships: true, statistics: true } },
      bearer(network.accessToken),
    );
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    // Agreeing again brings the figures back.
    await bureau.gql(CONSENT, {
      i: { amapId: world.amapIds[0], directory: true, partnerships: true, statistics: true },
    });
    const [back] = (await network.gql(STATS, { n: world.networkId })).networkStatistics;
    expect(back).toEqual(all);
  });
});
