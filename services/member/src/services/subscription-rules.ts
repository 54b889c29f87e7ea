import { Check, formatEuros, MAX_CENTS, spokenDate, tooLarge } from "@champ-commun/kit";
import type { TemplateTerms, TemplateTermsDelivery, TemplateTermsLine } from "./template-terms";

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
export function checkGrid(check: Check, terms: TemplateTerms, lines: GridCellInput[], requestedStart?: string | null): CheckedGrid {
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
    if (!line) check.fail(`${at}.templateLineId`, "Ce produit ne figure pas dans le contrat.", "This product line is not part of the contract.");
    if (!delivery) check.fail(`${at}.distributionId`, "Cette distribution n'est pas une date de livraison du contrat.", "This distribution is not a delivery date of the contract.");
    else if (delivery.status === "cancelled") check.fail(`${at}.distributionId`, `La livraison du ${spokenDate(delivery.date)} est annulée.`, `The delivery of ${spokenDate(delivery.date, "en")} is cancelled.`);
    else if (line && !offered.has(cellKey(line.id, delivery.distributionId))) {
      check.fail(`${at}.distributionId`, `« ${line.productName} » n'est pas proposé le ${spokenDate(delivery.date)}.`, `"${line.productName}" is not offered on ${spokenDate(delivery.date, "en")}.`);
    } else if (seen.has(cellKey(input.templateLineId, input.distributionId))) {
      check.fail(`${at}.distributionId`, "Cette case de la grille figure deux fois.", "This cell of the grid is given twice.");
    }
    seen.add(cellKey(input.templateLineId, input.distributionId));

    const q = input.quantity;
    if (!Number.isInteger(q) || q < 0) {
      check.fail(`${at}.quantity`, "La quantité est un nombre entier positif ou nul.", "The quantity is a whole number, zero or more.");
      return;
    }
    if (!line) return;
    if (q > 0 && line.minQuantity && q < line.minQuantity) {
      check.fail(`${at}.quantity`, `Au moins ${line.minQuantity} ${line.unit} par livraison pour « ${line.productName} ».`, `At least ${line.minQuantity} ${line.unit} per delivery for "${line.productName}".`);
    }
    if (line.maxQuantity !== null && line.maxQuantity !== undefined && q > line.maxQuantity) {
      check.fail(`${at}.quantity`, `Au plus ${line.maxQuantity} ${line.unit} par livraison pour « ${line.productName} ».`, `At most ${line.maxQuantity} ${line.unit} per delivery for "${line.productName}".`);
    }
    if (delivery && delivery.status !== "cancelled" && offered.has(cellKey(line.id, delivery.distributionId))) valid.push({ index: i, line, delivery, quantity: q });
  });

  const positive = valid.filter((c) => c.quantity > 0);
  let startsOn: string | undefined;
  if (requestedStart) {
    startsOn = active.find((d) => d.date >= requestedStart)?.date;
    if (!startsOn) check.fail("startsOn", "Plus aucune livraison à partir de cette date.", "No delivery left from this date on.");
  } else {
    // Without a start date the subscription covers the whole season; a late joiner gives `startsOn`.
    startsOn = active[0]?.date;
  }
  if (!active.length) check.fail("templateId", "Ce contrat n'a aucune date de livraison.", "This contract has no delivery date.");
  startsOn = startsOn ?? requestedStart ?? "";

  for (const c of positive) {
    if (c.delivery.date < startsOn) {
      check.fail(`lines.${c.index}.distributionId`, `La livraison du ${spokenDate(c.delivery.date)} est avant le début de la souscription (${spokenDate(startsOn)}).`, `The delivery of ${spokenDate(c.delivery.date, "en")} is before the subscription starts (${spokenDate(startsOn, "en")}).`);
    }
  }
  const covered = active.filter((d) => d.date >= startsOn!);
  if (terms.kind === "fixed") checkFixedQuantities(check, terms, valid, covered, offered);

  const cells = positive.filter((c) => c.delivery.date >= startsOn!);
  const totalCents = cells.reduce((sum, c) => sum + c.quantity * c.line.unitPriceCents, 0);
  if (!cells.length) check.fail("lines", "Indiquez au moins une quantité.", "Give at least one quantity.");
  else if (terms.minTotalCents && active.length) {
    // Late joiners commit pro rata of the deliveries left.
    const min = Math.floor((terms.minTotalCents * covered.length) / active.length);
    if (totalCents < min) {
      check.fail(
        "lines",
        `Le contrat demande un engagement d'au moins ${formatEuros(min, "fr")} pour ${covered.length} livraison(s) ; la grille fait ${formatEuros(totalCents, "fr")}.`,
        `The contract asks for a commitment of at least ${formatEuros(min, "en")} for ${covered.length} delivery(ies); the grid comes to ${formatEuros(totalCents, "en")}.`,
      );
    }
  }
  // Checked before anything is written: the sum of bounded prices can still pass the bound.
  if (totalCents > MAX_CENTS) check.fail("lines", `La grille fait ${formatEuros(totalCents, "fr")} : ${tooLarge().fr}`, `The grid comes to ${formatEuros(totalCents, "en")}: ${tooLarge().en}`);
  return { startsOn, cells, covered, totalCents };
}

/** Fixed contracts: a product taken at all is taken in the same quantity at every covered delivery offering it. */
function checkFixedQuantities(check: Check, terms: TemplateTerms, valid: GridCell[], covered: TemplateTermsDelivery[], offered: Set<string>): void {
  for (const line of terms.lines) {
    const cells = valid.filter((c) => c.line.id === line.id && covered.includes(c.delivery)).sort((a, b) => a.delivery.date.localeCompare(b.delivery.date));
    const ref = cells.find((c) => c.quantity > 0)?.quantity;
    if (ref === undefined) continue;
    const byDelivery = new Map(cells.map((c) => [c.delivery.distributionId, c]));
    for (const d of covered) {
      if (!offered.has(cellKey(line.id, d.distributionId))) continue;
      const cell = byDelivery.get(d.distributionId);
      if (!cell) {
        check.fail("lines", `Contrat à quantités fixes : « ${line.productName} » doit figurer à chaque livraison (manque le ${spokenDate(d.date)}).`, `Fixed contract: "${line.productName}" must be taken at every delivery (${spokenDate(d.date, "en")} is missing).`);
      } else if (cell.quantity !== ref) {
        check.fail(`lines.${cell.index}.quantity`, `Contrat à quantités fixes : ${ref} ${line.unit} de « ${line.productName} » à chaque livraison.`, `Fixed contract: ${ref} ${line.unit} of "${line.productName}" at every delivery.`);
      }
    }
  }
}

/** The installment count and the means of payment must be among those the template allows. */
export function checkPaymentChoice(check: Check, terms: TemplateTerms, installmentCount: number, means: string): void {
  const counts = terms.allowedInstallmentCounts.length ? terms.allowedInstallmentCounts : [1];
  if (!counts.includes(installmentCount)) {
    check.fail("installmentCount", `Nombre d'échéances possible : ${counts.join(", ")}.`, `Possible numbers of installments: ${counts.join(", ")}.`);
  }
  if (terms.acceptedMeans.length && !terms.acceptedMeans.includes(means)) {
    check.fail("means", `Moyens de paiement acceptés : ${terms.acceptedMeans.join(", ")}.`, `Accepted means of payment: ${terms.acceptedMeans.join(", ")}.`);
  }
}
