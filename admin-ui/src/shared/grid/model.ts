/**
 * The product × date grid, as data: which cells a template offers, the quantities a household
 * asks for, their total and the checks the API will make (minimum, maximum per delivery). Pure,
 * so the grid editor's behaviour is unit-tested without a browser (test/grid.test.tsx).
 */
export interface GridLine {
  id: string;
  productName: string;
  unit: string;
  unitPriceCents: number;
  minQuantity: number;
  maxQuantity: number | null;
}

export interface GridDate {
  distributionId: string;
  date: string;
  /** A cancelled delivery is shown, never offered. */
  status?: string;
}

/** `lineId|distributionId` → quantity (or 1 for an offered cell in availability mode). */
export type Cells = Readonly<Record<string, number>>;

export const cellKey = (lineId: string, distributionId: string) => `${lineId}|${distributionId}`;

/** The cells a template offers, from its `availability` list (a cell absent from it is not offered). */
export function offeredCells(
  availability: ReadonlyArray<{ templateLineId: string; distributionId: string }>,
): Set<string> {
  return new Set(availability.map((c) => cellKey(c.templateLineId, c.distributionId)));
}

export function isOffered(offered: ReadonlySet<string>, lineId: string, date: GridDate): boolean {
  return date.status !== "cancelled" && offered.has(cellKey(lineId, date.distributionId));
}

/**
 * Sets one cell as typed: an empty cell (not a number) or zero is dropped; a negative or fractional
 * quantity is kept, so the grid shows it refused (cellProblems) instead of silently turning it into 0.
 */
export function setCell(cells: Cells, lineId: string, distributionId: string, quantity: number): Cells {
  const next = { ...cells };
  if (!Number.isFinite(quantity) || quantity === 0) delete next[cellKey(lineId, distributionId)];
  else next[cellKey(lineId, distributionId)] = quantity;
  return next;
}

/** A quantity the API takes: a whole number, 0 or more. */
export const isValidQuantity = (q: number) => Number.isInteger(q) && q >= 0;

/** The same quantity of one product at every date it is offered ("fixed" contracts, or a quick fill). */
export function fillLine(
  cells: Cells,
  lineId: string,
  dates: readonly GridDate[],
  offered: ReadonlySet<string>,
  quantity: number,
): Cells {
  let next = cells;
  for (const d of dates) if (isOffered(offered, lineId, d)) next = setCell(next, lineId, d.distributionId, quantity);
  return next;
}

/** What createSubscription / updateSubscriptionGrid take: the non-zero cells. */
export function toLineInputs(
  cells: Cells,
): Array<{ templateLineId: string; distributionId: string; quantity: number }> {
  return Object.entries(cells)
    .filter(([, q]) => isValidQuantity(q) && q > 0)
    .map(([key, quantity]) => {
      const [templateLineId, distributionId] = key.split("|");
      return { templateLineId, distributionId, quantity };
    });
}

/** Σ quantity × unit price, in cents. */
export function gridTotalCents(cells: Cells, lines: readonly GridLine[]): number {
  const price = new Map(lines.map((l) => [l.id, l.unitPriceCents]));
  return Object.entries(cells).reduce(
    (sum, [key, q]) => sum + (isValidQuantity(q) ? q * (price.get(key.split("|")[0]) ?? 0) : 0),
    0,
  );
}

/** What is wrong with one cell: below zero, not a whole number, or outside the line's bounds. */
export interface CellProblem {
  min?: number;
  max?: number;
  negative?: boolean;
  invalid?: boolean;
}

/** The cells the API would refuse, with the reason: negative, fractional, or outside a line's minimum or maximum per delivery. */
export function cellProblems(cells: Cells, lines: readonly GridLine[]): Record<string, CellProblem> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const out: Record<string, CellProblem> = {};
  for (const [key, q] of Object.entries(cells)) {
    const line = byId.get(key.split("|")[0]);
    if (!line || q === 0) continue;
    if (q < 0) out[key] = { negative: true };
    else if (!Number.isInteger(q)) out[key] = { invalid: true };
    else if (line.maxQuantity !== null && q > line.maxQuantity) out[key] = { max: line.maxQuantity };
    else if (q < line.minQuantity) out[key] = { min: line.minQuantity };
  }
  return out;
}

/** The payment schedule the API will make: equal installments, the remainder on the first (domain rule). */
export function installmentAmounts(totalCents: number, count: number): number[] {
  if (count < 1 || totalCents <= 0) return [];
  const base = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, i) => (i === 0 ? totalCents - base * (count - 1) : base));
}
