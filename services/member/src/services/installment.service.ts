import { EntityManager, FindOptionsWhere, In } from "typeorm";
import { findPage, getOrThrow, Page, PageArgs } from "@champ-commun/kit";
import { Installment } from "../entities/installment.entity";
import { Subscription } from "../entities/subscription.entity";
import { InstallmentFilter } from "../inputs/installment.input";
import { t } from "../i18n";

const WHAT = t("payment.installment");

/** Installments are written with their subscription; recording payments comes with the payments issue. */
export class InstallmentService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Installment);
  }

  async list(filter: InstallmentFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Installment>> {
    const where: FindOptionsWhere<Installment> = {};
    if (filter.ids) where.id = In(filter.ids);
    if (filter.templateId) {
      // A template has at most a few hundred subscriptions: their ids narrow the page (and its total).
      const subs = await this.em
        .getRepository(Subscription)
        .find({ select: { id: true }, where: { templateId: filter.templateId } });
      if (!subs.length) return { items: [], total: 0 };
      const ids = subs.map((s) => s.id);
      if (filter.subscriptionId && !ids.includes(filter.subscriptionId)) return { items: [], total: 0 };
      where.subscriptionId = In(ids);
    }
    for (const k of ["amapId", "householdId", "subscriptionId", "membershipId", "status"] as const) {
      if (filter[k] !== undefined && filter[k] !== null) (where as Record<string, unknown>)[k] = filter[k];
    }
    return findPage(this.repo, where, args, ["dueOn", "rank", "amountCents", "status", "createdAt"], {
      dueOn: "ASC",
      rank: "ASC",
    });
  }

  get(id: string): Promise<Installment> {
    return getOrThrow(this.repo, id, WHAT);
  }
}
