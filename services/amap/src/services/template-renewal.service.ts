import { EntityManager, In } from "typeorm";
import {
  addDays,
  Check,
  conflict,
  daysBetween,
  getOrThrow,
  insertMany,
  isCalendarDate,
  isUuid,
  spokenDate,
  uuidv7,
} from "@champ-commun/kit";
import { ContractTemplate, ContractTemplateStatus } from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { LineAvailability } from "../entities/line-availability.entity";
import { Distribution, DistributionStatus } from "../entities/distribution.entity";
import { RenewContractTemplateInput } from "../inputs/renewal.input";
import { checkDeliveryDates, checkMembershipPeriod } from "./contract-template.rules";
import { distributionsOfTemplate, paymentSeason } from "./deliveries";
import { checkCashingDatesInSeason } from "./payment-terms.rules";
import { checkDateOrder } from "./checks";
import { TEMPLATE } from "./template-status.service";
import { t } from "../i18n";

const byDate = (a: Distribution, b: Distribution) => a.date.localeCompare(b.date);

/**
 * Renewal (reconduction): a template copied into a draft for the next season, with new dates and
 * prices. Lines, policies and payment terms are kept; the product × date grid follows the old one
 * onto the new dates. The original is not touched.
 */
export class TemplateRenewalService {
  constructor(private readonly em: EntityManager) {}

  async renew(id: string, input: RenewContractTemplateInput): Promise<ContractTemplate> {
    const old = await getOrThrow(this.em.getRepository(ContractTemplate), id, TEMPLATE);
    const oldLines = await this.em
      .getRepository(TemplateLine)
      .find({ where: { templateId: id }, order: { position: "ASC" } });
    const oldDates = (await distributionsOfTemplate(this.em, id)).sort(byDate);

    const check = new Check();
    const season = check.text("season", input.season, { required: true, max: 20 });
    if (season && season === old.season) check.fail("season", t("templateRenewal.newSeasonMustDiffer"));
    const name = check.text("name", input.name, { required: input.name !== undefined }) || renamed(old, season ?? "");
    const prices = checkPrices(check, input, oldLines);
    await checkMembershipPeriod(this.em, check, old.amapId, input.membershipPeriodId);
    check.date("subscriptionOpensOn", input.subscriptionOpensOn);
    check.date("subscriptionClosesOn", input.subscriptionClosesOn);
    (input.cashingDates ?? []).forEach((d, i) => check.date(`cashingDates.${i}`, d));
    const mapping = await this.newDates(check, old, oldDates, input);
    check.done();

    // Every new date: the mapped ones, and with `distributionIds` those beyond the old dates too.
    const newDates = [...new Set([...mapping.values(), ...(input.distributionIds ?? [])])];
    const newDistributions = newDates.length
      ? await this.em.getRepository(Distribution).find({ where: { id: In(newDates) } })
      : [];
    const firstNew = newDistributions.map((d) => d.date).sort()[0];
    const shift = input.shiftDays ?? (oldDates.length && firstNew ? daysBetween(oldDates[0].date, firstNew) : 0);
    const moved = (d: string | null) => (d ? addDays(d, shift) : null);
    const opensOn =
      input.subscriptionOpensOn !== undefined ? input.subscriptionOpensOn : moved(old.subscriptionOpensOn);
    const closesOn =
      input.subscriptionClosesOn !== undefined ? input.subscriptionClosesOn : moved(old.subscriptionClosesOn);
    checkDateOrder(check, "subscriptionClosesOn", opensOn, closesOn);
    if (input.cashingDates)
      checkCashingDatesInSeason(check, input.cashingDates, paymentSeason(newDistributions, opensOn));
    check.done();
    const duplicate = await this.em
      .getRepository(ContractTemplate)
      .exists({ where: { amapId: old.amapId, renewedFromId: id, season } });
    if (duplicate) throw conflict(t("templateRenewal.contractHasAlreadyBeen", { season }), "season");

    return this.em.transaction(async (em) => {
      const repo = em.getRepository(ContractTemplate);
      const { id: _id, createdAt: _c, updatedAt: _u, ...kept } = old;
      const template = repo.create({
        ...kept,
        id: uuidv7(),
        name,
        season,
        status: ContractTemplateStatus.draft,
        subscriptionOpensOn: opensOn ?? null,
        subscriptionClosesOn: closesOn ?? null,
        cashingDates: [...new Set(input.cashingDates ?? old.cashingDates.map((d) => addDays(d, shift)))].sort(),
        membershipPeriodId: input.membershipPeriodId ?? null,
        renewedFromId: old.id,
      });
      await repo.save(template);
      const { amapId } = template;
      const lineIds = new Map(oldLines.map((l) => [l.id, uuidv7()]));
      await insertMany(
        em.getRepository(TemplateLine),
        oldLines.map((l) => ({
          ...l,
          id: lineIds.get(l.id)!,
          templateId: template.id,
          unitPriceCents: prices.get(l.id) ?? l.unitPriceCents,
        })),
      );
      await insertMany(
        em.getRepository(TemplateDistribution),
        newDates.map((distributionId) => ({ id: uuidv7(), amapId, templateId: template.id, distributionId })),
      );
      const oldCells = await em.getRepository(LineAvailability).find({ where: { templateId: id } });
      const cells = oldCells
        .filter((c) => mapping.has(c.distributionId))
        .map((c) => ({
          templateLineId: lineIds.get(c.templateLineId)!,
          distributionId: mapping.get(c.distributionId)!,
          quota: c.quota,
        }));
      // New dates beyond the old ones (rank mapping) offer every line.
      const mapped = new Set(mapping.values());
      const extra = newDates.filter((d) => !mapped.has(d));
      cells.push(
        ...extra.flatMap((distributionId) =>
          oldLines.map((l) => ({ templateLineId: lineIds.get(l.id)!, distributionId, quota: null })),
        ),
      );
      await insertMany(
        em.getRepository(LineAvailability),
        cells.map((c) => ({ ...c, id: uuidv7(), amapId, templateId: template.id })),
      );
      return template;
    });
  }

  /**
   * Old delivery (distribution id) → new delivery. By `shiftDays`: each planned date moved by that
   * many days, where the AMAP must have a distribution. By `distributionIds`: rank by rank.
   */
  private async newDates(
    check: Check,
    old: ContractTemplate,
    oldDates: Distribution[],
    input: RenewContractTemplateInput,
  ): Promise<Map<string, string>> {
    const mapping = new Map<string, string>();
    const hasIds = input.distributionIds !== undefined && input.distributionIds !== null;
    const hasShift = input.shiftDays !== undefined && input.shiftDays !== null;
    if (hasIds === hasShift) {
      check.fail("distributionIds", t("templateRenewal.chooseNewDatesShift"));
      return mapping;
    }
    if (hasIds) {
      const ids = [...new Set(input.distributionIds)];
      await checkDeliveryDates(this.em, check, old.amapId, ids);
      if (!ids.every(isUuid)) return mapping;
      const wanted = (
        await this.em.getRepository(Distribution).find({ where: { id: In(ids), amapId: old.amapId } })
      ).sort(byDate);
      oldDates.forEach((d, i) => wanted[i] && mapping.set(d.id, wanted[i].id));
      return mapping;
    }
    check.int("shiftDays", input.shiftDays, { min: 1, max: 731 });
    if (!Number.isInteger(input.shiftDays) || input.shiftDays! < 1 || input.shiftDays! > 731) return mapping;
    const targets = oldDates.map((d) => addDays(d.date, input.shiftDays!));
    const found = targets.length
      ? await this.em
          .getRepository(Distribution)
          .find({ where: { amapId: old.amapId, date: In(targets) }, order: { id: "ASC" } })
      : [];
    const onDate = new Map<string, string>();
    for (const d of found)
      if (d.status !== DistributionStatus.cancelled && !onDate.has(d.date)) onDate.set(d.date, d.id);
    const missing = targets.filter((t) => !onDate.has(t) && isCalendarDate(t));
    if (missing.length) {
      check.fail(
        "shiftDays",
        t("templateRenewal.noDistributionOn", {
          missing: (l) => spokenDate(missing[0], l),
          others: missing.length - 1,
        }),
      );
    }
    oldDates.forEach((d, i) => onDate.has(targets[i]) && mapping.set(d.id, onDate.get(targets[i])!));
    return mapping;
  }
}

/** The old name with its season replaced (Légumes 2026 → Légumes 2027), or kept as it is. */
function renamed(old: ContractTemplate, season: string): string {
  return season && old.name.includes(old.season) ? old.name.split(old.season).join(season) : old.name;
}

/** New price per old line id: explicit changes first, then the percentage on the others. */
function checkPrices(check: Check, input: RenewContractTemplateInput, lines: TemplateLine[]): Map<string, number> {
  const prices = new Map<string, number>();
  const pct = input.priceIncreasePercent;
  if (pct !== undefined && pct !== null) {
    if (!Number.isFinite(pct) || pct <= -100 || pct > 100) {
      check.fail("priceIncreasePercent", t("templateRenewal.increasePercentBetween100"));
    } else for (const l of lines) prices.set(l.id, Math.round((l.unitPriceCents * (100 + pct)) / 100));
  }
  const own = new Set(lines.map((l) => l.id));
  const seen = new Set<string>();
  (input.priceChanges ?? []).forEach((c, i) => {
    if (!own.has(c.templateLineId))
      check.fail(`priceChanges.${i}.templateLineId`, t("templateRenewal.lineDoesNotBelong"));
    else if (seen.has(c.templateLineId))
      check.fail(`priceChanges.${i}.templateLineId`, t("templateRenewal.lineAlreadyHasNew"));
    seen.add(c.templateLineId);
    check.cents(`priceChanges.${i}.unitPriceCents`, c.unitPriceCents, { required: true });
    prices.set(c.templateLineId, c.unitPriceCents);
  });
  return prices;
}
