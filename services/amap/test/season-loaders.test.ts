import { resetSqlCounters, sqlCount, statementGrowth } from "../../kit/src/sql-counter";
import { Harness, openHarness, seedNetwork } from "./harness";
import { draftTemplate, weekly } from "./season.helpers";

let h: Harness;
const amapIds: string[] = [];

/** An AMAP with two places, four distributions (one moved, one cancelled), a duty roster and a renewed template. */
async function seedAmap(name: string): Promise<void> {
  const net = await seedNetwork(h, name);
  const place = async (n: string) =>
    (
      await h.run(`mutation($a: ID!, $n: String!) { createPlace(input: { amapId: $a, name: $n }) { id } }`, {
        a: net.amapId,
        n,
      })
    ).data!.createPlace.id;
  const hall = await place("Salle");
  const yard = await place("Cour");
  const dates = await weekly(h, net.amapId, "2027-05-04", "2027-05-25", { placeId: hall });
  const template = await draftTemplate(h, net, dates, { kind: "flexible", cashingDates: [] });
  const renewed = await h.run(
    `mutation($id: ID!, $d: [ID!]) { renewContractTemplate(input: { id: $id, season: "2027", distributionIds: $d }) { id } }`,
    { id: template.id, d: dates.map((d) => d.id) },
  );
  expect(renewed.errors).toBeUndefined();
  await h.run(
    `mutation($id: ID!, $p: ID!) { moveDistribution(input: { id: $id, date: "2027-05-05", placeId: $p, reason: "Fête" }) { id } }`,
    { id: dates[0].id, p: yard },
  );
  await h.run(`mutation($id: ID!) { cancelDistribution(input: { id: $id, reason: "Gel" }) { id } }`, {
    id: dates[1].id,
  });
  for (const role of ["Accueil", "Émargement"])
    await h.run(`mutation($a: ID!, $n: String!) { createDutyRole(input: { amapId: $a, name: $n }) { id } }`, {
      a: net.amapId,
      n: role,
    });
  const shifts = await h.run(
    `mutation($a: ID!) { generateDutyShifts(input: { amapId: $a, from: "2027-05-01", to: "2027-05-31" }) { id } }`,
    { a: net.amapId },
  );
  expect(shifts.data!.generateDutyShifts).toHaveLength(6);
  amapIds.push(net.amapId);
}

beforeAll(async () => {
  h = await openHarness("season-loaders", true);
  for (const name of ["AMAP A", "AMAP B", "AMAP C", "AMAP D", "AMAP E", "AMAP F"]) await seedAmap(name);
});
afterAll(() => h.close());

const WALK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Amap { id
  dutyRoles { name } dutyRules { signupDeadlineHours }
  distributions { effectiveDate movedToPlace { name }
    changes { kind originalPlace { name } newPlace { name } distribution { id } }
    dutyShifts { seats signupClosesAt role { name } distribution { id } } }
  contractTemplates { renewedFrom { id } lines { maxPerHousehold } availability { effectiveQuota }
    deliveries { date originalDate status editableUntil } } } } }`;

describe("season relations through DataLoader", () => {
  it("answers a walk over six AMAPs with as many SQL statements as over two", async () => {
    const countFor = async (ids: string[]) => {
      resetSqlCounters();
      const res = await h.run(WALK, { r: ids.map((id) => ({ __typename: "Amap", id })) });
      expect(res.errors).toBeUndefined();
      const amaps = res.data!._entities;
      return {
        statements: sqlCount("amap"),
        shifts: amaps.flatMap((a: any) => a.distributions.flatMap((d: any) => d.dutyShifts)).length,
        changes: amaps.flatMap((a: any) => a.distributions.flatMap((d: any) => d.changes)).length,
        renewed: amaps.flatMap((a: any) => a.contractTemplates.filter((t: any) => t.renewedFrom)).length,
        first: amaps[0],
      };
    };
    // Warm-up: the first request pays one-off statements (driver/session set-up, metadata
    // lookups on MariaDB) that say nothing about batching; count from the second on.
    await countFor(amapIds.slice(0, 1));
    const two = await countFor(amapIds.slice(0, 2));
    const six = await countFor(amapIds);
    expect([two.shifts, two.changes, two.renewed]).toEqual([12, 4, 2]);
    expect([six.shifts, six.changes, six.renewed]).toEqual([36, 12, 6]);
    expect(statementGrowth(two.statements, six.statements, 2, 18)).toBeNull();
    const moved = two.first.distributions[0];
    expect(moved).toMatchObject({
      effectiveDate: "2027-05-05",
      movedToPlace: { name: "Cour" },
      changes: [{ kind: "moved", originalPlace: { name: "Salle" }, newPlace: { name: "Cour" } }],
    });
    expect(two.first.contractTemplates[0].deliveries.map((d: any) => [d.date, d.status])).toEqual([
      ["2027-05-05", "moved"],
      ["2027-05-11", "cancelled"],
      ["2027-05-18", "planned"],
      ["2027-05-25", "planned"],
    ]);
  });
});
