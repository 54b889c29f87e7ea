import { EntityManager } from "typeorm";
import { defaultZones, isUuid, todayIn, type AmapZones } from "@champ-commun/kit";
import { ContractTemplate, ContractTemplateStatus } from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { LineAvailability } from "../entities/line-availability.entity";
import { ContractTemplateTerms } from "../entities/contract-template-terms.type";
import { distributionsOfTemplate, toDeliveries } from "./deliveries";

/** Whether a template takes subscriptions on this day: open, and the day within its window (both ends included). */
export function acceptsSubscriptions(
  t: Pick<ContractTemplate, "status" | "subscriptionOpensOn" | "subscriptionClosesOn">,
  today: string,
): boolean {
  if (t.status !== ContractTemplateStatus.open) return false;
  if (t.subscriptionOpensOn && today < t.subscriptionOpensOn) return false;
  return !(t.subscriptionClosesOn && today > t.subscriptionClosesOn);
}

/** The terms a subscription is checked against and frozen from, read in one go for the member subgraph. */
export class ContractTemplateTermsService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: Date = new Date(),
    private readonly zones: AmapZones = defaultZones,
  ) {}

  async get(id: string): Promise<ContractTemplateTerms | null> {
    const t = isUuid(id) ? await this.em.getRepository(ContractTemplate).findOne({ where: { id } }) : null;
    if (!t) return null;
    const lines = await this.em
      .getRepository(TemplateLine)
      .find({ where: { templateId: id }, order: { position: "ASC" } });
    const timeZone = await this.zones.of(t.amapId);
    const deliveries = toDeliveries(await distributionsOfTemplate(this.em, id), t, timeZone);
    const cells = await this.em.getRepository(LineAvailability).find({ where: { templateId: id } });
    // Cells in grid order: by line position, then by (effective) date.
    const linePos = new Map(lines.map((l) => [l.id, l.position]));
    const rank = new Map(deliveries.map((d, i) => [d.distributionId, i]));
    cells.sort(
      (a, b) =>
        linePos.get(a.templateLineId)! - linePos.get(b.templateLineId)! ||
        rank.get(a.distributionId)! - rank.get(b.distributionId)!,
    );
    return {
      templateId: t.id,
      amapId: t.amapId,
      farmId: t.farmId,
      name: t.name,
      kind: t.kind,
      status: t.status,
      text: t.text,
      payeeName: t.payeeName,
      membershipPeriodId: t.membershipPeriodId,
      allowedInstallmentCounts: t.allowedInstallmentCounts,
      acceptedMeans: t.acceptedMeans,
      cashingDates: t.cashingDates,
      minTotalCents: t.minTotalCents,
      maxAbsences: t.maxAbsences,
      absenceNoticeHours: t.absenceNoticeHours,
      flexibleDeadlineHours: t.flexibleDeadlineHours,
      postponementAllowed: t.postponementAllowed,
      requiresFarmerConsent: t.requiresFarmerConsent,
      subscriptionOpensOn: t.subscriptionOpensOn,
      subscriptionClosesOn: t.subscriptionClosesOn,
      timeZone,
      acceptsSubscriptions: acceptsSubscriptions(t, todayIn(timeZone, this.now)),
      lines,
      deliveries,
      availability: cells,
    };
  }
}
