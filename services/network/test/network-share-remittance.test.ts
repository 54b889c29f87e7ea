import { addDays, todayIn } from "../../kit/src/calendar";
import { failure, fixtures, ok, useNetworkSubgraph } from "./helpers";

const h = useNetworkSubgraph("remit");
const RECORD = `mutation($i: RecordNetworkShareRemittanceInput!) { recordNetworkShareRemittance(input: $i) { id amountCents reason corrects { id } amap { name } } }`;

describe("network share remittances", () => {
  let networkId: string;
  let amapId: string;
  let otherAmapId: string;
  let firstId: string;
  const base = () => ({ networkId, amapId, year: 2025, remittedOn: "2025-10-03", reference: "Chèque 0012345" });

  beforeAll(async () => {
    const f = fixtures(h.run);
    networkId = await f.network("Réseau AMAP Pays de la Loire");
    amapId = await f.amap({ name: "AMAP de Nantes Nord", networkId });
    otherAmapId = await f.amap({ name: "AMAP d'Angers", networkId });
  });

  it("records a remittance of whole cents, at least 1, not in the future", async () => {
    const zero = failure(await h.run(RECORD, { i: { ...base(), amountCents: 0 } }));
    expect(zero).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { amountCents: expect.stringMatching(/au moins 1/) },
    });
    const future = failure(
      await h.run(RECORD, { i: { ...base(), amountCents: 100, remittedOn: addDays(todayIn("Europe/Paris"), 3) } }),
    );
    expect(future.fields).toHaveProperty("remittedOn");
    const first = ok(await h.run(RECORD, { i: { ...base(), amountCents: 45_000 } })).recordNetworkShareRemittance;
    expect(first).toMatchObject({
      amountCents: 45_000,
      reason: "",
      corrects: null,
      amap: { name: "AMAP de Nantes Nord" },
    });
    firstId = first.id;
  });

  it("corrects with a new record: negative only with a reason, on the same AMAP and year, never below zero", async () => {
    const noReason = failure(await h.run(RECORD, { i: { ...base(), amountCents: -5_000 } }));
    expect(noReason).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { reason: expect.stringMatching(/indiquez pourquoi/) },
    });
    const otherAmap = failure(
      await h.run(RECORD, {
        i: { ...base(), amapId: otherAmapId, amountCents: -5_000, reason: "Erreur", correctsId: firstId },
      }),
    );
    expect(otherAmap.fields).toHaveProperty("correctsId");
    const fix = ok(
      await h.run(RECORD, {
        i: { ...base(), amountCents: -5_000, reason: "Deux adhésions comptées en double", correctsId: firstId },
      }),
    ).recordNetworkShareRemittance;
    expect(fix).toMatchObject({ amountCents: -5_000, corrects: { id: firstId } });
    const tooMuch = failure(
      await h.run(RECORD, { i: { ...base(), amountCents: -40_001, reason: "Annulation", correctsId: firstId } }),
    );
    expect(tooMuch).toMatchObject({ code: "CONFLICT", fields: { amountCents: expect.any(String) } });
    expect(tooMuch.message).toMatch(/négatif/);
  });

  it("lists records by network, AMAP and year; the balance is their sum", async () => {
    ok(
      await h.run(RECORD, {
        i: { ...base(), amapId: otherAmapId, amountCents: 12_000, year: 2024, remittedOn: "2024-11-20" },
      }),
    );
    const data = ok(
      await h.run(
        `{ networkShareRemittances(filter: { networkId: "${networkId}", amapId: "${amapId}", year: 2025 }) { total items { amountCents } } }`,
      ),
    );
    expect(data.networkShareRemittances.total).toBe(2);
    expect(
      data.networkShareRemittances.items.reduce((s: number, r: { amountCents: number }) => s + r.amountCents, 0),
    ).toBe(40_000);
    const byDate = ok(
      await h.run(`{ networkShareRemittances(filter: { to: "2024-12-31" }) { total items { amap { name } } } }`),
    );
    expect(byDate.networkShareRemittances).toEqual({ total: 1, items: [{ amap: { name: "AMAP d'Angers" } }] });
    expect(
      ok(await h.run(`{ networkShareRemittance(id: "${firstId}") { amountCents } }`)).networkShareRemittance
        .amountCents,
    ).toBe(45_000);
  });
});
