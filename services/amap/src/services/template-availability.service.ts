import { EntityManager, In } from "typeorm";
import { Check, conflict, getOrThrow, uuidv7 } from "@champ-commun/kit";
import { ContractTemplate, ContractTemplateStatus } from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { LineAvailability } from "../entities/line-availability.entity";
import { AvailabilityCellInput } from "../inputs/contract-template.input";
import { TEMPLATE } from "./template-status.service";
import { insertMany } from "@champ-commun/kit";
import { t } from "../i18n";

/**
 * The product × date grid of a template: which products are offered on which delivery dates
 * (eggs every other week, chicken once a month). It shapes what members sign, so it changes
 * only while the template is a draft.
 */
export class TemplateAvailabilityService {
  constructor(private readonly em: EntityManager) {}

  /** Applies the cells given (others stay as they are) and returns every cell now offered. */
  async set(templateId: string, cells: AvailabilityCellInput[]): Promise<LineAvailability[]> {
    const template = await getOrThrow(this.em.getRepository(ContractTemplate), templateId, TEMPLATE);
    if (template.status !== ContractTemplateStatus.draft) {
      throw conflict(t("templateAvailability.contractSAvailabilityChanges", { status: template.status }), "cells");
    }
    const lineIds = new Set(
      (await this.em.getRepository(TemplateLine).find({ where: { templateId } })).map((l) => l.id),
    );
    const dateIds = new Set(
      (await this.em.getRepository(TemplateDistribution).find({ where: { templateId } })).map((d) => d.distributionId),
    );
    const check = new Check();
    cells.forEach((c, i) => {
      if (!lineIds.has(c.templateLineId))
        check.fail(`cells.${i}.templateLineId`, t("contractTemplate.lineDoesNotBelong"));
      if (!dateIds.has(c.distributionId))
        check.fail(`cells.${i}.distributionId`, t("templateAvailability.dateNotDeliveryContract"));
      check.int(`cells.${i}.quota`, c.quota, { min: 0, max: 1_000_000 });
    });
    check.done();

    // The last word on a cell wins when the same cell is given twice.
    const wanted = new Map(cells.map((c) => [`${c.templateLineId}|${c.distributionId}`, c]));
    const repo = this.em.getRepository(LineAvailability);
    const existing = new Map(
      (await repo.find({ where: { templateId } })).map((c) => [`${c.templateLineId}|${c.distributionId}`, c]),
    );
    const toRemove = [...wanted].filter(([k, c]) => !c.available && existing.has(k)).map(([k]) => existing.get(k)!.id);
    const toAdd = [...wanted].filter(([k, c]) => c.available && !existing.has(k)).map(([, c]) => c);
    // A quota given on a kept cell overrides the line's quota for that date only.
    const toRequota = [...wanted]
      .filter(([k, c]) => c.available && c.quota !== undefined && existing.has(k) && existing.get(k)!.quota !== c.quota)
      .map(([k, c]) => ({ ...existing.get(k)!, quota: c.quota ?? null }));
    return this.em.transaction(async (em) => {
      if (toRemove.length) await em.getRepository(LineAvailability).delete({ templateId, id: In(toRemove) });
      for (const cell of toRequota)
        await em.getRepository(LineAvailability).update({ id: cell.id }, { quota: cell.quota });
      await insertMany(
        em.getRepository(LineAvailability),
        toAdd.map((c) => ({
          id: uuidv7(),
          amapId: template.amapId,
          templateId,
          templateLineId: c.templateLineId,
          distributionId: c.distributionId,
          quota: c.quota ?? null,
        })),
      );
      return em.getRepository(LineAvailability).find({ where: { templateId } });
    });
  }
}
