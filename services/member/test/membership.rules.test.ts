import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { HouseholdService } from "../src/services/household.service";
import { MembershipService } from "../src/services/membership.service";
import { PaymentService } from "../src/services/payment.service";
import { BalanceService } from "../src/services/balance.service";
import { Installment, PaymentMeans } from "../src/entities/installment.entity";
import { Membership, MembershipStatus } from "../src/entities/membership.entity";
import { amapFake, domainError, registerPeriod } from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const fixed = registerPeriod(amapId, uuidv7(), {
  name: "Adhésion 2026",
  feeMode: "fixed",
  feeCents: 1500,
  networkShareCents: 300,
});
const free = registerPeriod(amapId, uuidv7(), {
  name: "Adhésion libre 2027",
  feeMode: "free",
  minFeeCents: 500,
  suggestedFeeCents: 2000,
  networkShareCents: 200,
});
const elsewhere = registerPeriod(uuidv7(), uuidv7());
const memberships = () => new MembershipService(ds.manager, amapFake, "treasurer");
const household = (name: string) =>
  new HouseholdService(ds.manager).create({ amapId, displayName: name, people: [{ lastName: name }] });
const installmentOf = async (membershipId: string) =>
  (await ds.getRepository(Installment).find({ where: { membershipId } }))[0];

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "memberships"));
});
afterAll(() => ds.destroy());

describe("memberships and their fee", () => {
  it("checks the fee against its period: the fixed fee, or at least the minimum of a free one", async () => {
    const h = await household("Tarif");
    const wrong = await domainError(memberships().create({ householdId: h.id, periodId: fixed.id, amountCents: 1000 }));
    expect([wrong.code, Object.keys(wrong.fields)]).toEqual(["BAD_USER_INPUT", ["amountCents"]]);
    expect(wrong.fields.amountCents.fr).toMatch(/coûte 15,00/);
    const low = await domainError(memberships().create({ householdId: h.id, periodId: free.id, amountCents: 400 }));
    expect(low.fields.amountCents.en).toMatch(/at least €5.00 \(€20.00 suggested\)/);
    const unknown = await domainError(
      memberships().create({ householdId: h.id, periodId: uuidv7(), amountCents: 1500 }),
    );
    expect(Object.keys(unknown.fields)).toEqual(["periodId"]);
    const foreign = await domainError(
      memberships().create({ householdId: h.id, periodId: elsewhere.id, amountCents: 1500 }),
    );
    expect(Object.keys(foreign.fields)).toEqual(["periodId"]);
    await expect(
      memberships().create({ householdId: h.id, periodId: free.id, amountCents: 3000 }),
    ).resolves.toMatchObject({ amountCents: 3000, networkShareCents: 200 });
    const paid = await memberships().create({
      householdId: h.id,
      periodId: fixed.id,
      amountCents: 1500,
      status: MembershipStatus.paid,
      paidOn: "2026-02-01",
    });
    expect(await installmentOf(paid.id)).toMatchObject({ status: "paid", paidOn: "2026-02-01", means: "cheque" });
  });

  it("records the fee as an installment; receiving it makes the membership paid", async () => {
    const h = await household("Paiement");
    const m = await memberships().create({ householdId: h.id, periodId: fixed.id, amountCents: 1500 });
    const inst = await installmentOf(m.id);
    expect(inst).toMatchObject({
      membershipId: m.id,
      subscriptionId: null,
      amountCents: 1500,
      means: "cheque",
      status: "to_provide",
    });
    expect((await new BalanceService(ds.manager).forHouseholds([h.id])).get(h.id)).toBe(1500);
    await new PaymentService(ds.manager).markReceived(
      [inst.id],
      [{ installmentId: inst.id, chequeNumber: "77", bank: "CIC", issuer: "Paiement" }],
      "2026-03-03",
    );
    // A membership fee is paid to the AMAP itself: nothing to hand over to a farmer (so the cheque's details are optional).
    expect(await installmentOf(m.id)).toMatchObject({ status: "paid", paidOn: "2026-03-03", receivedOn: "2026-03-03" });
    expect(await ds.getRepository(Membership).findOneByOrFail({ id: m.id })).toMatchObject({
      status: "paid",
      paidOn: "2026-03-03",
    });
    expect((await new BalanceService(ds.manager).forHouseholds([h.id])).get(h.id)).toBe(0);
    const undo = await domainError(memberships().update(m.id, { status: MembershipStatus.pending }));
    expect([undo.code, Object.keys(undo.fields)]).toEqual(["CONFLICT", ["status"]]);
    const amount = await domainError(memberships().update(m.id, { amountCents: 2000 }));
    expect([amount.code, Object.keys(amount.fields)]).toEqual(["CONFLICT", ["amountCents"]]);
  });

  it("changes a pending fee within the period's rules, its installment following; cancelling cancels the installment", async () => {
    const h = await household("Libre");
    const m = await memberships().create({
      householdId: h.id,
      periodId: free.id,
      amountCents: 1000,
      means: PaymentMeans.transfer,
    });
    const below = await domainError(memberships().update(m.id, { amountCents: 100 }));
    expect(Object.keys(below.fields)).toEqual(["amountCents"]);
    await memberships().update(m.id, { amountCents: 2500 });
    expect((await installmentOf(m.id)).amountCents).toBe(2500);
    await memberships().update(m.id, { status: MembershipStatus.cancelled });
    expect((await installmentOf(m.id)).status).toBe("cancelled");
    expect((await new BalanceService(ds.manager).forHouseholds([h.id])).get(h.id)).toBe(0);
  });

  it("sums the network shares of paid memberships per period", async () => {
    const period = registerPeriod(amapId, uuidv7(), { feeMode: "free", minFeeCents: 1000, networkShareCents: 250 });
    const ids: string[] = [];
    for (const [name, amount] of [
      ["Part1", 1000],
      ["Part2", 1800],
      ["Part3", 1200],
    ] as const) {
      const h = await household(name);
      const m = await memberships().create({
        householdId: h.id,
        periodId: period.id,
        amountCents: amount,
        means: PaymentMeans.cash,
      });
      ids.push((await installmentOf(m.id)).id);
    }
    await new PaymentService(ds.manager).markReceived(ids.slice(0, 2));
    const [figures] = await memberships().networkShares(amapId, period.id);
    expect(figures).toEqual({
      amapId,
      periodId: period.id,
      paidMemberships: 2,
      pendingMemberships: 1,
      feesPaidCents: 2800,
      networkShareDueCents: 500,
    });
    const all = await memberships().networkShares(amapId);
    expect(all.map((f) => f.periodId)).toContain(fixed.id);
    const none = await memberships().networkShares(amapId, uuidv7());
    expect(none[0]).toMatchObject({ paidMemberships: 0, networkShareDueCents: 0 });
  });
});
