import { EntityManager, In } from "typeorm";
import { Check, conflict, getOrThrow, insertMany, spokenDate, spokenInstant, todayIn } from "@champ-commun/kit";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Installment, InstallmentStatus } from "../entities/installment.entity";
import { Amendment, AmendmentKind } from "../entities/amendment.entity";
import type { FlexibleQuantityInput, SubscriptionLineInput } from "../inputs/subscription.input";
import { recordAudit } from "../audit/audit";
import { checkGrid } from "./subscription-rules";
import { installmentSchedule } from "./schedule";
import { checkQuotas, lockTemplateSubscriptions, QuotaCell } from "./quota";
import { forUpdate, withDeadlockRetry } from "./locking";
import { newLine, RuleOptions, SubscriptionService } from "./subscription.service";
import { rebalanceInstallments } from "./installment-schedule-adjust";
import { BalanceService } from "./balance.service";
import { instantGiven } from "./delivery-rules";
import type { TemplateTerms, TemplateTermsSource } from "./template-terms";
import { t } from "../i18n";

const WHAT = t("subscriptionSharing.subscription");
const EDITABLE = new Set<string>([
  SubscriptionStatus.draft,
  SubscriptionStatus.awaiting_member_signature,
  SubscriptionStatus.signed,
]);
const RUNNING = new Set<string>([
  SubscriptionStatus.signed,
  SubscriptionStatus.countersigned,
  SubscriptionStatus.active,
]);
const STALE = t("subscriptionGrid.subscriptionWasChangedMeanwhile");

/** Changes to a subscription's quantities: the whole grid while the template is open, one flexible delivery until its deadline. */
export class SubscriptionGridService {
  constructor(
    private readonly em: EntityManager,
    private readonly terms: TemplateTermsSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get now(): Date {
    return this.opts.now ?? new Date();
  }

  /** Locks the subscription (MariaDB) and checks the version the caller saw. */
  private async lockSub(em: EntityManager, id: string, expectedVersion?: number | null): Promise<Subscription> {
    const sub = await forUpdate(
      em.getRepository(Subscription).createQueryBuilder("s").where("s.id = :id", { id }),
      em,
    ).getOne();
    if (!sub) return getOrThrow(em.getRepository(Subscription), id, WHAT);
    if (expectedVersion != null && expectedVersion !== sub.version) throw conflict(STALE, "expectedVersion");
    return sub;
  }

  /**
   * Replaces the grid of a subscription not countersigned yet, while the template takes
   * subscriptions; the schedule is rewritten (nothing paid yet) or its last unpaid installments adjusted.
   */
  async updateGrid(id: string, lines: SubscriptionLineInput[], expectedVersion?: number | null): Promise<Subscription> {
    const current = await getOrThrow(this.em.getRepository(Subscription), id, WHAT);
    if (!EDITABLE.has(current.status)) throw conflict(t("subscriptionGrid.subscriptionCanNoLonger"), "id");
    const terms = await new SubscriptionService(this.em, this.terms).templateTerms(current.templateId);
    if (!terms.acceptsSubscriptions) {
      throw conflict(t("subscriptionGrid.subscriptionsContractAreClosed"), "id");
    }
    const check = new Check();
    if (!Array.isArray(lines)) check.fail("lines", t("subscription.quantityGridRequired"));
    check.done();
    const grid = checkGrid(check, terms, lines, current.startsOn);
    check.done();
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        await lockTemplateSubscriptions(em, terms);
        const sub = await this.lockSub(em, id, expectedVersion);
        await checkQuotas(
          em,
          terms,
          grid.cells.map((c) => ({ at: `lines.${c.index}`, line: c.line, delivery: c.delivery, quantity: c.quantity })),
          sub.id,
        );
        const before = { ...sub, lines: await em.getRepository(DeliveryLine).find({ where: { subscriptionId: id } }) };
        await em.getRepository(DeliveryLine).delete({ subscriptionId: id });
        await insertMany(
          em.getRepository(DeliveryLine),
          grid.cells.map((c) => newLine(sub, c)),
        );
        sub.totalCents = grid.totalCents;
        sub.startsOn = grid.startsOn;
        await em.getRepository(Subscription).save(sub);
        const installments = await em.getRepository(Installment).find({ where: { subscriptionId: id } });
        if (installments.every((i) => i.status === InstallmentStatus.to_provide && !i.correctsId)) {
          const schedule = installmentSchedule(sub.totalCents, sub.installmentCount, terms.cashingDates, sub.startsOn);
          for (const i of installments.sort((a, b) => a.rank - b.rank)) {
            const p = schedule[i.rank - 1];
            await em
              .getRepository(Installment)
              .update(
                { id: i.id },
                p
                  ? { amountCents: p.amountCents, dueOn: p.dueOn }
                  : { amountCents: 0, status: InstallmentStatus.cancelled },
              );
          }
        } else {
          await rebalanceInstallments(
            em,
            sub,
            await new BalanceService(em).dueAfterCredits(sub),
            this.opts.actorId ?? null,
            todayIn(terms.timeZone, this.now),
          );
        }
        await recordAudit(em, {
          amapId: sub.amapId,
          actorId: this.opts.actorId ?? null,
          entity: "Subscription",
          entityId: sub.id,
          action: "update_grid",
          before,
          after: { ...sub, lines: grid.cells.length },
        });
        return sub;
      }),
    );
  }

  /**
   * A flexible contract's quantities for one delivery, within the line's minimum and maximum and
   * the farm's quota, until the delivery's deadline; the total is recomputed and the last unpaid
   * installments adjusted so that the schedule still sums exactly.
   */
  async updateFlexible(
    subscriptionId: string,
    distributionId: string,
    lines: FlexibleQuantityInput[],
    expectedVersion?: number | null,
  ): Promise<Subscription> {
    const current = await getOrThrow(this.em.getRepository(Subscription), subscriptionId, WHAT);
    const terms = await new SubscriptionService(this.em, this.terms).templateTerms(current.templateId);
    if (terms.kind !== "flexible") throw conflict(t("subscriptionGrid.onlyFlexibleContractChanged"), "subscriptionId");
    if (!RUNNING.has(current.status)) throw conflict(t("deliveryRules.subscriptionNotRunning"), "subscriptionId");
    const check = new Check();
    const delivery = terms.deliveries.find((d) => d.distributionId === distributionId);
    if (!delivery || delivery.status === "cancelled")
      check.fail("distributionId", t("subscriptionGrid.distributionNotDeliveryContract"));
    else if (delivery.date < current.startsOn)
      check.fail("distributionId", t("subscriptionGrid.deliveryBeforeSubscriptionStarts"));
    check.done();
    const cancelled = await this.em
      .getRepository(Amendment)
      .exists({ where: { subscriptionId, distributionId: distributionId, kind: AmendmentKind.cancelled } });
    if (cancelled)
      check.fail(
        "distributionId",
        t("deliveryRules.deliveryCancelled", { date: (l) => spokenDate(delivery!.date, l) }),
      );
    // Until when the quantities may change: the amap subgraph's `editableUntil` (the deadline hours before the start, in the AMAP's zone).
    const deadline = instantGiven(delivery!.editableUntil, "flexible edit deadline");
    if (this.now > deadline) {
      check.fail(
        "distributionId",
        t("subscriptionGrid.deliverySQuantitiesCould", { deadline: (l) => spokenInstant(deadline, terms.timeZone, l) }),
      );
    }
    const checked = checkFlexibleCells(check, terms, delivery!, lines);
    check.done();
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        await lockTemplateSubscriptions(em, terms);
        const sub = await this.lockSub(em, subscriptionId, expectedVersion);
        await checkQuotas(em, terms, checked, sub.id);
        const existing = await em.getRepository(DeliveryLine).find({ where: { subscriptionId, distributionId } });
        const frozen = new Map(
          (
            await em
              .getRepository(DeliveryLine)
              .find({ where: { subscriptionId, templateLineId: In(lines.map((l) => l.templateLineId)) } })
          ).map((l) => [l.templateLineId, l.unitPriceCents]),
        );
        const before = { ...sub, lines: existing };
        const given = new Set(lines.map((l) => l.templateLineId));
        await em.getRepository(DeliveryLine).delete({ subscriptionId, distributionId, templateLineId: In([...given]) });
        const rows = checked
          .filter((c) => c.quantity > 0)
          .map((c) => ({ ...newLine(sub, c), unitPriceCents: frozen.get(c.line.id) ?? c.line.unitPriceCents }));
        await insertMany(em.getRepository(DeliveryLine), rows);
        const totals = await em
          .getRepository(DeliveryLine)
          .find({ select: { quantity: true, unitPriceCents: true }, where: { subscriptionId } });
        sub.totalCents = totals.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0);
        await em.getRepository(Subscription).save(sub);
        await rebalanceInstallments(
          em,
          sub,
          await new BalanceService(em).dueAfterCredits(sub),
          this.opts.actorId ?? null,
          todayIn(terms.timeZone, this.now),
        );
        await recordAudit(em, {
          amapId: sub.amapId,
          actorId: this.opts.actorId ?? null,
          entity: "Subscription",
          entityId: sub.id,
          action: "update_quantities",
          before,
          after: { ...sub, distributionId, lines: rows },
        });
        return sub;
      }),
    );
  }
}

/** One flexible delivery's cells: known products offered that day, each once, within the line's minimum and maximum. */
function checkFlexibleCells(
  check: Check,
  terms: TemplateTerms,
  delivery: TemplateTerms["deliveries"][number],
  lines: FlexibleQuantityInput[],
): QuotaCell[] {
  const linesById = new Map(terms.lines.map((l) => [l.id, l]));
  const offered = new Set(
    terms.availability.filter((a) => a.distributionId === delivery.distributionId).map((a) => a.templateLineId),
  );
  const seen = new Set<string>();
  const cells: QuotaCell[] = [];
  if (!Array.isArray(lines) || !lines.length) check.fail("lines", t("subscriptionGrid.giveAtLeastOne"));
  (lines ?? []).forEach((l, i) => {
    const at = `lines.${i}`;
    const line = linesById.get(l.templateLineId);
    if (!line) return check.fail(`${at}.templateLineId`, t("subscriptionRules.productLineNotPart"));
    if (!offered.has(line.id))
      return check.fail(
        `${at}.templateLineId`,
        t("absence.notOffered", { productName: line.productName, date: (l) => spokenDate(delivery.date, l) }),
      );
    if (seen.has(line.id)) return check.fail(`${at}.templateLineId`, t("subscriptionGrid.productGivenTwice"));
    seen.add(line.id);
    const q = l.quantity;
    if (!Number.isInteger(q) || q < 0)
      return check.fail(`${at}.quantity`, t("subscriptionRules.quantityWholeNumberZero"));
    if (q > 0 && line.minQuantity && q < line.minQuantity) {
      check.fail(
        `${at}.quantity`,
        t("subscriptionRules.atLeastPerDelivery", {
          minQuantity: line.minQuantity,
          unit: line.unit,
          productName: line.productName,
        }),
      );
    }
    if (line.maxQuantity !== null && line.maxQuantity !== undefined && q > line.maxQuantity) {
      check.fail(
        `${at}.quantity`,
        t("subscriptionRules.atMostPerDelivery", {
          maxQuantity: line.maxQuantity,
          unit: line.unit,
          productName: line.productName,
        }),
      );
    }
    cells.push({ at, line, delivery, quantity: q });
  });
  return cells;
}
