/**
 * A contract's payments as treasurers keep them on paper: one row per household, one column per
 * month of cashing, each cell the amount (and the cheque number), totals per month and per
 * household. Pure (jest runs it).
 */
export interface GridInstallment {
  id: string;
  householdId: string;
  household?: { displayName?: string } | null;
  dueOn: string;
  amountCents: number;
  status: string;
  means: string;
  chequeNumber?: string | null;
}

export interface GridCell {
  month: string;
  items: GridInstallment[];
  totalCents: number;
}

export interface GridRow {
  householdId: string;
  name: string;
  cells: Record<string, GridCell>;
  totalCents: number;
}

export interface ChequeGrid {
  /** Months of cashing, YYYY-MM, in order. */
  months: string[];
  rows: GridRow[];
  monthTotals: Record<string, number>;
  totalCents: number;
  /** How many installments in each status (for the legend). */
  byStatus: Record<string, number>;
}

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

export function chequeGrid(installments: readonly GridInstallment[]): ChequeGrid {
  const rows = new Map<string, GridRow>();
  const months = new Set<string>();
  const monthTotals: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  let totalCents = 0;
  for (const i of installments) {
    if (i.status === "cancelled") continue;
    const month = i.dueOn.slice(0, 7);
    months.add(month);
    let row = rows.get(i.householdId);
    if (!row)
      rows.set(
        i.householdId,
        (row = { householdId: i.householdId, name: i.household?.displayName ?? "—", cells: {}, totalCents: 0 }),
      );
    const cell = (row.cells[month] ??= { month, items: [], totalCents: 0 });
    cell.items.push(i);
    cell.totalCents += i.amountCents;
    row.totalCents += i.amountCents;
    monthTotals[month] = (monthTotals[month] ?? 0) + i.amountCents;
    byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
    totalCents += i.amountCents;
  }
  return {
    months: [...months].sort(),
    rows: [...rows.values()].sort((a, b) => collator.compare(a.name, b.name)),
    monthTotals,
    totalCents,
    byStatus,
  };
}

/** "2027-01" → "janv. 2027". */
export function monthLabel(month: string, locale = "fr"): string {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale === "en" ? "en-GB" : "fr-FR", {
    timeZone: "UTC",
    month: "short",
    year: "numeric",
  });
}
