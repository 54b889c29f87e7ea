import { frenchCollator } from "@champ-commun/kit";
import { EntityManager, In } from "typeorm";
import { Household } from "../entities/household.entity";
import { resolveDeliveries, ResolvedItem, sheetDates } from "./deliveries";
import { loadSheetFacts } from "./sheet-facts";

/** One line of a sign-off sheet before names are loaded: a household (or a named intermittent) and its items. */
export interface SheetRow {
  householdId: string | null;
  takerName: string | null;
  items: ResolvedItem[];
}

export interface Sheet {
  distributionId: string;
  /** Effective date (after a move); null when nothing is delivered. */
  date: string | null;
  rows: SheetRow[];
}

// By contract, then product; a delivery of the day before one brought from another date.
const byItem = (a: ResolvedItem, b: ResolvedItem) =>
  frenchCollator.compare(a.templateName, b.templateName) ||
  frenchCollator.compare(a.productName, b.productName) ||
  (a.originalDate ?? "").localeCompare(b.originalDate ?? "") ||
  a.status.localeCompare(b.status);

/**
 * The sign-off sheets (feuilles d'émargement) of several distributions: one line per household
 * listing everything it collects across all contracts (alternating baskets resolved, co-subscribers
 * named, absences and postponements shown, handed-over baskets on the taker's line, moved and
 * cancelled deliveries applied). Rows are sorted by the caller, who loads the names.
 */
export class SignOffService {
  constructor(private readonly em: EntityManager) {}

  async forDistributions(distributionIds: string[]): Promise<Map<string, Sheet>> {
    const items = resolveDeliveries(distributionIds, await loadSheetFacts(this.em, distributionIds));
    const dates = sheetDates(items);
    const sheets = new Map<string, Sheet>(
      distributionIds.map((id) => [id, { distributionId: id, date: dates.get(id) ?? null, rows: [] }]),
    );
    const rows = new Map<string, SheetRow>();
    for (const item of items) {
      const k = `${item.distributionId}|${item.householdId ?? `~${item.takerName}`}`;
      let row = rows.get(k);
      if (!row) {
        rows.set(k, (row = { householdId: item.householdId, takerName: item.takerName, items: [] }));
        sheets.get(item.distributionId)!.rows.push(row);
      }
      row.items.push(item);
    }
    for (const row of rows.values()) row.items.sort(byItem);
    return sheets;
  }

  /** A sheet with every name it shows (households, partners, co-subscribers, givers and takers), rows by name: for exports. */
  async named(
    distributionId: string,
  ): Promise<{ sheet: Sheet; names: Map<string, string>; rows: Array<SheetRow & { name: string }> }> {
    const sheet = (await this.forDistributions([distributionId])).get(distributionId)!;
    const names = await householdNames(
      this.em,
      sheet.rows.flatMap((r) => [r.householdId, ...r.items.flatMap(householdsOf)]),
    );
    const rows = sheet.rows.map((r) => ({
      ...r,
      name: r.householdId ? (names.get(r.householdId) ?? "?") : r.takerName!,
    }));
    rows.sort((a, b) => frenchCollator.compare(a.name, b.name));
    return { sheet, names, rows };
  }
}

/** Every household an item names. */
export function householdsOf(i: ResolvedItem): Array<string | null> {
  return [i.givenToHouseholdId, i.takenFromHouseholdId, i.alternatingWithId, ...i.coSubscriberIds];
}

export async function householdNames(em: EntityManager, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await em
    .getRepository(Household)
    .find({ select: { id: true, displayName: true }, where: { id: In(wanted) } });
  return new Map(rows.map((h) => [h.id, h.displayName]));
}
