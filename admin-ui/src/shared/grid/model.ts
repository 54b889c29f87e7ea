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
export function offeredCells(availability: ReadonlyArray<{ templateLineId: string; distributionId: string }>): Set<string> {
  return new Set(availability.map((c) => cellKey(c.templateLineId, c.distributionId)));
}

export function isOffered(offered: ReadonlySet<string>, lineId: string, date: GridDate): boolean {
  return date.status !== "cancelled" && offered.has(cellKey(lineId, date.distributionId));
}

/** Sets one cell; a quantity below zero or not a number counts as zero (and zero cells are dropped). */
export function setCell(cells: Cells, lineId: string, distributionId: string, quantity: number): Cells {
  const next = { ...cells };
  const q = Number.isFinite(quantity) ? Math.max(0, Math.floor(quantity)) : 0;
  if (q === 0) delete next[cellKey(lineId, distributionId)];
  else next[cellKey(lineId, distributionId)] = q;
  return next;
}

/** The same quantity of one product at every date it is offered ("fixed" contracts, or a quick fill). */
export function fillLine(cells: Cells, lineId: string, dates: readonly GridDate[], offered: ReadonlySet<string>, quantity: number): Cells {
  let next = cells;
  for (const d of dates) if (isOffered(offered, lineId, d)) next = setCell(next, lineId, d.distributionId, quantity);
  return next;
}

/** What createSubscription / updateSubscriptionGrid take: the non-zero cells. */
export function toLineInputs(cells: Cells): Array<{ templateLineId: string; distributionId: string; quantity: number }> {
  return Object.entries(cells)
    .filter(([, q]) => q > 0)
    .map(([key, quantity]) => {
      const [templateLineId, distributionId] = key.split("|");
      return { templateLineId, distributionId, quantity };
    });
}

/** Σ quantity × unit price, in cents. */
export function gridTotalCents(cells: Cells, lines: readonly GridLine[]): number {
  const price = new Map(lines.map((l) => [l.id, l.unitPriceCents]));
  return Object.entries(cells).reduce((sum, [key, q]) => sum + q * (price.get(key.split("|")[0]) ?? 0), 0);
}

/** The cells outside a line's minimum or maximum per delivery, with the bound they break. */
export function cellProblems(cells: Cells, lines: readonly GridLine[]): Record<string, { min?: number; max?: number }> {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const out: Record<string, { min?: number; max?: number }> = {};
  for (const [key, q] of Object.entries(cells)) {
    const line = byId.get(key.split("|")[0]);
    if (!line || q === 0) continue;
    if (line.maxQuantity !== null && q > line.maxQuantity) out[key] = { max: line.maxQuantity };
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
