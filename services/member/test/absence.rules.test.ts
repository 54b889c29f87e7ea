import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { SubscriptionService } from "../src/services/subscription.service";
import { AbsenceService } from "../src/services/absence.service";
import { BasketService } from "../src/services/basket.service";
import { PaymentMeans } from "../src/entities/installment.entity";
import type { TemplateTerms } from "../src/services/template-terms";
import {
  amapFake,
  domainError,
  grid,
  makeTerms,
  memberHousehold,
  registerDistributions,
  termsSource,
} from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const source = termsSource();
const NOW = new Date("2026-04-01T10:00:00Z");
const absences = (now = NOW) => new AbsenceService(ds.manager, source, amapFake, { now, actorId: "member" });
const baskets = (now = NOW) => new BasketService(ds.manager, source, amapFake, { now });

function template(overrides: Partial<TemplateTerms> = {}): TemplateTerms {
  const t = makeTerms(amapId, periodId, overrides);
  source.byId.set(t.templateId, t);
  registerDistributions(t, "18:00");
  return t;
}
async function subscribe(
  t: TemplateTerms,
  name: string,
  quantities: Array<Array<number | undefined>> = [
    [1, 1, 1, 1],
    [1, undefined, 1],
  ],
) {
  const h = await memberHousehold(ds, amapId, periodId, name);
  return new SubscriptionService(ds.manager, source).create({
    templateId: t.templateId,
    householdId: h.id,
    installmentCount: 1,
    means: PaymentMeans.cheque,
    lines: grid(t, quantities),
  });
}

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "absence"));
});
afterAll(() => ds.destroy());

describe("declareAbsence", () => {
  it("takes absences up to the template's count, with the notice before the distribution starts (Europe/Paris)", async () => {
    const t = template({ maxAbsences: 2, absenceNoticeHours: 48 });
    const sub = await subscribe(t, "Absent");
    const d = t.deliveries.map((x) => x.distributionId);
    // 2026-04-07 18:00 Paris = 16:00 UTC; 48 hours before: 2026-04-05 16:00 UTC.
    const late = await domainError(absences(new Date("2026-04-05T16:00:01Z")).declareAbsence(sub.id, d[0]));
    expect([late.code, Object.keys(late.fields)]).toEqual(["BAD_USER_INPUT", ["distributionId"]]);
    expect(late.fields.distributionId.fr).toMatch(/48 h avant la distribution, soit avant le 5 avril 2026 à 18 h\./);
    const absence = await absences(new Date("2026-04-05T15:59:00Z")).declareAbsence(sub.id, d[0]);
    expect(absence).toMatchObject({ subscriptionId: sub.id, distributionId: d[0], date: "2026-04-07" });
    const twice = await domainError(absences().declareAbsence(sub.id, d[0]));
    expect([twice.code, Object.keys(twice.fields)]).toEqual(["CONFLICT", ["distributionId"]]);
    await absences().declareAbsence(sub.id, d[1]);
    const third = await domainError(absences().declareAbsence(sub.id, d[2]));
    expect([third.code, Object.keys(third.fields)]).toEqual(["CONFLICT", ["subscriptionId"]]);
    expect(third.fields.subscriptionId.fr).toMatch(/permet 2 absences ou reports au plus/);
    expect(await absences().withdrawAbsence(absence.id)).toBe(true);
    await expect(absences().declareAbsence(sub.id, d[2])).resolves.toBeDefined();
  });

  it("uses the template's own absence deadline when it gives one", async () => {
    const t = template();
    t.deliveries[0].absenceDeadline = "2026-04-01T09:00:00.000Z";
    const sub = await subscribe(t, "Echeance");
    const late = await domainError(absences().declareAbsence(sub.id, t.deliveries[0].distributionId));
    expect(Object.keys(late.fields)).toEqual(["distributionId"]);
  });

  it("refuses a delivery the subscription does not have, a cancelled one, and a subscription not running", async () => {
    const t = template();
    const sub = await subscribe(t, "Rien", [
      [1, 1, 1, 0],
      [0, undefined, 1],
    ]);
    const none = await domainError(absences().declareAbsence(sub.id, uuidv7()));
    expect([none.code, Object.keys(none.fields)]).toEqual(["BAD_USER_INPUT", ["distributionId"]]);
    const nothing = await domainError(absences().declareAbsence(sub.id, t.deliveries[3].distributionId));
    expect(nothing.fields.distributionId.en).toMatch(/nothing to deliver/);
    t.deliveries[2].status = "cancelled";
    const cancelled = await domainError(absences().declareAbsence(sub.id, t.deliveries[2].distributionId));
    expect(cancelled.fields.distributionId.en).toMatch(/Tuesday, 21 April 2026 is cancelled/);
    await new SubscriptionService(ds.manager, source).terminate(sub.id, "Départ");
    const ended = await domainError(absences().declareAbsence(sub.id, t.deliveries[0].distributionId));
    expect([ended.code, Object.keys(ended.fields)]).toEqual(["CONFLICT", ["subscriptionId"]]);
  });
});

describe("postponeDelivery", () => {
  it("moves a delivery only to another date of the template offering the same products, after the farmer's consent", async () => {
    const t = template({ maxAbsences: 3 });
    const sub = await subscribe(t, "Report");
    const d = t.deliveries.map((x) => x.distributionId);
    const notADate = await domainError(absences().postpone(sub.id, d[0], uuidv7()));
    expect([notADate.code, Object.keys(notADate.fields)]).toEqual(["BAD_USER_INPUT", ["toDistributionId"]]);
    const same = await domainError(absences().postpone(sub.id, d[0], d[0]));
    expect(Object.keys(same.fields)).toEqual(["toDistributionId"]);
    // Eggs are not offered on the 2nd date.
    const noEggs = await domainError(absences().postpone(sub.id, d[0], d[1]));
    expect(noEggs.fields.toDistributionId.fr).toMatch(/« Œufs » n'est pas proposé le mardi 14 avril 2026/);
    const asked = await absences().postpone(sub.id, d[0], d[2]);
    expect(asked).toMatchObject({ status: "requested", fromDate: "2026-04-07", toDate: "2026-04-21", decidedAt: null });
    const again = await domainError(absences().postpone(sub.id, d[0], d[2]));
    expect([again.code, Object.keys(again.fields)]).toEqual(["CONFLICT", ["distributionId"]]);
    const noReason = await domainError(absences().decide(asked.id, false, ""));
    expect(Object.keys(noReason.fields)).toEqual(["reason"]);
    expect((await absences().decide(asked.id, true)).status).toBe("approved");
    const decided = await domainError(absences().decide(asked.id, false, "Trop tard"));
    expect([decided.code, Object.keys(decided.fields)]).toEqual(["CONFLICT", ["id"]]);
    // A postponement counts as an absence: the joker count is shared.
    await absences().declareAbsence(sub.id, d[1]);
    await absences().declareAbsence(sub.id, d[3]);
    const tooMany = await domainError(absences().postpone(sub.id, d[2], d[0]));
    expect(Object.keys(tooMany.fields)).toEqual(["subscriptionId"]);
  });

  it("applies at once without the farmer's consent when the template says so, and not at all when it forbids postponing", async () => {
    const free = template({ requiresFarmerConsent: false });
    const sub = await subscribe(free, "SansAccord");
    expect(
      (await absences().postpone(sub.id, free.deliveries[0].distributionId, free.deliveries[2].distributionId)).status,
    ).toBe("approved");
    const forbidden = template({ postponementAllowed: false });
    const sub2 = await subscribe(forbidden, "Interdit");
    const err = await domainError(
      absences().postpone(sub2.id, forbidden.deliveries[0].distributionId, forbidden.deliveries[2].distributionId),
    );
    expect([err.code, Object.keys(err.fields)]).toEqual(["BAD_USER_INPUT", ["toDistributionId"]]);
    const late = await domainError(
      absences(new Date("2026-04-06T00:00:00Z")).postpone(
        sub.id,
        free.deliveries[1].distributionId,
        free.deliveries[0].distributionId,
      ),
    );
    expect(Object.keys(late.fields).sort()).toEqual(["toDistributionId"]);
  });
});

describe("basket handovers", () => {
  it("offers a basket and lets one household or an intermittent take it, first come first served", async () => {
    const t = template();
    const sub = await subscribe(t, "Donneur");
    const taker = await memberHousehold(ds, amapId, periodId, "Preneur");
    const d = t.deliveries.map((x) => x.distributionId);
    const offer = await baskets().offer(sub.id, d[0]);
    expect(offer).toMatchObject({ status: "offered", giverHouseholdId: sub.householdId, date: "2026-04-07" });
    const offeredTwice = await domainError(baskets().offer(sub.id, d[0]));
    expect([offeredTwice.code, Object.keys(offeredTwice.fields)]).toEqual(["CONFLICT", ["distributionId"]]);
    const absent = await domainError(absences().declareAbsence(sub.id, d[0]));
    expect(Object.keys(absent.fields)).toEqual(["distributionId"]);
    const both = await domainError(baskets().take(offer.id, taker.id, "Alex"));
    expect([both.code, Object.keys(both.fields)]).toEqual(["BAD_USER_INPUT", ["householdId"]]);
    const neither = await domainError(baskets().take(offer.id));
    expect(Object.keys(neither.fields)).toEqual(["householdId"]);
    const self = await domainError(baskets().take(offer.id, sub.householdId));
    expect(Object.keys(self.fields)).toEqual(["householdId"]);
    const stranger = await memberHousehold(ds, uuidv7(), null, "Etranger");
    expect(Object.keys((await domainError(baskets().take(offer.id, stranger.id))).fields)).toEqual(["householdId"]);
    const taken = await baskets().take(offer.id, taker.id);
    expect(taken).toMatchObject({ status: "taken", takerHouseholdId: taker.id, takerName: "" });
    const late = await domainError(baskets().take(offer.id, undefined, "Intermittent"));
    expect([late.code, Object.keys(late.fields)]).toEqual(["CONFLICT", ["offerId"]]);
    const withdrawTaken = await domainError(baskets().withdraw(offer.id));
    expect(withdrawTaken.code).toBe("CONFLICT");

    const second = await baskets().offer(sub.id, d[1]);
    expect(await baskets().take(second.id, null, "  Sacha (intermittente) ")).toMatchObject({
      takerHouseholdId: null,
      takerName: "Sacha (intermittente)",
    });
    const third = await baskets().offer(sub.id, d[2]);
    expect((await baskets().withdraw(third.id)).status).toBe("withdrawn");
    await expect(baskets().offer(sub.id, d[2])).resolves.toMatchObject({ status: "offered" });
    const started = await domainError(baskets(new Date("2026-04-28T16:00:00Z")).offer(sub.id, d[3]));
    expect([started.code, Object.keys(started.fields)]).toEqual(["CONFLICT", ["distributionId"]]);
  });
});
