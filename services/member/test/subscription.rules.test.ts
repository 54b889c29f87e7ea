import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { SubscriptionService } from "../src/services/subscription.service";
import { Installment, InstallmentStatus, PaymentMeans } from "../src/entities/installment.entity";
import { DeliveryLine } from "../src/entities/delivery-line.entity";
import { SubscriptionStatus } from "../src/entities/subscription.entity";
import type { TemplateTerms } from "../src/services/template-terms";
import { domainError, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const source = termsSource();
const service = () => new SubscriptionService(ds.manager, source);
/** A fresh open template registered in the in-memory source. */
const template = (overrides: Partial<TemplateTerms> = {}) => {
  const t = makeTerms(amapId, periodId, overrides);
  source.byId.set(t.templateId, t);
  return t;
};
const household = (name: string) => memberHousehold(ds, amapId, periodId, name);
const installmentsOf = (subscriptionId: string) =>
  ds.getRepository(Installment).find({ where: { subscriptionId }, order: { rank: "ASC" } });

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "rules"));
});
afterAll(() => ds.destroy());

describe("createSubscription: totals, frozen prices, schedule", () => {
  it("totals the grid, freezes prices, skips zero cells and splits the total exactly (remainder first)", async () => {
    const t = template({ cashingDates: ["2026-04-10", "2026-05-10", "2026-06-10"] });
    const h = await household("Martin");
    // 2+1+1 baskets × 15 € + (1 + 2) dozen eggs × 3.50 € = 60 € + 10.50 € = 70.50 €; the zero cell is not stored.
    const sub = await service().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 3,
      means: PaymentMeans.cheque,
      lines: grid(t, [
        [2, 1, 1, 0],
        [1, undefined, 2],
      ]),
    });
    expect(sub.totalCents).toBe(7050);
    expect(sub.status).toBe(SubscriptionStatus.signed);
    expect(sub.signedAt).toBeInstanceOf(Date);
    expect(sub.terms).toEqual({
      templateName: t.name,
      kind: "per_date",
      text: t.text,
      payeeName: "GAEC du Bout du Monde",
      farmId: t.farmId,
    });
    const lines = await ds.getRepository(DeliveryLine).find({ where: { subscriptionId: sub.id } });
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => l.unitPriceCents === (l.productName === "Œufs" ? 350 : 1500))).toBe(true);
    const inst = await installmentsOf(sub.id);
    expect(inst.map((i) => i.amountCents)).toEqual([2350, 2350, 2350]);
    expect(inst.map((i) => i.dueOn)).toEqual(t.cashingDates);
    expect(
      inst.every(
        (i) => i.payee === "GAEC du Bout du Monde" && i.status === InstallmentStatus.to_provide && i.means === "cheque",
      ),
    ).toBe(true);
  });

  it("puts the remainder on the first installment and falls back to monthly dates from the first delivery", async () => {
    const t = template();
    t.lines[0].unitPriceCents = 1001;
    const h = await household("Petit");
    const sub = await service().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 6,
      means: PaymentMeans.transfer,
      lines: grid(t, [[1, 1, 1, 1]]),
    });
    expect(sub.totalCents).toBe(4004);
    const inst = await installmentsOf(sub.id);
    expect(inst.map((i) => i.amountCents)).toEqual([669, 667, 667, 667, 667, 667]);
    expect(inst.reduce((s, i) => s + i.amountCents, 0)).toBe(4004);
    expect(inst.map((i) => i.dueOn)).toEqual([
      "2026-04-07",
      "2026-05-07",
      "2026-06-07",
      "2026-07-07",
      "2026-08-07",
      "2026-09-07",
    ]);
  });

  it("keeps a draft unsigned until the member signs it", async () => {
    const t = template();
    const h = await household("Brouillon");
    const sub = await service().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      draft: true,
      lines: grid(t, [[1, 1, 1, 1]]),
    });
    expect(sub.status).toBe(SubscriptionStatus.draft);
    expect(sub.signedAt).toBeNull();
    const signed = await service().sign(sub.id);
    expect(signed.status).toBe(SubscriptionStatus.signed);
    expect((await domainError(service().sign(sub.id))).code).toBe("CONFLICT");
  });
});

describe("createSubscription: rejections", () => {
  it("refuses an unknown template (NOT_FOUND) and a template not open (CONFLICT)", async () => {
    const h = await household("Refus");
    const base = { householdId: h.id, installmentCount: 1, means: PaymentMeans.cheque, lines: [] };
    expect((await domainError(service().create({ ...base, templateId: uuidv7() }))).code).toBe("NOT_FOUND");
    const closed = template({ status: "closed" });
    const err = await domainError(
      service().create({ ...base, templateId: closed.templateId, lines: grid(closed, [[1, 1, 1, 1]]) }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.msg.fr).toMatch(/souscriptions sont fermées/);
  });

  it("refuses a household of another AMAP, or without a pending or paid membership for the period", async () => {
    const t = template();
    const stranger = await memberHousehold(ds, uuidv7(), periodId, "Ailleurs");
    const noMembership = await memberHousehold(ds, amapId, null, "Sansadhesion");
    const otherPeriod = await memberHousehold(ds, amapId, uuidv7(), "Autreperiode");
    for (const h of [stranger, noMembership, otherPeriod]) {
      const err = await domainError(
        service().create({
          templateId: t.templateId,
          householdId: h.id,
          installmentCount: 1,
          means: PaymentMeans.cheque,
          lines: grid(t, [[1, 1, 1, 1]]),
        }),
      );
      expect(err.code).toBe("BAD_USER_INPUT");
      expect(Object.keys(err.fields)).toEqual(["householdId"]);
    }
    // Without a period on the template, any membership of that AMAP will do.
    const anyPeriod = template({ membershipPeriodId: null });
    await expect(
      service().create({
        templateId: anyPeriod.templateId,
        householdId: otherPeriod.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(anyPeriod, [[1, 1, 1, 1]]),
      }),
    ).resolves.toBeDefined();
  });

  it("reports every bad cell, count and means at once, keyed by field", async () => {
    const t = template();
    t.deliveries[1].status = "cancelled";
    const h = await household("Grille");
    const [veg, eggs] = t.lines;
    const d = t.deliveries.map((x) => x.distributionId);
    const err = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: h.id,
        installmentCount: 4,
        means: PaymentMeans.cash,
        startsOn: "2026-04-14",
        lines: [
          { templateLineId: uuidv7(), distributionId: d[2], quantity: 1 }, // 0: unknown line
          { templateLineId: veg.id, distributionId: uuidv7(), quantity: 1 }, // 1: unknown distribution
          { templateLineId: veg.id, distributionId: d[1], quantity: 1 }, // 2: cancelled delivery
          { templateLineId: eggs.id, distributionId: d[3], quantity: 1 }, // 3: not offered that day
          { templateLineId: veg.id, distributionId: d[2], quantity: -1 }, // 4: negative
          { templateLineId: veg.id, distributionId: d[3], quantity: 3 }, // 5: above max 2
          { templateLineId: veg.id, distributionId: d[0], quantity: 1 }, // 6: before startsOn
          { templateLineId: eggs.id, distributionId: d[2], quantity: 1.5 }, // 7: not an integer
        ],
      }),
    );
    expect(err.code).toBe("BAD_USER_INPUT");
    expect(Object.keys(err.fields).sort()).toEqual(
      [
        "installmentCount",
        "means",
        "lines.0.templateLineId",
        "lines.1.distributionId",
        "lines.2.distributionId",
        "lines.3.distributionId",
        "lines.4.quantity",
        "lines.5.quantity",
        "lines.6.distributionId",
        "lines.7.quantity",
      ].sort(),
    );
    expect(err.fields["lines.2.distributionId"].fr).toMatch(/annulée/);
    expect(err.fields["lines.5.quantity"].en).toMatch(/At most 2/);
  });

  it("refuses a positive quantity below the line's minimum, and an empty grid", async () => {
    const t = template({ lines: makeTerms(amapId, periodId).lines });
    t.lines[0].minQuantity = 2;
    t.availability = t.deliveries.map((d) => ({ templateLineId: t.lines[0].id, distributionId: d.distributionId }));
    const h = await household("Minimum");
    const below = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: h.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 0, 0, 0]]),
      }),
    );
    expect(Object.keys(below.fields)).toContain("lines.0.quantity");
    const empty = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: h.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[0, 0, 0, 0]]),
      }),
    );
    expect(Object.keys(empty.fields)).toEqual(["lines"]);
  });

  it("fixed contracts: the same quantity at every covered delivery", async () => {
    const t = template({ kind: "fixed" });
    const h = await household("Fixe");
    const uneven = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: h.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 2, 1, 1]]),
      }),
    );
    expect(Object.keys(uneven.fields)).toEqual(["lines.1.quantity"]);
    const missing = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: h.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 1, 1, 1], [2]]),
      }),
    );
    expect(Object.keys(missing.fields)).toEqual(["lines"]);
    expect(missing.fields.lines.fr).toMatch(/manque le mardi 21 avril 2026/);
    const sub = await service().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(t, [
        [1, 1, 1, 1],
        [2, undefined, 2],
      ]),
    });
    expect(sub.totalCents).toBe(4 * 1500 + 4 * 350);
  });

  it("asks a late joiner for the minimum pro rata of the deliveries left", async () => {
    const t = template({ minTotalCents: 5000 }); // over 4 deliveries; from the 3rd: 5000 × 2 / 4 = 2500
    const full = await household("Saison");
    const err = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: full.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 1, 1, 0]]),
      }),
    );
    expect(Object.keys(err.fields)).toEqual(["lines"]);
    expect(err.fields.lines.fr).toMatch(/50,00/);
    const late = await household("Tardif");
    const tooLow = await domainError(
      service().create({
        templateId: t.templateId,
        householdId: late.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        startsOn: "2026-04-20",
        lines: grid(t, [
          [undefined, undefined, 1, 0],
          [undefined, undefined, 2],
        ]),
      }),
    );
    expect(tooLow.fields.lines.fr).toMatch(/25,00/);
    const ok = await service().create({
      templateId: t.templateId,
      householdId: late.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      startsOn: "2026-04-20",
      lines: grid(t, [[undefined, undefined, 1, 1]]),
    });
    expect(ok.startsOn).toBe("2026-04-21");
    expect(ok.totalCents).toBe(3000);
  });

  it("keeps within the farm's quota per product and date, and one subscription per household", async () => {
    const t = template(); // eggs: quota 5 per delivery
    const [a, b, c] = [await household("Quota-A"), await household("Quota-B"), await household("Quota-C")];
    const sub = (householdId: string, eggs: number) =>
      service().create({
        templateId: t.templateId,
        householdId,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [
          [1, 1, 1, 1],
          [eggs, undefined, 1],
        ]),
      });
    const first = await sub(a.id, 3);
    const over = await domainError(sub(b.id, 3));
    expect(over.code).toBe("CONFLICT");
    expect(Object.keys(over.fields)).toEqual(["lines.4.quantity"]);
    expect(over.fields["lines.4.quantity"].fr).toMatch(/il en reste 2/);
    await sub(b.id, 2);
    const again = await domainError(sub(a.id, 0));
    expect(again.code).toBe("CONFLICT");
    expect(Object.keys(again.fields)).toEqual(["householdId"]);
    await service().terminate(first.id, "Déménagement");
    await expect(sub(c.id, 3)).resolves.toBeDefined();
  });
});

describe("signature, countersignature, termination", () => {
  it("countersigns only once the template is closed, and only signed subscriptions", async () => {
    const t = template();
    const h = await household("Contre");
    const sub = await service().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(t, [[1, 1, 1, 1]]),
    });
    const early = await domainError(service().countersign(sub.id));
    expect(early.code).toBe("CONFLICT");
    t.status = "closed";
    const done = await service().countersign(sub.id);
    expect(done.status).toBe(SubscriptionStatus.countersigned);
    expect(done.countersignedAt).toBeInstanceOf(Date);
    expect((await domainError(service().countersign(sub.id))).code).toBe("CONFLICT");
  });

  it("terminates with a reason, cancelling the installments still to provide", async () => {
    const t = template();
    const h = await household("Fin");
    const sub = await service().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 3,
      means: PaymentMeans.cheque,
      lines: grid(t, [[1, 1, 1, 1]]),
    });
    const [firstInst] = await installmentsOf(sub.id);
    await ds.getRepository(Installment).update({ id: firstInst.id }, { status: InstallmentStatus.received });
    const noReason = await domainError(service().terminate(sub.id, "  "));
    expect(Object.keys(noReason.fields)).toEqual(["reason"]);
    const ended = await service().terminate(sub.id, "Départ de la région");
    expect(ended.status).toBe(SubscriptionStatus.terminated);
    expect((await installmentsOf(sub.id)).map((i) => i.status)).toEqual(["received", "cancelled", "cancelled"]);
    expect((await installmentsOf(sub.id))[1].version).toBe(2);
  });
});
