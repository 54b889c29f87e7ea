import { EntityManager, FindOptionsWhere, In, Like } from "typeorm";
import {
  applyPatch,
  Check,
  conflict,
  findPage,
  getOrThrow,
  isUuid,
  Page,
  PageArgs,
  uuidv7,
  saveVersioned,
} from "@champ-commun/kit";
import {
  ContractKind,
  ContractTemplate,
  ContractTemplateStatus,
  PaymentMeans,
} from "../entities/contract-template.entity";
import { TemplateLine } from "../entities/template-line.entity";
import { TemplateDistribution } from "../entities/template-distribution.entity";
import { LineAvailability } from "../entities/line-availability.entity";
import {
  ContractTemplateFilter,
  CreateContractTemplateInput,
  TemplateLineInput,
  UpdateContractTemplateInput,
} from "../inputs/contract-template.input";
import type { ContractParties, NetworkDirectory } from "./network-directory";
import {
  checkDeliveryDates,
  checkLines,
  checkMembershipPeriod,
  checkParties,
  checkTerms,
} from "./contract-template.rules";
import { nullMeansUnchanged } from "./checks";
import { insertMany } from "@champ-commun/kit";
import { TEMPLATE } from "./template-status.service";
import { Distribution } from "../entities/distribution.entity";
import { distributionsOfTemplate, paymentSeason } from "./deliveries";
import { checkCashingDatesInSeason } from "./payment-terms.rules";
import { t } from "../i18n";

export class ContractTemplateService {
  constructor(
    private readonly em: EntityManager,
    private readonly network: NetworkDirectory,
  ) {}

  private get repo() {
    return this.em.getRepository(ContractTemplate);
  }

  list(filter: ContractTemplateFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<ContractTemplate>> {
    const where: FindOptionsWhere<ContractTemplate> = {};
    if (filter.ids) where.id = In(filter.ids);
    for (const k of ["amapId", "farmId", "status", "kind", "season"] as const) {
      if (filter[k]) (where as Record<string, unknown>)[k] = filter[k];
    }
    if (filter.q) where.name = Like(`%${filter.q}%`);
    return findPage(this.repo, where, args, ["name", "season", "status", "kind", "createdAt"], {
      season: "DESC",
      name: "ASC",
    });
  }

  get(id: string): Promise<ContractTemplate> {
    return getOrThrow(this.repo, id, TEMPLATE);
  }

  /** Asks the network subgraph about the AMAP, the farm and the lines' products, and checks the answer. */
  private async checkWithNetwork(
    check: Check,
    amapId: string,
    farmId: string,
    lines: TemplateLineInput[],
  ): Promise<ContractParties | null> {
    if (!isUuid(amapId) || !isUuid(farmId)) return null;
    const productIds = [...new Set(lines.map((l) => l.productId).filter(isUuid))];
    const parties = await this.network.contractParties(amapId, farmId, productIds);
    checkParties(check, parties, farmId, lines);
    return parties;
  }

  /** Cashing dates within the season the given delivery dates make (nothing to check without dates). */
  private async checkCashingDates(
    check: Check,
    amapId: string,
    distributionIds: string[],
    terms: { cashingDates?: string[]; subscriptionOpensOn?: string | null },
  ) {
    const ids = [...new Set(distributionIds)].filter(isUuid);
    const distributions = ids.length
      ? await this.em.getRepository(Distribution).find({ where: { id: In(ids), amapId } })
      : [];
    // Unknown dates are reported on distributionIds already: the season is not known yet.
    if (distributions.length !== [...new Set(distributionIds)].length) return;
    checkCashingDatesInSeason(
      check,
      terms.cashingDates ?? [],
      paymentSeason(distributions, terms.subscriptionOpensOn ?? null),
    );
  }

  /** A draft with every line available on every delivery date. */
  async create(input: CreateContractTemplateInput): Promise<ContractTemplate> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    check.id("farmId", input.farmId, { required: true });
    check.text("name", input.name, { required: true });
    check.text("season", input.season, { required: true, max: 20 });
    checkTerms(check, input);
    checkLines(check, input.lines ?? []);
    if (isUuid(input.amapId)) {
      await checkDeliveryDates(this.em, check, input.amapId, input.distributionIds ?? []);
      await checkMembershipPeriod(this.em, check, input.amapId, input.membershipPeriodId);
    }
    const parties = await this.checkWithNetwork(check, input.amapId, input.farmId, input.lines ?? []);
    if (input.cashingDates?.length && isUuid(input.amapId))
      await this.checkCashingDates(check, input.amapId, input.distributionIds ?? [], input);
    check.done();

    return this.em.transaction(async (em) => {
      const template = em.getRepository(ContractTemplate).create({
        id: uuidv7(),
        amapId: input.amapId,
        farmId: input.farmId,
        name: input.name.trim(),
        season: input.season.trim(),
        kind: input.kind ?? ContractKind.fixed,
        status: ContractTemplateStatus.draft,
        text: input.text ?? "",
        // Cheques are made out to the farm's payee name unless the AMAP says otherwise.
        payeeName: input.payeeName || parties!.farm!.payeeName || parties!.farm!.name,
        subscriptionOpensOn: input.subscriptionOpensOn ?? null,
        subscriptionClosesOn: input.subscriptionClosesOn ?? null,
        membershipPeriodId: input.membershipPeriodId ?? null,
        allowedInstallmentCounts: input.allowedInstallmentCounts ?? [1],
        acceptedMeans: input.acceptedMeans ?? [PaymentMeans.cheque],
        cashingDates: input.cashingDates ?? [],
        minTotalCents: input.minTotalCents ?? 0,
        maxAbsences: input.maxAbsences ?? 0,
        absenceNoticeHours: input.absenceNoticeHours ?? 48,
        flexibleDeadlineHours: input.flexibleDeadlineHours ?? 48,
        postponementAllowed: input.postponementAllowed ?? false,
        requiresFarmerConsent: input.requiresFarmerConsent ?? true,
        renewedFromId: null,
      });
      await em.getRepository(ContractTemplate).save(template);
      await writeGrid(em, template, input.lines, input.distributionIds ?? [], parties);
      return template;
    });
  }

  /** Terms change at any time; lines, dates and kind only while the template is a draft. */
  async update(id: string, input: UpdateContractTemplateInput): Promise<ContractTemplate> {
    const template = await this.get(id);
    nullMeansUnchanged(input, ["subscriptionOpensOn", "subscriptionClosesOn", "membershipPeriodId"]);
    const { lines, distributionIds, ...terms } = input;
    if (template.status === ContractTemplateStatus.archived) {
      throw conflict(t("contractTemplate.archivedContractNoLonger"), "status");
    }
    if (template.status !== ContractTemplateStatus.draft) {
      const field = lines
        ? "lines"
        : distributionIds
          ? "distributionIds"
          : terms.kind && terms.kind !== template.kind
            ? "kind"
            : null;
      if (field) {
        throw conflict(t("contractTemplate.productsDatesKindContract", { status: template.status }), field);
      }
    }
    const check = new Check();
    checkTerms(check, terms, template);
    await checkMembershipPeriod(this.em, check, template.amapId, terms.membershipPeriodId);
    let parties: ContractParties | null = null;
    if (lines) {
      const current = await this.em.getRepository(TemplateLine).find({ where: { templateId: id } });
      checkLines(
        check,
        lines,
        current.map((l) => l.id),
      );
      parties = await this.checkWithNetwork(check, template.amapId, template.farmId, lines);
    }
    if (distributionIds) await checkDeliveryDates(this.em, check, template.amapId, distributionIds);
    if (terms.cashingDates?.length) {
      const dates = distributionIds ?? (await distributionsOfTemplate(this.em, id)).map((d) => d.id);
      const opensOn =
        terms.subscriptionOpensOn !== undefined ? terms.subscriptionOpensOn : template.subscriptionOpensOn;
      await this.checkCashingDates(check, template.amapId, dates, {
        cashingDates: terms.cashingDates,
        subscriptionOpensOn: opensOn,
      });
    }
    check.done();

    return this.em.transaction(async (em) => {
      applyPatch(template, terms as Partial<ContractTemplate>);
      const saved = await saveVersioned(em.getRepository(ContractTemplate), template, input.expectedVersion);
      if (lines || distributionIds) await writeGrid(em, saved, lines, distributionIds, parties);
      return saved;
    });
  }
}

/**
 * Replaces the lines and/or the delivery dates of a template and keeps the availability grid in
 * step: a new line is offered on every date, a new date offers every line, and the cells of kept
 * lines on kept dates stay as they were.
 */
async function writeGrid(
  em: EntityManager,
  template: ContractTemplate,
  lineInputs: TemplateLineInput[] | undefined,
  distributionIds: string[] | undefined,
  parties: ContractParties | null,
): Promise<void> {
  const { id: templateId, amapId } = template;
  const lineRepo = em.getRepository(TemplateLine);
  const dateRepo = em.getRepository(TemplateDistribution);
  const cellRepo = em.getRepository(LineAvailability);
  const currentLines = await lineRepo.find({ where: { templateId } });
  const currentDates = (await dateRepo.find({ where: { templateId } })).map((d) => d.distributionId);

  let keptLineIds = currentLines.map((l) => l.id);
  let newLineIds: string[] = [];
  if (lineInputs) {
    const products = new Map(parties!.products.map((p) => [p.id, p]));
    const rows = lineInputs.map((l, position) =>
      lineRepo.create({
        id: l.id ?? uuidv7(),
        amapId,
        templateId,
        productId: l.productId,
        productName: products.get(l.productId)!.name,
        unit: products.get(l.productId)!.unit,
        unitPriceCents: l.unitPriceCents,
        minQuantity: l.minQuantity ?? 0,
        maxQuantity: l.maxQuantity ?? null,
        quotaPerDelivery: l.quotaPerDelivery ?? null,
        position,
      }),
    );
    keptLineIds = lineInputs.filter((l) => l.id).map((l) => l.id!);
    newLineIds = rows.filter((_, i) => !lineInputs[i].id).map((r) => r.id);
    const removed = currentLines.map((l) => l.id).filter((lineId) => !keptLineIds.includes(lineId));
    if (removed.length) await cellRepo.delete({ templateId, templateLineId: In(removed) });
    // Kept lines are rewritten with their ids, so their availability cells still point at them.
    if (currentLines.length) await lineRepo.delete({ templateId });
    await insertMany(lineRepo, rows);
  }

  let keptDates = currentDates;
  let newDates: string[] = [];
  if (distributionIds) {
    const wanted = [...new Set(distributionIds)];
    keptDates = currentDates.filter((d) => wanted.includes(d));
    newDates = wanted.filter((d) => !currentDates.includes(d));
    const removed = currentDates.filter((d) => !wanted.includes(d));
    if (removed.length) {
      await dateRepo.delete({ templateId, distributionId: In(removed) });
      await cellRepo.delete({ templateId, distributionId: In(removed) });
    }
    await insertMany(
      dateRepo,
      newDates.map((distributionId) => ({ id: uuidv7(), amapId, templateId, distributionId })),
    );
  }

  const cell = (templateLineId: string, distributionId: string) => ({
    id: uuidv7(),
    amapId,
    templateId,
    templateLineId,
    distributionId,
    quota: null,
  });
  const allDates = [...keptDates, ...newDates];
  await insertMany(cellRepo, [
    ...newLineIds.flatMap((lineId) => allDates.map((d) => cell(lineId, d))),
    ...keptLineIds.flatMap((lineId) => newDates.map((d) => cell(lineId, d))),
  ]);
}
