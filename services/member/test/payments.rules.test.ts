import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { SubscriptionService } from "../src/services/subscription.service";
import { PaymentService } from "../src/services/payment.service";
import { BalanceService } from "../src/services/balance.service";
import { Installment, InstallmentStatus, PaymentMeans } from "../src/entities/installment.entity";
import { Subscription } from "../src/entities/subscription.entity";
import { AuditEntry } from "../src/audit/audit-entry.entity";
import { domainError, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const terms = makeTerms(amapId, periodId);
const source = termsSource(terms);
const payments = () => new PaymentService(ds.manager, "treasurer");
const installmentsOf = (subscriptionId: string) =>
  ds.getRepository(Installment).find({ where: { subscriptionId }, order: { rank: "ASC" } });
const cheque = (installmentId: string, n: string) => ({
  installmentId,
  chequeNumber: n,
  bank: "Crédit Coopératif",
  issuer: "C. Dupont",
});

async function subscribe(name: string, means = PaymentMeans.cheque, count = 3) {
  const h = await memberHousehold(ds, amapId, periodId, name);
  const sub = await new SubscriptionService(ds.manager, source).create({
    templateId: terms.templateId,
    householdId: h.id,
    installmentCount: count,
    means,
    lines: grid(terms, [[1, 1, 1, 1]]),
  });
  return { h, sub, inst: await installmentsOf(sub.id) };
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "payments"));
});
afterAll(() => ds.destroy());

describe("markInstallmentsReceived", () => {
  it("records cheques as received with their details, transfers as paid, with an audit trail", async () => {
    const a = await subscribe("Cheques");
    const b = await subscribe("Virement", PaymentMeans.transfer, 1);
    const done = await payments().markReceived(
      [a.inst[0].id, b.inst[0].id],
      [cheque(a.inst[0].id, "0001234")],
      "2026-04-02",
    );
    const byId = new Map(done.map((i) => [i.id, i]));
    expect(byId.get(a.inst[0].id)).toMatchObject({
      status: "received",
      receivedOn: "2026-04-02",
      chequeNumber: "0001234",
      bank: "Crédit Coopératif",
      issuer: "C. Dupont",
      version: 2,
    });
    expect(byId.get(b.inst[0].id)).toMatchObject({ status: "paid", paidOn: "2026-04-02", version: 2 });
    const trail = await ds
      .getRepository(AuditEntry)
      .find({ where: { entity: "Installment", entityId: a.inst[0].id, action: "receive" } });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ actorId: "treasurer", amapId });
    expect((trail[0].before as { status: string }).status).toBe("to_provide");
  });

  it("rejects a cheque without number, bank and issuer, an unknown id, one already received, and a stale version", async () => {
    const { inst } = await subscribe("Refus");
    const noDetails = await domainError(payments().markReceived([inst[0].id]));
    expect([noDetails.code, Object.keys(noDetails.fields)]).toEqual(["BAD_USER_INPUT", ["ids.0"]]);
    const partial = await domainError(
      payments().markReceived([inst[0].id], [{ installmentId: inst[0].id, chequeNumber: "12" }]),
    );
    expect(Object.keys(partial.fields).sort()).toEqual(["details.0.bank", "details.0.issuer"]);
    expect(partial.fields["details.0.bank"].fr).toMatch(/numéro, banque et émetteur/);
    const unknown = await domainError(payments().markReceived([uuidv7()]));
    expect([unknown.code, Object.keys(unknown.fields)]).toEqual(["NOT_FOUND", ["ids.0"]]);
    const stale = await domainError(
      payments().markReceived([inst[1].id], [{ ...cheque(inst[1].id, "1"), expectedVersion: 7 }]),
    );
    expect([stale.code, Object.keys(stale.fields)]).toEqual(["CONFLICT", ["details.0.expectedVersion"]]);
    // A cheque number is digits: "-12" is refused next to its field, in French.
    const minus = await domainError(payments().markReceived([inst[1].id], [cheque(inst[1].id, "-12")]));
    expect([minus.code, minus.fields["details.0.chequeNumber"]?.fr]).toEqual([
      "BAD_USER_INPUT",
      "Un numéro de chèque ne compte que des chiffres.",
    ]);
    const invalid = await domainError(payments().markReceived([], [], "2026-02-30"));
    expect(Object.keys(invalid.fields).sort()).toEqual(["ids", "receivedOn"]);
    await payments().markReceived([inst[0].id], [cheque(inst[0].id, "2")]);
    const twice = await domainError(
      payments().markReceived([inst[1].id, inst[0].id], [cheque(inst[1].id, "3"), cheque(inst[0].id, "2")]),
    );
    expect([twice.code, Object.keys(twice.fields)]).toEqual(["CONFLICT", ["ids.1"]]);
    expect(twice.fields["ids.1"].en).toMatch(/already received/);
    // All or nothing: the first one of the refused batch was not recorded.
    expect((await installmentsOf(inst[0].subscriptionId!))[1].status).toBe("to_provide");
  });
});

describe("handOverInstallments", () => {
  it("hands over the received cheques of one farm as a batch, once", async () => {
    const { inst } = await subscribe("Remise");
    await payments().markReceived(
      inst.map((i) => i.id),
      inst.map((i, k) => cheque(i.id, `90${k}`)),
    );
    const other = makeTerms(amapId, periodId);
    source.byId.set(other.templateId, other);
    const h = await memberHousehold(ds, amapId, periodId, "AutreFerme");
    const otherSub = await new SubscriptionService(ds.manager, source).create({
      templateId: other.templateId,
      householdId: h.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(other, [[1, 1, 1, 1]]),
    });
    const [otherInst] = await installmentsOf(otherSub.id);
    await payments().markReceived([otherInst.id], [cheque(otherInst.id, "777")]);

    const foreign = await domainError(
      payments().handOver(amapId, terms.farmId, "2026-04-10", [inst[0].id, otherInst.id]),
    );
    expect([foreign.code, Object.keys(foreign.fields)]).toEqual(["CONFLICT", ["ids.1"]]);
    const first = await payments().handOver(amapId, terms.farmId, "2026-04-10", [inst[0].id]);
    expect(first).toMatchObject({
      amapId,
      farmId: terms.farmId,
      handedOverOn: "2026-04-10",
      installmentCount: 1,
      totalCents: inst[0].amountCents,
    });
    const rest = await payments().handOver(amapId, terms.farmId, "2026-04-17");
    const restIds = (await ds.getRepository(Installment).find({ where: { handoverId: rest.id } })).map((i) => i.id);
    // Every received cheque of the farm not yet handed over, including those of other households.
    expect(restIds).toEqual(expect.arrayContaining([inst[1].id, inst[2].id]));
    expect(restIds).not.toContain(otherInst.id);
    const again = await domainError(payments().handOver(amapId, terms.farmId, "2026-04-18"));
    expect([again.code, Object.keys(again.fields)]).toEqual(["CONFLICT", ["farmId"]]);
    const notReceived = await domainError(payments().handOver(amapId, terms.farmId, "2026-04-18", [inst[0].id]));
    expect(Object.keys(notReceived.fields)).toEqual(["ids.0"]);
    const missing = await domainError(payments().handOver(amapId, terms.farmId, "", undefined));
    expect([missing.code, Object.keys(missing.fields)]).toEqual(["BAD_USER_INPUT", ["date"]]);
  });
});

describe("correctInstallment and balances", () => {
  it("corrects by a new record, never by editing; the balance follows the correcting record", async () => {
    const { sub, inst } = await subscribe("Correction", PaymentMeans.cheque, 1);
    await payments().markReceived([inst[0].id], [cheque(inst[0].id, "101")]);
    const [received] = await installmentsOf(sub.id);
    const stale = await domainError(payments().correct(received.id, { expectedVersion: 1, reason: "montant" }));
    expect([stale.code, Object.keys(stale.fields)]).toEqual(["CONFLICT", ["expectedVersion"]]);
    const noReason = await domainError(payments().correct(received.id, { expectedVersion: 2, reason: " " }));
    expect([noReason.code, Object.keys(noReason.fields)]).toEqual(["BAD_USER_INPUT", ["reason"]]);
    const fixed = await payments().correct(received.id, {
      expectedVersion: 2,
      reason: "Chèque de 55,00 € et non 60,00 €",
      amountCents: 5500,
      chequeNumber: "102",
    });
    expect(fixed).toMatchObject({
      correctsId: received.id,
      amountCents: 5500,
      status: "received",
      chequeNumber: "102",
      bank: "Crédit Coopératif",
      version: 1,
    });
    const original = await ds.getRepository(Installment).findOneByOrFail({ id: received.id });
    expect(original).toMatchObject({ amountCents: 6000, status: "received", chequeNumber: "101", version: 2 });
    const twice = await domainError(payments().correct(received.id, { expectedVersion: 2, reason: "encore" }));
    expect([twice.code, Object.keys(twice.fields)]).toEqual(["CONFLICT", ["id"]]);
    const replaced = await domainError(payments().handOver(amapId, terms.farmId, "2026-05-01", [received.id]));
    expect(Object.keys(replaced.fields)).toEqual(["ids.0"]);
    const [balance] = (
      await new BalanceService(ds.manager).forSubscriptions([
        await ds.getRepository(Subscription).findOneByOrFail({ id: sub.id }),
      ])
    ).values();
    expect(balance).toEqual({
      dueCents: 6000,
      receivedCents: 5500,
      handedOverCents: 0,
      outstandingCents: 500,
      creditCents: 0,
    });
    const voided = await payments().correct(fixed.id, { expectedVersion: 1, reason: "Chèque perdu", void: true });
    expect(voided.status).toBe(InstallmentStatus.cancelled);
    const [after] = (
      await new BalanceService(ds.manager).forSubscriptions([
        await ds.getRepository(Subscription).findOneByOrFail({ id: sub.id }),
      ])
    ).values();
    expect(after.outstandingCents).toBe(6000);
  });
});
