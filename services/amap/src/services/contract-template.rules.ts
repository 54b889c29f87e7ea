import { EntityManager, In } from "typeorm";
import { Check, isUuid } from "@champ-commun/kit";
import { PaymentMeans } from "../entities/contract-template.entity";
import { Distribution, DistributionStatus } from "../entities/distribution.entity";
import { MembershipPeriod } from "../entities/membership-period.entity";
import { ContractTemplateFieldsInput, TemplateLineInput } from "../inputs/contract-template.input";
import type { ContractParties } from "./network-directory";
import { checkDateOrder } from "./checks";
import { t } from "../i18n";

// The checks of a contract template's input, each recording every fault on its field so that the
// form shows them all at once. The service runs them, then writes.

/** Lines per template: one request to the network subgraph fetches all their products (its perPage cap). */
export const MAX_LINES = 100;
const MAX_HOURS = 24 * 30;

/** Terms and settings (everything but lines and dates), as given; `current` fills what the update leaves out. */
export function checkTerms(
  check: Check,
  input: ContractTemplateFieldsInput,
  current: { subscriptionOpensOn?: string | null } = {},
): void {
  input.name = check.text("name", input.name, { required: input.name !== undefined });
  input.season = check.text("season", input.season, { required: input.season !== undefined, max: 20 });
  input.text = check.text("text", input.text, { max: 50_000 });
  input.payeeName = check.text("payeeName", input.payeeName);
  check.date("subscriptionOpensOn", input.subscriptionOpensOn);
  check.date("subscriptionClosesOn", input.subscriptionClosesOn);
  const opens = input.subscriptionOpensOn !== undefined ? input.subscriptionOpensOn : current.subscriptionOpensOn;
  checkDateOrder(check, "subscriptionClosesOn", opens, input.subscriptionClosesOn);
  if (input.allowedInstallmentCounts !== undefined) {
    const counts = input.allowedInstallmentCounts;
    if (!counts.length || counts.some((n) => !Number.isInteger(n) || n < 1 || n > 12)) {
      check.fail("allowedInstallmentCounts", t("contractTemplate.giveAtLeastOne"));
    }
    input.allowedInstallmentCounts = [...new Set(counts)].sort((a, b) => a - b);
  }
  if (input.acceptedMeans !== undefined) {
    if (!input.acceptedMeans.length) check.fail("acceptedMeans", t("contractTemplate.giveAtLeastOne2"));
    input.acceptedMeans = [...new Set(input.acceptedMeans)] as PaymentMeans[];
  }
  if (input.cashingDates !== undefined) {
    input.cashingDates.forEach((d, i) => check.date(`cashingDates.${i}`, d));
    input.cashingDates = [...new Set(input.cashingDates)].sort();
  }
  check.cents("minTotalCents", input.minTotalCents);
  check.int("maxAbsences", input.maxAbsences, { min: 0, max: 100 });
  check.int("absenceNoticeHours", input.absenceNoticeHours, { min: 0, max: MAX_HOURS });
  check.int("flexibleDeadlineHours", input.flexibleDeadlineHours, { min: 0, max: MAX_HOURS });
}

/** The shape of each line; `currentLineIds` are the lines an update may keep by id. */
export function checkLines(check: Check, lines: TemplateLineInput[], currentLineIds: string[] = []): void {
  if (!lines.length) check.fail("lines", t("contractTemplate.contractMustOfferAt"));
  if (lines.length > MAX_LINES) check.fail("lines", t("contractTemplate.atMostLines", { max: MAX_LINES }));
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const at = `lines.${i}`;
    check.id(`${at}.productId`, line.productId, { required: true });
    if (seen.has(line.productId)) check.fail(`${at}.productId`, t("contractTemplate.productAlreadyAnotherLine"));
    seen.add(line.productId);
    if (line.id && !currentLineIds.includes(line.id)) check.fail(`${at}.id`, t("contractTemplate.lineDoesNotBelong"));
    check.cents(`${at}.unitPriceCents`, line.unitPriceCents, { required: true });
    check.int(`${at}.minQuantity`, line.minQuantity, { min: 0, max: 10_000 });
    check.int(`${at}.maxQuantity`, line.maxQuantity, { min: 0, max: 10_000 });
    check.int(`${at}.quotaPerDelivery`, line.quotaPerDelivery, { min: 0, max: 1_000_000 });
    if (line.maxQuantity != null && line.maxQuantity < (line.minQuantity ?? 0)) {
      check.fail(`${at}.maxQuantity`, t("contractTemplate.maximumCannotBelowMinimum"));
    }
  });
}

/** Delivery dates: distributions of the template's AMAP, not cancelled. */
export async function checkDeliveryDates(
  em: EntityManager,
  check: Check,
  amapId: string,
  ids: string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !isUuid(id)))
    return check.fail("distributionIds", t("contractTemplate.invalidDistributionId"));
  const found = unique.length ? await em.getRepository(Distribution).find({ where: { id: In(unique), amapId } }) : [];
  if (found.length !== unique.length) {
    check.fail("distributionIds", t("contractTemplate.oneDatesNotDistribution"));
  } else if (found.some((d) => d.status === DistributionStatus.cancelled)) {
    check.fail("distributionIds", t("contractTemplate.oneChosenDistributionsCancelled"));
  }
}

export async function checkMembershipPeriod(
  em: EntityManager,
  check: Check,
  amapId: string,
  id: string | null | undefined,
): Promise<void> {
  if (!id) return;
  check.id("membershipPeriodId", id);
  if (isUuid(id) && !(await em.getRepository(MembershipPeriod).exists({ where: { id, amapId } }))) {
    check.fail("membershipPeriodId", t("contractTemplate.membershipPeriodDoesNot"));
  }
}

/** What the network subgraph said: the AMAP and farm exist, and the farm sells every product. */
export function checkParties(check: Check, parties: ContractParties, farmId: string, lines: TemplateLineInput[]): void {
  if (!parties.amap) check.fail("amapId", t("contractTemplate.amapDoesNotExist"));
  if (!parties.farm) check.fail("farmId", t("contractTemplate.farmDoesNotExist"));
  const products = new Map(parties.products.map((p) => [p.id, p]));
  lines.forEach((line, i) => {
    const product = products.get(line.productId);
    if (!isUuid(line.productId)) return;
    if (!product) check.fail(`lines.${i}.productId`, t("contractTemplate.productDoesNotExist"));
    else if (product.farmId !== farmId) {
      check.fail(`lines.${i}.productId`, t("contractTemplate.productNotSoldBy"));
    }
  });
}
