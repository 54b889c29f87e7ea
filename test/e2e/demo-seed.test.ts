import type { Stack } from "../../tools/src/stack";
import { seedIfEmpty } from "../../tools/src/demo/seed";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";

/** What `npm start` puts in an empty database, and that a second start adds nothing. */
let stack: Stack;
let gql: Gql;

beforeAll(async () => {
  ({ stack, gql } = await startTestStack("demo"));
}, 60_000);
afterAll(() => stack?.stop());

it("seeds the demo world once, with a season in progress, a past season and the network's records", async () => {
  const seeded = await seedIfEmpty(stack.graphqlUrl);
  expect(seeded?.summary).toMatch(/3 AMAPs/);
  expect(seeded!.accounts.length).toBeGreaterThanOrEqual(5);
  expect(await seedIfEmpty(stack.graphqlUrl)).toBeNull();

  const n = await gql(
    `{ networks(filter: { root: true }) { items { id children { name } farms { visits { status actions { id } } } } } announcements { total } }`,
  );
  const network = n.networks.items[0];
  expect(network.children).toHaveLength(1);
  expect(
    network.farms
      .flatMap((f: { visits: Array<{ status: string; actions: unknown[] }> }) => f.visits)
      .some((v: { status: string; actions: unknown[] }) => v.status === "done" && v.actions.length === 2),
  ).toBe(true);
  expect(n.announcements.total).toBe(2);

  const stats = await gql(
    `query($n: ID!) { networkStatistics(networkId: $n) { season subscriptionCount prefinancedCents } }`,
    { n: network.id },
  );
  expect(stats.networkStatistics.map((s: { season: string }) => s.season).sort()).toEqual(["2025", "2026"]);

  const amaps = await gql(
    `{ amaps(perPage: 10) { items { id contractTemplates { status } distributions { status dutyShifts { signups { id } } signOffSheet { items { status } } } } } }`,
  );
  const all = amaps.amaps.items;
  const statuses = new Set(
    all.flatMap((a: { contractTemplates: Array<{ status: string }> }) => a.contractTemplates.map((t) => t.status)),
  );
  expect(statuses).toEqual(new Set(["running", "finished"]));
  const dists = all.flatMap((a: { distributions: unknown[] }) => a.distributions);
  expect(dists.some((d: { status: string }) => d.status === "moved")).toBe(true);
  const items = dists.flatMap((d: { signOffSheet: Array<{ items: Array<{ status: string }> }> }) =>
    d.signOffSheet.flatMap((l) => l.items),
  );
  expect(items.some((i: { status: string }) => i.status === "absent")).toBe(true);
  expect(
    dists.some((d: { dutyShifts: Array<{ signups: unknown[] }> }) => d.dutyShifts.some((s) => s.signups.length > 0)),
  ).toBe(true);
}, 240_000);
