/**
 * The sign-off sheet in the layout AMAPs print: one row per household, one column per product
 * (grouped by contract), the quantity each household collects, and the total of each product.
 * Items not collected that day (absent, postponed, handed over) count nothing and are told in the
 * household's notes. Pure (jest runs it); the API's printable export follows the same layout.
 */
export interface SheetItem {
  templateName: string;
  productName: string;
  unit: string;
  quantity: number;
  status: string;
  originalDate?: string | null;
  postponedToDate?: string | null;
  givenTo?: string | null;
  takenFrom?: string | null;
  alternatingWith?: string | null;
  coSubscribers?: string[];
}

export interface SheetLine {
  name: string;
  household?: { id: string } | null;
  items: SheetItem[];
}

export interface SheetColumn {
  key: string;
  templateName: string;
  productName: string;
  unit: string;
}

/** The words of the notes, in the UI's language (translate + date formatting). */
export interface NoteWords {
  status: (status: string) => string;
  movedFrom: (date: string) => string;
  postponedTo: (date: string) => string;
  givenTo: (name: string) => string;
  takenFrom: (name: string) => string;
  alternating: (name: string) => string;
  with: (names: string) => string;
}

/** Collected that day: what the farmer prepares and the sheet counts. */
const DELIVERED = new Set(["to_collect", "taken_over"]);

const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });
const keyOf = (i: SheetItem) => `${i.templateName}\u0000${i.productName}\u0000${i.unit}`;

export function itemNotes(i: SheetItem, w: NoteWords): string {
  const parts: string[] = [];
  if (i.originalDate) parts.push(w.movedFrom(i.originalDate));
  if (i.postponedToDate) parts.push(w.postponedTo(i.postponedToDate));
  if (i.status === "given_away" && i.givenTo) parts.push(w.givenTo(i.givenTo));
  if (i.status === "taken_over" && i.takenFrom) parts.push(w.takenFrom(i.takenFrom));
  if (i.alternatingWith) parts.push(w.alternating(i.alternatingWith));
  if (i.coSubscribers?.length) parts.push(w.with(i.coSubscribers.join(", ")));
  return parts.join(" ; ");
}

export function sheetTable(lines: readonly SheetLine[], w: NoteWords) {
  const byKey = new Map<string, SheetColumn>();
  for (const l of lines)
    for (const i of l.items)
      byKey.set(keyOf(i), { key: keyOf(i), templateName: i.templateName, productName: i.productName, unit: i.unit });
  const columns = [...byKey.values()].sort(
    (a, b) => collator.compare(a.templateName, b.templateName) || collator.compare(a.productName, b.productName),
  );
  const totals: Record<string, number> = Object.fromEntries(columns.map((c) => [c.key, 0]));
  const rows = lines.map((l, n) => {
    const quantities: Record<string, number> = {};
    const notes: string[] = [];
    for (const i of l.items) {
      const delivered = DELIVERED.has(i.status);
      if (delivered) {
        quantities[keyOf(i)] = (quantities[keyOf(i)] ?? 0) + i.quantity;
        totals[keyOf(i)] += i.quantity;
      }
      const told = itemNotes(i, w);
      const note = delivered ? told : `${i.productName} : ${told || w.status(i.status)}`;
      if (note && !notes.includes(note)) notes.push(note);
    }
    return { key: l.household?.id ?? `${l.name}-${n}`, name: l.name, quantities, notes };
  });
  const groups: Array<{ name: string; span: number }> = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last?.name === c.templateName) last.span++;
    else groups.push({ name: c.templateName, span: 1 });
  }
  return { columns, groups, rows, totals };
}
