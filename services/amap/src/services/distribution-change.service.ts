import { EntityManager, FindOptionsWhere, In, MoreThanOrEqual } from "typeorm";
import { Check, conflict, findPage, getOrThrow, isUuid, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { Distribution, DistributionStatus } from "../entities/distribution.entity";
import { DistributionChange, DistributionChangeKind } from "../entities/distribution-change.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { MoveDistributionInput } from "../inputs/distribution.input";
import { DistributionChangeFilter } from "../inputs/distribution-change.input";
import { DistributionService } from "./distribution.service";
import { effectiveDate, effectivePlaceId } from "./deliveries";
import { t } from "../i18n";

const WHAT = t("distribution.distribution");

/**
 * Moving or cancelling a distribution changes what every subscription delivering that day agreed
 * to. Each change is recorded with the terms it replaces (never rewritten); the member subgraph
 * reads them (`distributionChanges`) and makes one amendment per subscription touched.
 */
export class DistributionChangeService {
  constructor(private readonly em: EntityManager) {}

  list(filter: DistributionChangeFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<DistributionChange>> {
    return this.where(filter).then((where) =>
      findPage(this.em.getRepository(DistributionChange), where, args, ["createdAt", "originalDate"], {
        createdAt: "ASC",
      }),
    );
  }

  private async where(filter: DistributionChangeFilter): Promise<FindOptionsWhere<DistributionChange>> {
    const where: FindOptionsWhere<DistributionChange> = {};
    if (filter.amapId) where.amapId = filter.amapId;
    if (filter.kind) where.kind = filter.kind;
    if (filter.since) where.createdAt = MoreThanOrEqual(filter.since);
    let ids: string[] | null = filter.distributionIds ?? null;
    if (filter.distributionId) ids = ids ? ids.filter((d) => d === filter.distributionId) : [filter.distributionId];
    if (filter.templateId) {
      const links = isUuid(filter.templateId)
        ? await this.em.getRepository(TemplateDistribution).find({ where: { templateId: filter.templateId } })
        : [];
      const ofTemplate = links.map((l) => l.distributionId);
      ids = ids ? ids.filter((d) => ofTemplate.includes(d)) : ofTemplate;
    }
    if (ids) where.distributionId = In(ids);
    return where;
  }

  private checkReason(check: Check, reason: string | undefined): string {
    return check.text("reason", reason, { required: true, max: 500 }) ?? "";
  }

  /** Moves a distribution to another date and/or place; moving it back where it was planned makes it planned again. */
  async move(id: string, input: MoveDistributionInput): Promise<Distribution> {
    const distribution = await getOrThrow(this.em.getRepository(Distribution), id, WHAT);
    const check = new Check();
    check.date("date", input.date);
    await new DistributionService(this.em).checkPlace(check, distribution.amapId, input.placeId);
    const reason = this.checkReason(check, input.reason);
    if (!input.date && !input.placeId) check.fail("date", t("distributionChange.giveNewDateNew"));
    check.done();
    if (distribution.status === DistributionStatus.cancelled) {
      throw conflict(t("distributionChange.distributionCancelledCanNo"), "status");
    }
    const before = { date: effectiveDate(distribution), placeId: effectivePlaceId(distribution) };
    const after = { date: input.date ?? before.date, placeId: input.placeId ?? before.placeId };
    if (after.date === before.date && after.placeId === before.placeId) {
      check.fail(input.date ? "date" : "placeId", t("distributionChange.distributionAlreadyHappensThat"));
      check.done();
    }
    const backHome = after.date === distribution.date && after.placeId === distribution.placeId;
    distribution.status = backHome ? DistributionStatus.planned : DistributionStatus.moved;
    distribution.movedToDate = backHome ? null : after.date;
    distribution.movedToPlaceId = backHome || after.placeId === distribution.placeId ? null : after.placeId;
    return this.record(distribution, DistributionChangeKind.moved, before, after, reason);
  }

  /** Cancels a distribution; cancelling it again records nothing more. */
  async cancel(id: string, reasonInput: string): Promise<Distribution> {
    const distribution = await getOrThrow(this.em.getRepository(Distribution), id, WHAT);
    const check = new Check();
    const reason = this.checkReason(check, reasonInput);
    check.done();
    if (distribution.status === DistributionStatus.cancelled) return distribution;
    const before = { date: effectiveDate(distribution), placeId: effectivePlaceId(distribution) };
    distribution.status = DistributionStatus.cancelled;
    distribution.movedToDate = null;
    distribution.movedToPlaceId = null;
    return this.record(distribution, DistributionChangeKind.cancelled, before, { date: null, placeId: null }, reason);
  }

  /** Saves the distribution and its change record together. */
  private record(
    distribution: Distribution,
    kind: DistributionChangeKind,
    before: { date: string; placeId: string | null },
    after: { date: string | null; placeId: string | null },
    reason: string,
  ): Promise<Distribution> {
    return this.em.transaction(async (em) => {
      await em.getRepository(Distribution).save(distribution);
      await em.getRepository(DistributionChange).insert({
        id: uuidv7(),
        amapId: distribution.amapId,
        distributionId: distribution.id,
        kind,
        originalDate: before.date,
        originalPlaceId: before.placeId,
        newDate: after.date,
        newPlaceId: after.placeId,
        reason,
        // Written by the application, to the millisecond on both engines (SQLite's default keeps
        // whole seconds), so that `since` compares exactly.
        createdAt: new Date(),
      });
      return distribution;
    });
  }
}
