import { DataSource } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { freshTestDbUrl } from "../../kit/src/testing";
import { openMemberDb } from "../src/db";
import { SubscriptionService } from "../src/services/subscription.service";
import { SubscriptionGridService } from "../src/services/subscription-grid.service";
import { WaitingListService } from "../src/services/waiting-list.service";
import { updateSharing } from "../src/services/subscription-sharing";
import { Installment, PaymentMeans } from "../src/entities/installment.entity";
import { DeliveryLine } from "../src/entities/delivery-line.entity";
import { CoSubscriber } from "../src/entities/co-subscriber.entity";
import { SubscriptionStatus } from "../src/entities/subscription.entity";
import type { TemplateTerms } from "../src/services/template-terms";
import { domainError, grid, makeTerms, memberHousehold, termsSource } from "./fixtures";

let ds: DataSource;
const amapId = uuidv7();
const periodId = uuidv7();
const source = termsSource();
const NOW = new Date("2026-03-15T10:00:00Z");
const subs = (now = NOW) => new SubscriptionService(ds.manager, source, { now, actorId: "referent" });
const grids = (now = NOW) => new SubscriptionGridService(ds.manager, source, { now });
const template = (overrides: Partial<TemplateTerms> = {}) => {
  const t = makeTerms(amapId, periodId, overrides);
  source.byId.set(t.templateId, t);
  return t;
};
const household = (name: string) => memberHousehold(ds, amapId, periodId, name);
const amounts = async (subscriptionId: string) =>
  (await ds.getRepository(Installment).find({ where: { subscriptionId }, order: { rank: "ASC" } })).map((i) => [
    i.amountCents,
    i.status,
  ]);

beforeAll(async () => {
  ds = await openMemberDb(await freshTestDbUrl("member", "season"));
});
afterAll(() => ds.destroy());

describe("a subscription during the subscription window", () => {
  it("a référent enters one for a paper member, who signs later; the grid is editable until the template closes", async () => {
    const t = template({ subscriptionClosesOn: "2026-03-31" });
    const h = await household("Papier");
    const referent = uuidv7();
    const sub = await subs().create({
      templateId: t.templateId,
      householdId: h.id,
      installmentCount: 3,
      means: PaymentMeans.cheque,
      enteredBy: referent,
      lines: grid(t, [[1, 1, 1, 1]]),
    });
    expect(sub).toMatchObject({
      status: SubscriptionStatus.awaiting_member_signature,
      enteredBy: referent,
      signedAt: null,
      version: 1,
    });
    const edited = await grids().updateGrid(
      sub.id,
      grid(t, [
        [2, 1, 1, 1],
        [1, undefined, 1],
      ]),
      1,
    );
    expect(edited).toMatchObject({ totalCents: 8200, version: 2 });
    expect(await amounts(sub.id)).toEqual([
      [2734, "to_provide"],
      [2733, "to_provide"],
      [2733, "to_provide"],
    ]);
    expect(await ds.getRepository(DeliveryLine).count({ where: { subscriptionId: sub.id } })).toBe(6);
    const stale = await domainError(grids().updateGrid(sub.id, grid(t, [[1, 1, 1, 1]]), 1));
    expect([stale.code, Object.keys(stale.fields)]).toEqual(["CONFLICT", ["expectedVersion"]]);
    const bad = await domainError(grids().updateGrid(sub.id, grid(t, [[3, 1, 1, 1]])));
    expect([bad.code, Object.keys(bad.fields)]).toEqual(["BAD_USER_INPUT", ["lines.0.quantity"]]);
    expect((await subs().sign(sub.id)).status).toBe(SubscriptionStatus.signed);
    // The window closed on 2026-03-31: the amap subgraph now says the template takes no more subscriptions.
    t.acceptsSubscriptions = false;
    const late = await domainError(grids(new Date("2026-04-01T08:00:00Z")).updateGrid(sub.id, grid(t, [[1, 1, 1, 1]])));
    expect([late.code, Object.keys(late.fields)]).toEqual(["CONFLICT", ["id"]]);
    const lateSignUp = await domainError(
      subs(new Date("2026-04-01T08:00:00Z")).create({
        templateId: t.templateId,
        householdId: (await household("Tard")).id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 1, 1, 1]]),
      }),
    );
    expect([lateSignUp.code, Object.keys(lateSignUp.fields)]).toEqual(["CONFLICT", ["templateId"]]);
    t.status = "closed";
    expect((await subs().countersign(sub.id)).status).toBe(SubscriptionStatus.countersigned);
    const afterCountersign = await domainError(grids().updateGrid(sub.id, grid(t, [[1, 1, 1, 1]])));
    expect([afterCountersign.code, Object.keys(afterCountersign.fields)]).toEqual(["CONFLICT", ["id"]]);
  });

  it("keeps the farm's quota when a grid grows", async () => {
    const t = template(); // eggs: 5 per delivery
    const a = await subs().create({
      templateId: t.templateId,
      householdId: (await household("QuotaA")).id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(t, [[1, 1, 1, 1], [3]]),
    });
    const b = await subs().create({
      templateId: t.templateId,
      householdId: (await household("QuotaB")).id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      lines: grid(t, [[1, 1, 1, 1], [1]]),
    });
    const over = await domainError(grids().updateGrid(b.id, grid(t, [[1, 1, 1, 1], [3]])));
    expect([over.code, Object.keys(over.fields)]).toEqual(["CONFLICT", ["lines.4.quantity"]]);
    // Its own quantities do not count against it.
    await expect(
      grids().updateGrid(
        a.id,
        grid(t, [
          [1, 1, 1, 1],
          [3, undefined, 2],
        ]),
      ),
    ).resolves.toMatchObject({ totalCents: 6000 + 5 * 350 });
  });
});

describe("sharing a subscription", () => {
  it("names an alternating partner and co-subscribers, each a member household of the AMAP, once", async () => {
    const t = template();
    const [holder, partner, co, outsider] = [
      await household("Titulaire"),
      await household("Alterne"),
      await household("Cosouscrit"),
      await memberHousehold(ds, amapId, null, "Sansadhesion"),
    ];
    const bad = await domainError(
      subs().create({
        templateId: t.templateId,
        householdId: holder.id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        partnerHouseholdId: holder.id,
        coSubscriberHouseholdIds: [outsider.id, co.id, co.id],
        lines: grid(t, [[1, 1, 1, 1]]),
      }),
    );
    expect([bad.code, Object.keys(bad.fields).sort()]).toEqual([
      "BAD_USER_INPUT",
      ["coSubscriberHouseholdIds.0", "coSubscriberHouseholdIds.2", "partnerHouseholdId"],
    ]);
    const sub = await subs().create({
      templateId: t.templateId,
      householdId: holder.id,
      installmentCount: 1,
      means: PaymentMeans.cheque,
      partnerHouseholdId: partner.id,
      coSubscriberHouseholdIds: [co.id],
      lines: grid(t, [[1, 1, 1, 1]]),
    });
    expect(sub.partnerHouseholdId).toBe(partner.id);
    expect(
      (await ds.getRepository(CoSubscriber).find({ where: { subscriptionId: sub.id } })).map((c) => c.householdId),
    ).toEqual([co.id]);
    const changed = await updateSharing(
      ds.manager,
      source,
      sub.id,
      { partnerHouseholdId: null, coSubscriberHouseholdIds: [partner.id, co.id] },
      null,
    );
    expect(changed.partnerHouseholdId).toBeNull();
    expect(await ds.getRepository(CoSubscriber).count({ where: { subscriptionId: sub.id } })).toBe(2);
    const self = await domainError(
      updateSharing(ds.manager, source, sub.id, { coSubscriberHouseholdIds: [holder.id] }, null),
    );
    expect(Object.keys(self.fields)).toEqual(["coSubscriberHouseholdIds.0"]);
  });
});

describe("the waiting list", () => {
  it("puts households beyond the farm's quota on the list and promotes them in order when a place frees", async () => {
    const t = template();
    t.lines[0].quotaPerDelivery = 2;
    const waiting = new WaitingListService(ds.manager, source, { now: NOW });
    const ask = async (name: string) =>
      waiting.request({
        templateId: t.templateId,
        householdId: (await household(name)).id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 1, 1, 1]]),
      });
    const [a, b] = [await ask("Liste1"), await ask("Liste2")];
    expect([a.subscription?.status, b.subscription?.status]).toEqual(["signed", "signed"]);
    const c = await ask("Liste3");
    const d = await ask("Liste4");
    expect([c.subscription, c.waitingListEntry?.status, d.waitingListEntry?.status]).toEqual([
      null,
      "waiting",
      "waiting",
    ]);
    const again = await domainError(
      waiting.request({
        templateId: t.templateId,
        householdId: c.waitingListEntry!.householdId,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 1, 1, 1]]),
      }),
    );
    expect([again.code, Object.keys(again.fields)]).toEqual(["CONFLICT", ["householdId"]]);
    const direct = await domainError(
      subs().create({
        templateId: t.templateId,
        householdId: (await household("Direct")).id,
        installmentCount: 1,
        means: PaymentMeans.cheque,
        lines: grid(t, [[1, 1, 1, 1]]),
      }),
    );
    expect([direct.code, Object.keys(direct.fields)]).toEqual([
      "CONFLICT",
      ["lines.0.quantity", "lines.1.quantity", "lines.2.quantity", "lines.3.quantity"],
    ]);

    await subs().terminate(a.subscription!.id, "Déménagement");
    const list = await waiting.waiting(t.templateId);
    expect(list.map((e) => e.id)).toEqual([d.waitingListEntry!.id]);
    const promoted = await ds
      .getRepository(Installment)
      .find({ where: { householdId: c.waitingListEntry!.householdId } });
    expect(promoted.filter((i) => i.subscriptionId)).toHaveLength(1);
    expect((await waiting.withdraw(d.waitingListEntry!.id)).status).toBe("withdrawn");
    const twice = await domainError(waiting.withdraw(d.waitingListEntry!.id));
    expect([twice.code, Object.keys(twice.fields)]).toEqual(["CONFLICT", ["id"]]);
  });
});
