import { Not, type EntityManager } from "typeorm";
import { DomainError, Msg, spokenDate } from "@champ-commun/kit";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import type { TemplateTerms, TemplateTermsLine, TemplateTermsDelivery } from "./template-terms";
import { t } from "../i18n";

/** The farm's quota is full for some cells: a CONFLICT, which a sign-up may turn into a waiting-list entry. */
export class QuotaError extends DomainError {
  constructor(fields: Record<string, Msg>) {
    super("CONFLICT", Object.values(fields)[0], fields);
    this.name = "QuotaError";
  }
}

export interface QuotaCell {
  /** Field path prefix of the cell in the input (`lines.3`). */
  at: string;
  line: TemplateTermsLine;
  delivery: TemplateTermsDelivery;
  quantity: number;
}

/** The farm's capacity for a product on a date: the cell's own quota, else the line's. */
function quotaOf(terms: TemplateTerms, line: TemplateTermsLine, distributionId: string): number | null {
  const cell = terms.availability.find((a) => a.templateLineId === line.id && a.distributionId === distributionId);
  if (cell?.quota !== undefined && cell.quota !== null) return cell.quota;
  return line.quotaPerDelivery ?? null;
}

/**
 * Checks the farm's capacity per product and date over every subscription not terminated, leaving
 * out `exceptSubscriptionId` (whose grid is being replaced). Call it inside the transaction that
 * locked the template's subscriptions.
 */
export async function checkQuotas(
  em: EntityManager,
  terms: TemplateTerms,
  cells: QuotaCell[],
  exceptSubscriptionId?: string,
): Promise<void> {
  const limited = cells
    .map((c) => ({ ...c, quota: quotaOf(terms, c.line, c.delivery.distributionId) }))
    .filter((c) => c.quota !== null && c.quantity > 0);
  if (!limited.length) return;
  const qb = em
    .getRepository(DeliveryLine)
    .createQueryBuilder("dl")
    .innerJoin(Subscription, "s", "s.id = dl.subscriptionId")
    .select("dl.templateLineId", "templateLineId")
    .addSelect("dl.distributionId", "distributionId")
    .addSelect("SUM(dl.quantity)", "taken")
    .where("dl.amapId = :amapId AND s.templateId = :templateId AND s.status != :terminated", {
      amapId: terms.amapId,
      templateId: terms.templateId,
      terminated: SubscriptionStatus.terminated,
    })
    .andWhere("dl.templateLineId IN (:...lineIds)", { lineIds: [...new Set(limited.map((c) => c.line.id))] })
    .groupBy("dl.templateLineId")
    .addGroupBy("dl.distributionId");
  if (exceptSubscriptionId) qb.andWhere("dl.subscriptionId != :except", { except: exceptSubscriptionId });
  const rows: Array<{ templateLineId: string; distributionId: string; taken: string | number }> = await qb.getRawMany();
  const taken = new Map(rows.map((r) => [`${r.templateLineId}|${r.distributionId}`, Number(r.taken)]));
  const fields: Record<string, Msg> = {};
  for (const c of limited) {
    const left = c.quota! - (taken.get(`${c.line.id}|${c.delivery.distributionId}`) ?? 0);
    if (c.quantity > left) {
      fields[`${c.at}.quantity`] = t("quota.notEnoughLeftLeft", {
        productName: c.line.productName,
        date: (l) => spokenDate(c.delivery.date, l),
        left: Math.max(left, 0),
      });
    }
  }
  if (Object.keys(fields).length) throw new QuotaError(fields);
}

/**
 * Locks (MariaDB) the template's subscriptions not terminated: concurrent sign-ups and edits queue
 * up, so quotas hold. Only counted, never loaded: reading every subscription of the template at
 * each sign-up made an import of N households cost N² rows (issue 12's 5,000-row import).
 */
export async function lockTemplateSubscriptions(em: EntityManager, terms: TemplateTerms): Promise<void> {
  if (em.connection.options.type !== "mariadb") return; // SQLite: one writer at a time already.
  await em
    .getRepository(Subscription)
    .createQueryBuilder("s")
    .select("COUNT(*)", "n")
    .where("s.amapId = :amapId AND s.templateId = :templateId AND s.status != :terminated", {
      amapId: terms.amapId,
      templateId: terms.templateId,
      terminated: SubscriptionStatus.terminated,
    })
    .setLock("pessimistic_write")
    .getRawOne();
}

/** Does the household already hold a subscription (not terminated) to this template? */
export async function holdsTemplate(em: EntityManager, terms: TemplateTerms, householdId: string): Promise<boolean> {
  return em.getRepository(Subscription).exists({
    where: {
      amapId: terms.amapId,
      templateId: terms.templateId,
      householdId,
      status: Not(SubscriptionStatus.terminated),
    },
  });
}
