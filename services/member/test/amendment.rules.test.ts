import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { SubscriptionService } from "../src/services/subscription.service";
import { AmendmentService } from "../src/services/amendment.service";
import { BalanceService } from "../src/services/balance.service";
import { Installment, PaymentMeans } from "../src/entities/installment.entity";
import { Subscription } from "../src/entities/subscription.entity";
import { domainError, fakeAmap, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const terms = makeTerms(amapId, periodId);
const source = termsSource(terms);
const amap = fakeAmap();
const amendments = () => new AmendmentService(ds.manager, amap, { actorId: "referent" });
const d = terms.deliveries.map((x) => x.distributionId);
const balance = async (id: string) =>
  (
    await new BalanceService(ds.manager).forSubscriptions([
      await ds.getRepository(Subscription).findOneByOrFail({ id }),
    ])
  ).get(id)!;
const schedule = async (subscriptionId: string) =>
  (await ds.getRepository(Installment).find({ where: { subscriptionId }, order: { rank: "ASC" } })).map(
    (i) => i.amountCents,
  );
const change = (
  kind: "moved" | "cancelled",
  distributionId: string,
  originalDate: string,
  newDate: string | null,
  createdAt?: string,
) =>
  amap.changes.push({
    id: uuidv7(),
    amapId,
    distributionId,
    kind,
    originalDate,
    originalPlaceId: null,
    newDate,
    newPlaceId: null,
    reason: kind === "moved" ? "Salle prise" : "Gel",
    createdAt,
  });

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "amend"));
});
afterAll(() => ds.destroy());

describe("amendments from distribution changes", () => {
  it("amends every subscription delivering that day, once, keeping the original terms; a cancellation is credited", async () => {
    const subs = [];
    for (const name of ["Avenant1", "Avenant2"]) {
      const h = await memberHousehold(ds, amapId, periodId, name);
      subs.push(
        await new SubscriptionService(ds.manager, source).create({
          templateId: terms.templateId,
          householdId: h.id,
          installmentCount: 3,
          means: PaymentMeans.cheque,
          lines: grid(terms, [
            [1, 1, 1, 1],
            [2, undefined, 1],
          ]),
        }),
      );
    }
    const [a, b] = subs; // 4 × 15 € + 3 × 3.50 € = 70.50 €
    expect(await schedule(a.id)).toEqual([2350, 2350, 2350]);
    change("moved", d[1], "2026-04-14", "2026-04-15", new Date().toISOString());
    change("cancelled", d[2], "2026-04-21", null, new Date().toISOString());
    const created = await amendments().sync(amapId);
    expect(created).toHaveLength(4);
    const moved = created.find((x) => x.subscriptionId === a.id && x.kind === "moved")!;
    expect(moved).toMatchObject({
      householdId: a.householdId,
      distributionId: d[1],
      status: "pending",
      amountCents: 1500,
      reason: "Salle prise",
    });
    expect(moved.originalTerms).toEqual({
      date: "2026-04-14",
      placeId: null,
      lines: [{ productName: "Panier de légumes", unit: "panier", quantity: 1, unitPriceCents: 1500 }],
    });
    expect(moved.newTerms).toMatchObject({ date: "2026-04-15", lines: moved.originalTerms.lines });
    const cancelled = created.find((x) => x.subscriptionId === a.id && x.kind === "cancelled")!;
    expect(cancelled).toMatchObject({ amountCents: 1500 + 350, newTerms: { date: null, lines: [] } });
    // The credit comes off the last installments still to provide.
    expect(await schedule(a.id)).toEqual([2350, 2350, 2350 - 1850]);
    expect(await balance(a.id)).toMatchObject({ dueCents: 7050 - 1850, creditCents: 1850, outstandingCents: 5200 });
    expect(await amendments().sync(amapId)).toEqual([]);

    const noReason = await domainError(amendments().decide(moved.id, false, " "));
    expect([noReason.code, Object.keys(noReason.fields)]).toEqual(["BAD_USER_INPUT", ["reason"]]);
    const refused = await amendments().decide(moved.id, false, "Absents le 15");
    expect(refused).toMatchObject({ status: "refused", refusalReason: "Absents le 15" });
    expect(await balance(a.id)).toMatchObject({ creditCents: 3350, dueCents: 3700 });
    expect(await schedule(a.id)).toEqual([2350, 2350 - 1000, 0]);
    const twice = await domainError(amendments().decide(moved.id, true));
    expect([twice.code, Object.keys(twice.fields)]).toEqual(["CONFLICT", ["id"]]);
    const accepted = await amendments().decide(
      created.find((x) => x.subscriptionId === b.id && x.kind === "moved")!.id,
      true,
    );
    expect(accepted.status).toBe("accepted");
    expect(await balance(b.id)).toMatchObject({ creditCents: 1850 });
    expect((await domainError(amendments().decide(uuidv7(), true))).code).toBe("NOT_FOUND");
  });

  it("leaves out subscriptions signed after the change, and changes of other AMAPs", async () => {
    // SQLite keeps seconds: sign up in the next second, after every change recorded so far.
    await new Promise((r) => setTimeout(r, 1100));
    const h = await memberHousehold(ds, amapId, periodId, "Apres");
    const late = await new SubscriptionService(ds.manager, source).create({
      templateId: terms.templateId,
      householdId: h.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(terms, [[1, 1, 1, 1]]),
    });
    change("moved", d[3], "2026-04-28", "2026-04-29", "2020-01-01T00:00:00.000Z");
    const pending = await amendments().sync(amapId);
    expect(pending.map((x) => x.subscriptionId)).not.toContain(late.id);
    amap.changes.push({ ...amap.changes[0], id: uuidv7(), amapId: uuidv7() });
    change("cancelled", d[3], "2026-04-29", null);
    const created = await amendments().sync(amapId);
    expect(created.map((x) => x.subscriptionId)).toContain(late.id);
    expect(created.every((x) => x.distributionId === d[3] && x.kind === "cancelled")).toBe(true);
    expect((await domainError(amendments().sync("nope"))).fields).toHaveProperty("amapId");
  });
});
