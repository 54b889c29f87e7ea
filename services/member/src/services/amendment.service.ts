import { EntityManager, In } from "typeorm";
import { Check, conflict, getOrThrow, insertMany, todayIn, uuidv7 } from "@champ-commun/kit";
import { Amendment, AmendmentKind, AmendmentLine, AmendmentStatus } from "../entities/amendment.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { recordAudit } from "../audit/audit";
import { rebalanceInstallments } from "./installment-schedule-adjust";
import { BalanceService, group } from "./balance.service";
import { forUpdate } from "./locking";
import type { AmapSource, DistributionChangeInfo } from "./amap-source";
import type { RuleOptions } from "./subscription.service";
import { amendmentNotices } from "../notifications/season.notices";
import { t } from "../i18n";

const WHAT = t("amendment.amendment");
const AMENDED = [
  SubscriptionStatus.signed,
  SubscriptionStatus.countersigned,
  SubscriptionStatus.active,
  SubscriptionStatus.finished,
];

/**
 * Amendments (avenants): each move or cancellation of a distribution (recorded by the amap
 * subgraph as a DistributionChange) amends every subscription delivering that day, keeping the
 * original terms, and asks each household's consent. A cancelled delivery (or a move the household
 * refuses) is credited: the last unpaid installments go down by its value.
 */
export class AmendmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly amap: AmapSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get actorId(): string | null {
    return this.opts.actorId ?? null;
  }

  /** Creates the amendments not made yet (idempotent: one per subscription and change). */
  async sync(amapId: string): Promise<Amendment[]> {
    const check = new Check();
    check.id("amapId", amapId, { required: true });
    check.done();
    const changes = (await this.amap.distributionChanges(amapId)).filter((c) => c.amapId === amapId);
    if (!changes.length) return [];
    try {
      return await this.em.transaction((em) => this.apply(em, amapId, changes));
    } catch (err) {
      // Two syncs at once: the loser hits the unique (subscription, change) index; the winner made them all.
      const code = (err as { driverError?: { code?: string } }).driverError?.code ?? (err as { code?: string }).code;
      if (code !== "ER_DUP_ENTRY" && !/UNIQUE constraint/.test((err as Error).message)) throw err;
      return this.em.transaction((em) => this.apply(em, amapId, changes));
    }
  }

  private async apply(em: EntityManager, amapId: string, changes: DistributionChangeInfo[]): Promise<Amendment[]> {
    const done = new Set(
      (
        await em.getRepository(Amendment).find({
          select: { subscriptionId: true, changeId: true },
          where: { amapId, changeId: In(changes.map((c) => c.id)) },
        })
      ).map((a) => `${a.subscriptionId}|${a.changeId}`),
    );
    const lines = await em
      .getRepository(DeliveryLine)
      .createQueryBuilder("dl")
      .innerJoin(Subscription, "s", "s.id = dl.subscriptionId")
      .where("dl.amapId = :amapId AND dl.distributionId IN (:...ids) AND dl.quantity > 0", {
        amapId,
        ids: [...new Set(changes.map((c) => c.distributionId))],
      })
      .andWhere("s.status IN (:...amended)", { amended: AMENDED })
      .getMany();
    const byDistribution = group(lines, (l) => l.distributionId);
    const subs = new Map(
      (lines.length
        ? await em
            .getRepository(Subscription)
            .find({ where: { id: In([...new Set(lines.map((l) => l.subscriptionId))]) } })
        : []
      ).map((s) => [s.id, s]),
    );
    const created: Amendment[] = [];
    for (const change of changes) {
      for (const [subscriptionId, subLines] of group(
        byDistribution.get(change.distributionId) ?? [],
        (l) => l.subscriptionId,
      )) {
        if (done.has(`${subscriptionId}|${change.id}`)) continue;
        // A subscription signed after the change already took the new terms.
        if (change.createdAt && subs.get(subscriptionId)!.createdAt > new Date(change.createdAt)) continue;
        const original: AmendmentLine[] = subLines.map((l) => ({
          productName: l.productName,
          unit: l.unit,
          quantity: l.quantity,
          unitPriceCents: l.unitPriceCents,
        }));
        const cancelled = change.kind === "cancelled";
        created.push(
          em.getRepository(Amendment).create({
            id: uuidv7(),
            amapId,
            subscriptionId,
            householdId: subs.get(subscriptionId)!.householdId,
            changeId: change.id,
            kind: cancelled ? AmendmentKind.cancelled : AmendmentKind.moved,
            distributionId: change.distributionId,
            originalTerms: { date: change.originalDate, placeId: change.originalPlaceId, lines: original },
            newTerms: cancelled
              ? { date: null, placeId: null, lines: [] }
              : { date: change.newDate, placeId: change.newPlaceId ?? change.originalPlaceId, lines: original },
            amountCents: original.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0),
            reason: (change.reason ?? "").slice(0, 1000),
            status: AmendmentStatus.pending,
            refusalReason: "",
            decidedAt: null,
          }),
        );
      }
    }
    if (!created.length) return [];
    await insertMany(em.getRepository(Amendment), created);
    for (const a of created)
      await recordAudit(em, {
        amapId,
        actorId: this.actorId,
        entity: "Amendment",
        entityId: a.id,
        action: "create",
        before: null,
        after: a,
      });
    for (const subscriptionId of new Set(created.map((a) => a.subscriptionId)))
      await this.rebalance(em, subs.get(subscriptionId)!);
    await amendmentNotices(em, created);
    return em.getRepository(Amendment).find({ where: { id: In(created.map((a) => a.id)) }, order: { id: "ASC" } });
  }

  /** The schedule follows the credits (cancelled deliveries, refused moves). */
  private async rebalance(em: EntityManager, sub: Subscription): Promise<void> {
    if (sub.status === SubscriptionStatus.finished) return;
    await rebalanceInstallments(
      em,
      sub,
      await new BalanceService(em).dueAfterCredits(sub),
      this.actorId,
      todayIn(await this.amap.timeZone(sub.amapId), this.opts.now ?? new Date()),
    );
  }

  /** The household's answer to a pending amendment. */
  async decide(id: string, accept: boolean, reason?: string | null): Promise<Amendment> {
    const check = new Check();
    const why = check.text("reason", reason, { required: !accept, max: 500 });
    check.done();
    return this.em.transaction(async (em) => {
      const found = await forUpdate(
        em.getRepository(Amendment).createQueryBuilder("a").where("a.id = :id", { id }),
        em,
      ).getOne();
      const a = found ?? (await getOrThrow(em.getRepository(Amendment), id, WHAT));
      if (a.status !== AmendmentStatus.pending) throw conflict(t("amendment.amendmentWasAlreadyAnswered"), "id");
      const before = { ...a };
      a.status = accept ? AmendmentStatus.accepted : AmendmentStatus.refused;
      a.refusalReason = accept ? "" : why!;
      a.decidedAt = this.opts.now ?? new Date();
      await em.getRepository(Amendment).save(a);
      await recordAudit(em, {
        amapId: a.amapId,
        actorId: this.actorId,
        entity: "Amendment",
        entityId: a.id,
        action: accept ? "accept" : "refuse",
        before,
        after: a,
      });
      if (a.kind === AmendmentKind.moved && !accept)
        await this.rebalance(
          em,
          await getOrThrow(em.getRepository(Subscription), a.subscriptionId, t("subscriptionSharing.subscription")),
        );
      return a;
    });
  }
}
