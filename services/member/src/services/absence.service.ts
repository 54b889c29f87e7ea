import { EntityManager } from "typeorm";
import { Check, conflict, getOrThrow, uuidv7, spokenDate } from "@champ-commun/kit";
import { Absence } from "../entities/absence.entity";
import { Postponement, PostponementStatus } from "../entities/postponement.entity";
import { Subscription } from "../entities/subscription.entity";
import { recordAudit } from "../audit/audit";
import {
  absenceDeadline,
  checkAbsenceCount,
  checkNotice,
  checkNotTaken,
  loadDelivery,
  SubscriptionDelivery,
} from "./delivery-rules";
import { forUpdate, withDeadlockRetry } from "./locking";
import type { AmapSource } from "./amap-source";
import type { RuleOptions } from "./subscription.service";
import type { TemplateTermsSource } from "./template-terms";
import { t } from "../i18n";

const POSTPONEMENT = t("absence.postponement");
const ABSENCE = t("absence.absence");

/**
 * Absences (jokers) and postponements (reports) within the template's policy: at most
 * `maxAbsences` together, declared `absenceNoticeHours` before the distribution starts; a
 * postponement goes only to a delivery date of the template offering the same products, and waits
 * for the farmer's consent when the template says so.
 */
export class AbsenceService {
  constructor(
    private readonly em: EntityManager,
    private readonly terms: TemplateTermsSource,
    private readonly amap: AmapSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get now(): Date {
    return this.opts.now ?? new Date();
  }

  /** Runs `work` with the subscription locked (MariaDB), so that two requests cannot both take the last joker. */
  private locked<T>(d: SubscriptionDelivery, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        await forUpdate(
          em.getRepository(Subscription).createQueryBuilder("s").where("s.id = :id", { id: d.sub.id }),
          em,
        ).getOne();
        await checkNotTaken(em, d.sub.id, d.delivery.distributionId, "distributionId");
        await checkAbsenceCount(em, d);
        return work(em);
      }),
    );
  }

  async declareAbsence(subscriptionId: string, distributionId: string): Promise<Absence> {
    const d = await loadDelivery(this.em, this.terms, this.amap, subscriptionId, distributionId);
    checkNotice(d, this.now);
    return this.locked(d, async (em) => {
      const absence = em.getRepository(Absence).create({
        id: uuidv7(),
        amapId: d.sub.amapId,
        subscriptionId,
        householdId: d.sub.householdId,
        distributionId,
        date: d.delivery.date,
      });
      await em.getRepository(Absence).save(absence);
      await recordAudit(em, {
        amapId: d.sub.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "Absence",
        entityId: absence.id,
        action: "create",
        before: null,
        after: absence,
      });
      return absence;
    });
  }

  /** Takes an absence back, within the same notice. */
  async withdrawAbsence(id: string): Promise<boolean> {
    const absence = await getOrThrow(this.em.getRepository(Absence), id, ABSENCE);
    const sub = await getOrThrow(
      this.em.getRepository(Subscription),
      absence.subscriptionId,
      t("subscriptionSharing.subscription"),
    );
    const terms = await this.terms.get(sub.templateId);
    const delivery = terms?.deliveries.find((x) => x.distributionId === absence.distributionId);
    if (delivery && this.now > absenceDeadline(delivery)) {
      throw conflict(t("absence.tooLateTakeAbsence"), "id");
    }
    await this.em.transaction(async (em) => {
      await em.getRepository(Absence).delete({ id });
      await recordAudit(em, {
        amapId: absence.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "Absence",
        entityId: id,
        action: "delete",
        before: absence,
        after: null,
      });
    });
    return true;
  }

  async postpone(subscriptionId: string, fromDistributionId: string, toDistributionId: string): Promise<Postponement> {
    const d = await loadDelivery(
      this.em,
      this.terms,
      this.amap,
      subscriptionId,
      fromDistributionId,
      "fromDistributionId",
    );
    checkNotice(d, this.now, "fromDistributionId");
    const check = new Check();
    check.id("toDistributionId", toDistributionId, { required: true });
    check.done();
    if (d.terms.postponementAllowed === false) check.fail("toDistributionId", t("absence.contractDoesNotAllow"));
    const to = d.terms.deliveries.find((x) => x.distributionId === toDistributionId);
    if (!to || to.status === "cancelled" || toDistributionId === fromDistributionId) {
      check.fail("toDistributionId", t("absence.deliveryCanOnlyMoved"));
    } else {
      const offered = new Set(
        d.terms.availability.filter((a) => a.distributionId === toDistributionId).map((a) => a.templateLineId),
      );
      for (const l of d.lines) {
        if (!offered.has(l.templateLineId))
          check.fail(
            "toDistributionId",
            t("absence.notOffered", { productName: l.productName, date: (l) => spokenDate(to.date, l) }),
          );
      }
      if (this.now > absenceDeadline(to)) {
        check.fail("toDistributionId", t("absence.dateTooClosePast"));
      }
    }
    check.done();
    const needsConsent = d.terms.requiresFarmerConsent !== false;
    return this.locked(d, async (em) => {
      const p = em.getRepository(Postponement).create({
        id: uuidv7(),
        amapId: d.sub.amapId,
        subscriptionId,
        householdId: d.sub.householdId,
        fromDistributionId,
        fromDate: d.delivery.date,
        toDistributionId,
        toDate: to!.date,
        status: needsConsent ? PostponementStatus.requested : PostponementStatus.approved,
        refusalReason: "",
        decidedAt: needsConsent ? null : this.now,
      });
      await em.getRepository(Postponement).save(p);
      await recordAudit(em, {
        amapId: p.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "Postponement",
        entityId: p.id,
        action: "create",
        before: null,
        after: p,
      });
      return p;
    });
  }

  /** The farmer's answer to a postponement waiting for consent. */
  async decide(id: string, approve: boolean, reason?: string): Promise<Postponement> {
    const check = new Check();
    const why = check.text("reason", reason, { required: !approve, max: 500 });
    check.done();
    return this.em.transaction(async (em) => {
      const p = await getOrThrow(em.getRepository(Postponement), id, POSTPONEMENT);
      if (p.status !== PostponementStatus.requested) throw conflict(t("absence.postponementWasAlreadyAnswered"), "id");
      const before = { ...p };
      p.status = approve ? PostponementStatus.approved : PostponementStatus.refused;
      p.refusalReason = approve ? "" : why!;
      p.decidedAt = this.now;
      await em.getRepository(Postponement).save(p);
      await recordAudit(em, {
        amapId: p.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "Postponement",
        entityId: p.id,
        action: approve ? "approve" : "refuse",
        before,
        after: p,
      });
      return p;
    });
  }
}
