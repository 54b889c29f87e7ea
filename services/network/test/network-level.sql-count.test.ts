import { resetSqlCounters, sqlCount } from "../../kit/src/sql-counter";
import { CHARTER_2014 } from "../src/services/charter-2014";
import { fixtures, ok, useNetworkSubgraph } from "./helpers";

const h = useNetworkSubgraph("sqlcount");

/** Farms with two visits of two actions each and a charter commitment. */
async function seedFarms(networkId: string, count: number, prefix: string): Promise<string[]> {
  const f = fixtures(h.run);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const farmId = await f.farm({ name: `${prefix} ${i}`, networkIds: [networkId] });
    ids.push(farmId);
    ok(
      await h.run(`mutation($i: CommitToCharterInput!) { commitToCharter(input: $i) { id } }`, {
        i: { charterVersionId: CHARTER_2014.id, networkId, farmId, committedOn: "2025-01-10" },
      }),
    );
    for (const plannedOn of ["2024-06-01", "2025-06-01"]) {
      const visitId = ok(
        await h.run(`mutation($i: PlanVisitInput!) { planVisit(input: $i) { id } }`, {
          i: { networkId, farmId, plannedOn },
        }),
      ).planVisit.id;
      for (const owner of ["La ferme", "Le réseau"]) {
        ok(
          await h.run(`mutation($i: AddVisitActionInput!) { addVisitAction(input: $i) { id } }`, {
            i: { visitId, description: "Suivi", owner, dueOn: "2025-12-31" },
          }),
        );
      }
    }
  }
  return ids;
}

const QUERY = `query($ids: [ID!]) { farms(filter: { ids: $ids }, perPage: 100) { items { visits { actions { id } } charterCommitments { id } } } }`;

async function statementsFor(ids: string[]): Promise<number> {
  resetSqlCounters();
  const data = ok(await h.run(QUERY, { ids }));
  const count = sqlCount("network");
  expect(data.farms.items).toHaveLength(ids.length);
  for (const farm of data.farms.items) {
    expect(farm.visits).toHaveLength(2);
    expect(farm.visits[0].actions).toHaveLength(2);
    expect(farm.charterCommitments).toHaveLength(1);
  }
  return count;
}

describe("DataLoader on the network-level relations", () => {
  it("walks farms → visits → actions and commitments with as many statements for 8 farms as for 2", async () => {
    const networkId = await fixtures(h.run).network("Réseau AMAP Grand Est");
    const two = await seedFarms(networkId, 2, "Ferme A");
    const eight = await seedFarms(networkId, 8, "Ferme B");
    const forTwo = await statementsFor(two);
    const forEight = await statementsFor(eight);
    expect(forEight).toBe(forTwo);
    // A page and its count, then one statement per relation: visits, their actions, commitments.
    expect(forTwo).toBeLessThanOrEqual(5);
  });
});
