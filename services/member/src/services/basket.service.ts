import { EntityManager } from "typeorm";
import { Check, conflict, getOrThrow, uuidv7 } from "@champ-commun/kit";
import { BasketHandover, BasketHandoverStatus } from "../entities/basket-handover.entity";
import { Household } from "../entities/household.entity";
import { recordAudit } from "../audit/audit";
import { checkNotTaken, instantGiven, loadDelivery } from "./delivery-rules";
import { collectorOf } from "./deliveries";
import { gridDates } from "./sheet-facts";
import { affected, withDeadlockRetry } from "./locking";
import type { AmapSource } from "./amap-source";
import type { RuleOptions } from "./subscription.service";
import type { TemplateTermsSource } from "./template-terms";
import { basketNotices } from "../notifications/season.notices";
import { t } from "../i18n";

const WHAT = t("basket.basketOffer");

/** Cessions de panier: a household offers a basket it cannot collect; another household or an intermittent takes it. */
export class BasketService {
  constructor(
    private readonly em: EntityManager,
    private readonly terms: TemplateTermsSource,
    private readonly amap: AmapSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get now(): Date {
    return this.opts.now ?? new Date();
  }

  /** Offers the basket of one delivery, until the distribution starts; the giver is whoever collects it that day (alternating baskets). */
  async offer(subscriptionId: string, distributionId: string): Promise<BasketHandover> {
    const d = await loadDelivery(this.em, this.terms, this.amap, subscriptionId, distributionId);
    const startsAt = instantGiven(d.delivery.startsAt ?? d.distribution.startsAt, "distribution start");
    if (this.now >= startsAt) {
      throw conflict(t("basket.distributionHasAlreadyStarted"), "distributionId");
    }
    const dates = d.sub.partnerHouseholdId ? (await gridDates(this.em, [d.sub.id])).get(d.sub.id) : undefined;
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        await checkNotTaken(em, subscriptionId, distributionId);
        const offer = em.getRepository(BasketHandover).create({
          id: uuidv7(),
          amapId: d.sub.amapId,
          subscriptionId,
          distributionId,
          date: d.delivery.date,
          giverHouseholdId: collectorOf(d.sub, d.delivery.date, dates),
          status: BasketHandoverStatus.offered,
          takerHouseholdId: null,
          takerName: "",
          takenAt: null,
        });
        await em.getRepository(BasketHandover).save(offer);
        await recordAudit(em, {
          amapId: offer.amapId,
          actorId: this.opts.actorId ?? null,
          entity: "BasketHandover",
          entityId: offer.id,
          action: "offer",
          before: null,
          after: offer,
        });
        return offer;
      }),
    );
  }

  /** Another household of the AMAP, or an intermittent named here, takes an offered basket: first come, first served. */
  async take(offerId: string, householdId?: string | null, takerName?: string | null): Promise<BasketHandover> {
    const check = new Check();
    check.id("offerId", offerId, { required: true });
    check.id("householdId", householdId);
    const name = check.text("takerName", takerName, { max: 200 });
    if (!householdId === !name) check.fail("householdId", t("basket.giveHouseholdTakingBasket"));
    check.done();
    const offer = await getOrThrow(this.em.getRepository(BasketHandover), offerId, WHAT);
    if (householdId) {
      const taker = await this.em.getRepository(Household).findOne({ where: { id: householdId } });
      if (!taker || taker.amapId !== offer.amapId) check.fail("householdId", t("basket.householdDoesNotBelong"));
      else if (taker.id === offer.giverHouseholdId) check.fail("householdId", t("basket.householdGivingBasketCannot"));
      check.done();
    }
    return this.em.transaction(async (em) => {
      const patch = {
        status: BasketHandoverStatus.taken,
        takerHouseholdId: householdId ?? null,
        takerName: householdId ? "" : name!,
        takenAt: this.now,
      };
      const res = await em
        .getRepository(BasketHandover)
        .update({ id: offerId, status: BasketHandoverStatus.offered }, patch);
      if (affected(res) !== 1) throw conflict(t("basket.basketNoLongerOffered"), "offerId");
      await recordAudit(em, {
        amapId: offer.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "BasketHandover",
        entityId: offer.id,
        action: "take",
        before: offer,
        after: { ...offer, ...patch },
      });
      const taken = await getOrThrow(em.getRepository(BasketHandover), offerId, WHAT);
      await basketNotices(em, taken);
      return taken;
    });
  }

  /** The giver takes back an offer nobody took yet. */
  async withdraw(offerId: string): Promise<BasketHandover> {
    return this.em.transaction(async (em) => {
      const offer = await getOrThrow(em.getRepository(BasketHandover), offerId, WHAT);
      const res = await em
        .getRepository(BasketHandover)
        .update({ id: offerId, status: BasketHandoverStatus.offered }, { status: BasketHandoverStatus.withdrawn });
      if (affected(res) !== 1) throw conflict(t("basket.basketNoLongerOffered2"), "offerId");
      await recordAudit(em, {
        amapId: offer.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "BasketHandover",
        entityId: offer.id,
        action: "withdraw",
        before: offer,
        after: { ...offer, status: BasketHandoverStatus.withdrawn },
      });
      return getOrThrow(em.getRepository(BasketHandover), offerId, WHAT);
    });
  }
}
