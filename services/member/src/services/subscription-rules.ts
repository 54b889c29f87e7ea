import { Check, formatEuros, MAX_CENTS, spokenDate, tooLarge } from "@champ-commun/kit";
import type { TemplateTerms, TemplateTermsDelivery, TemplateTermsLine } from "./template-terms";
import { t } from "../i18n";

/** One cell of the grid a household asks for. */
export interface GridCellInput {
  templateLineId: string;
  distributionId: string;
  quantity: number;
}

/** A cell that matches the template: its line, its delivery, and where it was in the input. */
export interface GridCell {
  index: number;
  line: TemplateTermsLine;
  delivery: TemplateTermsDelivery;
  quantity: number;
}

export interface CheckedGrid {
  /** First delivery date covered (the given start moved to a delivery date, or the grid's first date). */
  startsOn: string;
  /** The valid cells with a positive quantity. */
  cells: GridCell[];
  /** The non-cancelled deliveries from `startsOn` on. */
  covered: TemplateTermsDelivery[];
  totalCents: number;
}

const cellKey = (lineId: string, distributionId: string) => `${lineId}|${distributionId}`;

/**
 * Checks a quantity grid against the template's terms, adding every fault to `check` under the
 * input's field path (`lines.3.quantity`), and computes what the subscription would cover and cost.
 */
export function checkGrid(
  check: Check,
  terms: TemplateTerms,
  lines: GridCellInput[],
  requestedStart?: string | null,
): CheckedGrid {
  const linesById = new Map(terms.lines.map((l) => [l.id, l]));
  const deliveriesById = new Map(terms.deliveries.map((d) => [d.distributionId, d]));
  const offered = new Set(terms.availability.map((a) => cellKey(a.templateLineId, a.distributionId)));
  const active = terms.deliveries.filter((d) => d.status !== "cancelled").sort((a, b) => a.date.localeCompare(b.date));
  const seen = new Set<string>();
  const valid: GridCell[] = [];

  lines.forEach((input, i) => {
    const at = `lines.${i}`;
    const line = linesById.get(input.templateLineId);
    const delivery = deliveriesById.get(input.distributionId);
    if (!line) check.fail(`${at}.templateLineId`, t("subscriptionRules.productLineNotPart"));
    if (!delivery) check.fail(`${at}.distributionId`, t("subscriptionRules.distributionNotDeliveryDate"));
    else if (delivery.status === "cancelled")
      check.fail(
        `${at}.distributionId`,
        t("deliveryRules.deliveryCancelled", { date: (l) => spokenDate(delivery.date, l) }),
      );
    else if (line && !offered.has(cellKey(line.id, delivery.distributionId))) {
      check.fail(
        `${at}.distributionId`,
        t("absence.notOffered", { productName: line.productName, date: (l) => spokenDate(delivery.date, l) }),
      );
    } else if (seen.has(cellKey(input.templateLineId, input.distributionId))) {
      check.fail(`${at}.distributionId`, t("subscriptionRules.cellGridGivenTwice"));
    }
    seen.add(cellKey(input.templateLineId, input.distributionId));

    const q = input.quantity;
    if (!Number.isInteger(q) || q < 0) {
      check.fail(`${at}.quantity`, t("subscriptionRules.quantityWholeNumberZero"));
      return;
    }
    if (!line) return;
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
    if (delivery && delivery.status !== "cancelled" && offered.has(cellKey(line.id, delivery.distributionId)))
      valid.push({ index: i, line, delivery, quantity: q });
  });

  const positive = valid.filter((c) => c.quantity > 0);
  let startsOn: string | undefined;
  if (requestedStart) {
    startsOn = active.find((d) => d.date >= requestedStart)?.date;
    if (!startsOn) check.fail("startsOn", t("subscriptionRules.noDeliveryLeftFrom"));
  } else {
    // Without a start date the subscription covers the whole season; a late joiner gives `startsOn`.
    startsOn = active[0]?.date;
  }
  if (!active.length) check.fail("templateId", t("subscriptionRules.contractHasNoDelivery"));
  startsOn = startsOn ?? requestedStart ?? "";

  for (const c of positive) {
    if (c.delivery.date < startsOn) {
      check.fail(
        `lines.${c.index}.distributionId`,
        t("subscriptionRules.deliveryBeforeSubscriptionStarts", {
          date: (l) => spokenDate(c.delivery.date, l),
          startsOn: (l) => spokenDate(startsOn, l),
        }),
      );
    }
  }
  const covered = active.filter((d) => d.date >= startsOn);
  if (terms.kind === "fixed") checkFixedQuantities(check, terms, valid, covered, offered);

  const cells = positive.filter((c) => c.delivery.date >= startsOn);
  const totalCents = cells.reduce((sum, c) => sum + c.quantity * c.line.unitPriceCents, 0);
  if (!cells.length) check.fail("lines", t("subscriptionRules.giveAtLeastOne"));
  else if (terms.minTotalCents && active.length) {
    // Late joiners commit pro rata of the deliveries left.
    const min = Math.floor((terms.minTotalCents * covered.length) / active.length);
    if (totalCents < min) {
      check.fail(
        "lines",
        t("subscriptionRules.contractAsksCommitmentAt", {
          min: (l) => formatEuros(min, l),
          coveredCount: covered.length,
          totalCents: (l) => formatEuros(totalCents, l),
        }),
      );
    }
  }
  // Checked before anything is written: the sum of bounded prices can still pass the bound.
  if (totalCents > MAX_CENTS)
    check.fail(
      "lines",
      t("subscriptionRules.gridComes", {
        totalCents: (l) => formatEuros(totalCents, l),
        tooLarge: (l) => tooLarge()[l],
      }),
    );
  return { startsOn, cells, covered, totalCents };
}

/** Fixed contracts: a product taken at all is taken in the same quantity at every covered delivery offering it. */
function checkFixedQuantities(
  check: Check,
  terms: TemplateTerms,
  valid: GridCell[],
  covered: TemplateTermsDelivery[],
  offered: Set<string>,
): void {
  for (const line of terms.lines) {
    const cells = valid
      .filter((c) => c.line.id === line.id && covered.includes(c.delivery))
      .sort((a, b) => a.delivery.date.localeCompare(b.delivery.date));
    const ref = cells.find((c) => c.quantity > 0)?.quantity;
    if (ref === undefined) continue;
    const byDelivery = new Map(cells.map((c) => [c.delivery.distributionId, c]));
    for (const d of covered) {
      if (!offered.has(cellKey(line.id, d.distributionId))) continue;
      const cell = byDelivery.get(d.distributionId);
      if (!cell) {
        check.fail(
          "lines",
          t("subscriptionRules.fixedContractMustTaken", {
            productName: line.productName,
            date: (l) => spokenDate(d.date, l),
          }),
        );
      } else if (cell.quantity !== ref) {
        check.fail(
          `lines.${cell.index}.quantity`,
          t("subscriptionRules.fixedContractAtEvery", { ref, unit: line.unit, productName: line.productName }),
        );
      }
    }
  }
}

/** The installment count and the means of payment must be among those the template allows. */
export function checkPaymentChoice(check: Check, terms: TemplateTerms, installmentCount: number, means: string): void {
  const counts = terms.allowedInstallmentCounts.length ? terms.allowedInstallmentCounts : [1];
  if (!counts.includes(installmentCount)) {
    check.fail("installmentCount", t("subscriptionRules.possibleNumbersInstallments", { join: counts.join(", ") }));
  }
  if (terms.acceptedMeans.length && !terms.acceptedMeans.includes(means)) {
    check.fail("means", t("subscriptionRules.acceptedMeansPayment", { join: terms.acceptedMeans.join(", ") }));
  }
}
