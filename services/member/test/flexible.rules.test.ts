import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { SubscriptionService } from "../src/services/subscription.service";
import { SubscriptionGridService } from "../src/services/subscription-grid.service";
import { PaymentService } from "../src/services/payment.service";
import { Installment, PaymentMeans } from "../src/entities/installment.entity";
import type { TemplateTerms } from "../src/services/template-terms";
import { domainError, grid, makeTerms, memberHousehold, registerDistributions, termsSource } from "./fixtures";

/*
 * Flexible contracts: each delivery's quantities change until its deadline, within the line's
 * minimum and maximum; the total follows and only the last unpaid installments absorb the change.
 */
let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const source = termsSource();
const NOW = new Date("2026-04-01T10:00:00Z");
const flexible = (now = NOW) => new SubscriptionGridService(ds.manager, source, { now });
const schedule = async (subscriptionId: string) =>
  (await ds.getRepository(Installment).find({ where: { subscriptionId }, order: { rank: "ASC" } })).map((i) => [
    i.amountCents,
    i.status,
  ]);

function template(overrides: Partial<TemplateTerms> = {}): TemplateTerms {
  const t = makeTerms(amapId, periodId, { kind: "flexible", ...overrides });
  // Quantities of each delivery are frozen two days before, at 18:00 Paris.
  t.deliveries.forEach(
    (d) =>
      (d.editableUntil = `${d.date.slice(0, 8)}${String(Number(d.date.slice(8)) - 2).padStart(2, "0")}T16:00:00.000Z`),
  );
  source.byId.set(t.templateId, t);
  registerDistributions(t);
  return t;
}

async function subscribe(t: TemplateTerms, name: string, count = 3) {
  const h = await memberHousehold(ds, amapId, periodId, name);
  return new SubscriptionService(ds.manager, source).create({
    templateId: t.templateId,
    householdId: h.id,
    installmentCount: count,
    means: PaymentMeans.cheque,
    lines: grid(t, [
      [1, 1, 1, 1],
      [1, undefined, 1],
    ]),
  });
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "flexible"));
});
afterAll(() => ds.destroy());

describe("updateFlexibleQuantities", () => {
  it("changes one delivery, recomputes the total and adjusts only the last unpaid installments", async () => {
    const t = template();
    const sub = await subscribe(t, "Flexible"); // 4 × 15 € + 2 × 3.50 € = 67 €
    expect(await schedule(sub.id)).toEqual([
      [2234, "to_provide"],
      [2233, "to_provide"],
      [2233, "to_provide"],
    ]);
    const [first] = await ds.getRepository(Installment).find({ where: { subscriptionId: sub.id, rank: 1 } });
    await new PaymentService(ds.manager).markReceived(
      [first.id],
      [{ installmentId: first.id, chequeNumber: "1", bank: "B", issuer: "I" }],
    );
    const d3 = t.deliveries[2].distributionId;
    const more = await flexible().updateFlexible(
      sub.id,
      d3,
      [
        { templateLineId: t.lines[0].id, quantity: 2 },
        { templateLineId: t.lines[1].id, quantity: 3 },
      ],
      sub.version,
    );
    expect(more.totalCents).toBe(6700 + 1500 + 2 * 350);
    expect(await schedule(sub.id)).toEqual([
      [2234, "received"],
      [2233, "to_provide"],
      [2233 + 2200, "to_provide"],
    ]);
    const less = await flexible().updateFlexible(sub.id, t.deliveries[3].distributionId, [
      { templateLineId: t.lines[0].id, quantity: 0 },
    ]);
    expect(less.totalCents).toBe(8900 - 1500);
    expect(await schedule(sub.id)).toEqual([
      [2234, "received"],
      [2233, "to_provide"],
      [2933, "to_provide"],
    ]);
    const total = (await schedule(sub.id)).reduce((s, [a]) => s + (a as number), 0);
    expect(total).toBe(less.totalCents);
    const stale = await domainError(
      flexible().updateFlexible(sub.id, d3, [{ templateLineId: t.lines[0].id, quantity: 1 }], 1),
    );
    expect([stale.code, Object.keys(stale.fields)]).toEqual(["CONFLICT", ["expectedVersion"]]);
  });

  it("adds an installment when everything is already paid, and lowers what is unpaid down to zero", async () => {
    const t = template();
    const sub = await subscribe(t, "ToutPaye", 1);
    const [only] = await ds.getRepository(Installment).find({ where: { subscriptionId: sub.id } });
    await new PaymentService(ds.manager).markReceived(
      [only.id],
      [{ installmentId: only.id, chequeNumber: "1", bank: "B", issuer: "I" }],
    );
    await flexible().updateFlexible(sub.id, t.deliveries[1].distributionId, [
      { templateLineId: t.lines[0].id, quantity: 2 },
    ]);
    expect(await schedule(sub.id)).toEqual([
      [6700, "received"],
      [1500, "to_provide"],
    ]);
    await flexible().updateFlexible(sub.id, t.deliveries[1].distributionId, [
      { templateLineId: t.lines[0].id, quantity: 0 },
    ]);
    // The unpaid installment is cancelled; the 15 € paid beyond the new total shows as a credit on the balance.
    expect(await schedule(sub.id)).toEqual([
      [6700, "received"],
      [0, "cancelled"],
    ]);
  });

  it("refuses a contract that is not flexible, a frozen delivery, and quantities outside the line's limits", async () => {
    const t = template();
    const sub = await subscribe(t, "Limites");
    const [veg, eggs] = t.lines;
    const d = t.deliveries.map((x) => x.distributionId);
    const fixed = makeTerms(amapId, periodId);
    source.byId.set(fixed.templateId, fixed);
    const fixedSub = await new SubscriptionService(ds.manager, source).create({
      templateId: fixed.templateId,
      householdId: (await memberHousehold(ds, amapId, periodId, "Fixe")).id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(fixed, [[1, 1, 1, 1]]),
    });
    const notFlexible = await domainError(
      flexible().updateFlexible(fixedSub.id, fixed.deliveries[0].distributionId, [
        { templateLineId: fixed.lines[0].id, quantity: 1 },
      ]),
    );
    expect([notFlexible.code, Object.keys(notFlexible.fields)]).toEqual(["CONFLICT", ["subscriptionId"]]);
    const frozen = await domainError(
      flexible(new Date("2026-04-05T16:00:01Z")).updateFlexible(sub.id, d[0], [
        { templateLineId: veg.id, quantity: 2 },
      ]),
    );
    expect([frozen.code, Object.keys(frozen.fields)]).toEqual(["BAD_USER_INPUT", ["distributionId"]]);
    expect(frozen.fields.distributionId.fr).toMatch(/jusqu'au 5 avril 2026 à 18 h\./);
    const limits = await domainError(
      flexible().updateFlexible(sub.id, d[1], [
        { templateLineId: veg.id, quantity: 3 },
        { templateLineId: eggs.id, quantity: 1 },
        { templateLineId: uuidv7(), quantity: 1 },
      ]),
    );
    expect([limits.code, Object.keys(limits.fields).sort()]).toEqual([
      "BAD_USER_INPUT",
      ["lines.0.quantity", "lines.1.templateLineId", "lines.2.templateLineId"],
    ]);
    const unknown = await domainError(
      flexible().updateFlexible(sub.id, uuidv7(), [{ templateLineId: veg.id, quantity: 1 }]),
    );
    expect(Object.keys(unknown.fields)).toEqual(["distributionId"]);
    // The farm's capacity for a cell (here 2 dozen eggs on the first date) overrides the line's quota.
    t.availability.find((a) => a.templateLineId === eggs.id && a.distributionId === d[0])!.quota = 2;
    const quota = await domainError(
      flexible().updateFlexible(sub.id, d[0], [{ templateLineId: eggs.id, quantity: 3 }]),
    );
    expect([quota.code, Object.keys(quota.fields)]).toEqual(["CONFLICT", ["lines.0.quantity"]]);
    await expect(
      flexible().updateFlexible(sub.id, d[0], [{ templateLineId: eggs.id, quantity: 2 }]),
    ).resolves.toBeDefined();
  });

  it("reads the deadline the amap subgraph computed and never counts it again", async () => {
    // 24 hours before 2026-04-07 18:00 Paris would be 2026-04-06 16:00 UTC; the amap subgraph says 2026-04-03 08:00 UTC.
    const t = template({ flexibleDeadlineHours: 24 });
    t.deliveries[0].editableUntil = "2026-04-03T08:00:00.000Z";
    const sub = await subscribe(t, "SansRecalcul");
    const d1 = t.deliveries[0].distributionId;
    await expect(
      flexible(new Date("2026-04-03T07:59:00Z")).updateFlexible(sub.id, d1, [
        { templateLineId: t.lines[0].id, quantity: 2 },
      ]),
    ).resolves.toBeDefined();
    const late = await domainError(
      flexible(new Date("2026-04-04T10:00:00Z")).updateFlexible(sub.id, d1, [
        { templateLineId: t.lines[0].id, quantity: 1 },
      ]),
    );
    expect(late.fields.distributionId.fr).toMatch(/jusqu'au 3 avril 2026 à 10 h\./);
    // A flexible delivery without its deadline from the amap subgraph is not guessed at.
    t.deliveries[1].editableUntil = null;
    await expect(
      flexible().updateFlexible(sub.id, t.deliveries[1].distributionId, [
        { templateLineId: t.lines[0].id, quantity: 2 },
      ]),
    ).rejects.toThrow(/gave no flexible edit deadline/);
  });
});
