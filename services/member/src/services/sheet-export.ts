import type { Lang } from "@champ-commun/kit";
import { csvFile, formatEuros, frenchCollator, spokenDate } from "@champ-commun/kit";
import { DELIVERED, type ItemStatus } from "./deliveries";
import type { RecapData, RecapQuantity } from "./farmer-recap.service";

/*
 * Pure renderers of the sign-off sheet and the farmer recap: CSV (`;`, UTF-8 with BOM, as
 * spreadsheets in France expect) and printable HTML (A4; the PDF is the browser's print of it).
 */

/** One item of a sheet as the `signOffSheet` field shows it (other households already by name). */
export interface SheetItem {
  templateName: string;
  productName: string;
  unit: string;
  quantity: number;
  status: string;
  originalDate: string | null;
  postponedToDate: string | null;
  givenTo: string | null;
  takenFrom: string | null;
  alternatingWith: string | null;
  coSubscribers: string[];
}

/**
 * A sheet as the caller may see it (`exportView` of `Distribution.signOffSheet`): exports render
 * only this, so a file never names more households than the field shows.
 */
export interface SheetExport {
  date: string | null;
  rows: Array<{ name: string; items: SheetItem[] }>;
  /** What every printed page repeats: the AMAP, the place, the time (absent when the amap subgraph did not answer). */
  header?: SheetHeader;
}

export interface SheetHeader {
  amapName?: string | null;
  placeName?: string | null;
  placeAddress?: string | null;
  startTime?: string | null;
  endTime?: string | null;
}

const T = {
  fr: {
    sheet: "Feuille d'émargement",
    recap: "Récapitulatif paysan",
    household: "Foyer",
    contract: "Contrat",
    product: "Produit",
    quantity: "Quantité",
    unit: "Unité",
    status: "Statut",
    note: "Remarque",
    signature: "Émargement",
    amap: "AMAP",
    date: "Date",
    amount: "Montant (€)",
    total: "TOTAL",
    season: (from: string, to: string) => `du ${from} au ${to}`,
    statuses: {
      to_collect: "À retirer",
      absent: "Absent",
      postponed: "Reporté",
      given_away: "Cédé",
      taken_over: "Repris",
    } as Record<ItemStatus, string>,
    postponedTo: (d: string) => `reporté au ${d}`,
    movedFrom: (d: string) => `livraison du ${d}`,
    givenTo: (n: string) => `cédé à ${n}`,
    takenFrom: (n: string) => `panier de ${n}`,
    alternating: (n: string) => `en alternance avec ${n}`,
    with: (n: string) => `avec ${n}`,
    empty: "Aucune livraison.",
    households: (n: number) => `${n} foyer${n > 1 ? "s" : ""}`,
    sum: "Total",
    notes: "Remarques",
  },
  en: {
    sheet: "Sign-off sheet",
    recap: "Farmer recap",
    household: "Household",
    contract: "Contract",
    product: "Product",
    quantity: "Quantity",
    unit: "Unit",
    status: "Status",
    note: "Note",
    signature: "Signature",
    amap: "AMAP",
    date: "Date",
    amount: "Amount (€)",
    total: "TOTAL",
    season: (from: string, to: string) => `from ${from} to ${to}`,
    statuses: {
      to_collect: "To collect",
      absent: "Absent",
      postponed: "Postponed",
      given_away: "Handed over",
      taken_over: "Taken over",
    } as Record<ItemStatus, string>,
    postponedTo: (d: string) => `postponed to ${d}`,
    movedFrom: (d: string) => `delivery of ${d}`,
    givenTo: (n: string) => `handed over to ${n}`,
    takenFrom: (n: string) => `basket of ${n}`,
    alternating: (n: string) => `alternating with ${n}`,
    with: (n: string) => `with ${n}`,
    empty: "No delivery.",
    households: (n: number) => `${n} household${n > 1 ? "s" : ""}`,
    sum: "Total",
    notes: "Notes",
  },
};

/** What the duty team needs to know about an item, in words. */
export function itemNote(i: SheetItem, lang: Lang = "fr"): string {
  const t = T[lang];
  const parts: string[] = [];
  if (i.originalDate) parts.push(t.movedFrom(spokenDate(i.originalDate, lang, "short")));
  if (i.postponedToDate) parts.push(t.postponedTo(spokenDate(i.postponedToDate, lang, "short")));
  if (i.status === "given_away") parts.push(t.givenTo(i.givenTo ?? ""));
  if (i.status === "taken_over") parts.push(t.takenFrom(i.takenFrom ?? "?"));
  if (i.alternatingWith) parts.push(t.alternating(i.alternatingWith));
  if (i.coSubscribers.length) parts.push(t.with(i.coSubscribers.join(", ")));
  return parts.join(" ; ");
}

/** Amounts in a column whose header says "(€)": a bare number (decimal comma in CSV, for French spreadsheets). */
const euros = (cents: number, lang: Lang = "fr") => formatEuros(cents, lang, "plain");

export function signOffSheetCsv(s: SheetExport, lang: Lang = "fr"): string {
  const t = T[lang];
  const rows: Array<Array<string | number>> = [
    [t.household, t.contract, t.product, t.quantity, t.unit, t.status, t.note, t.signature],
  ];
  for (const r of s.rows)
    for (const i of r.items)
      rows.push([
        r.name,
        i.templateName,
        i.productName,
        i.quantity,
        i.unit,
        t.statuses[i.status as ItemStatus] ?? i.status,
        itemNote(i, lang),
        "",
      ]);
  return csvFile(rows);
}

export function farmerRecapCsv(r: RecapData, lang: Lang = "fr", amapNames: Map<string, string> = new Map()): string {
  const t = T[lang];
  const rows: Array<Array<string | number>> = [[t.amap, t.household, t.product, t.quantity, t.unit, t.amount]];
  const push = (amap: string, who: string, q: RecapQuantity) =>
    rows.push([amap, who, q.productName, q.quantity, q.unit, euros(q.amountCents)]);
  for (const a of r.amaps)
    for (const h of a.households) for (const q of h.products) push(amapNames.get(a.amapId) ?? a.amapId, h.name, q);
  for (const a of r.amaps) for (const q of a.products) push(amapNames.get(a.amapId) ?? a.amapId, t.total, q);
  for (const q of r.products) push(t.total, t.total, q);
  return csvFile(rows);
}

const esc = (v: string | number) =>
  String(v).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const PRINT_CSS = `
@page { size: A4 portrait; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; margin: 0; }
@media screen { body { max-width: 210mm; margin: 1em auto; padding: 0 8mm; } }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
p.sub { margin: 0 0 4mm; color: #333; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
th, td { border: 0.3mm solid #555; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
tbody, tr { break-inside: avoid; page-break-inside: avoid; }
td.num { text-align: right; white-space: nowrap; }
td.sign { width: 32mm; }
tr.off td.item { color: #555; text-decoration: line-through; }
.note { font-size: 8.5pt; color: #333; }
`;

function page(title: string, subtitle: string, body: string, lang: Lang, css = ""): string {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${PRINT_CSS}${css}</style></head>\n<body><h1>${esc(title)}</h1><p class="sub">${esc(subtitle)}</p>\n${body}\n</body></html>\n`;
}

/** One column of the sheet: a product of a contract. */
export interface SheetColumn {
  key: string;
  templateName: string;
  productName: string;
  unit: string;
}

const columnKey = (i: Pick<SheetItem, "templateName" | "productName" | "unit">) =>
  `${i.templateName}\u0000${i.productName}\u0000${i.unit}`;

/**
 * The sheet as AMAPs print it: one row per household, one column per product (grouped by contract),
 * the quantity each collects, and the total of each product. Items not collected that day
 * (absent, postponed, handed over) count nothing and are told in the household's notes.
 */
export function sheetTable(s: SheetExport, lang: Lang = "fr") {
  const t = T[lang];
  const byKey = new Map<string, SheetColumn>();
  for (const r of s.rows)
    for (const i of r.items)
      byKey.set(columnKey(i), {
        key: columnKey(i),
        templateName: i.templateName,
        productName: i.productName,
        unit: i.unit,
      });
  const columns = [...byKey.values()].sort(
    (a, b) =>
      frenchCollator.compare(a.templateName, b.templateName) || frenchCollator.compare(a.productName, b.productName),
  );
  const totals = new Map<string, number>(columns.map((c) => [c.key, 0]));
  const rows = s.rows.map((r) => {
    const quantities = new Map<string, number>();
    const notes: string[] = [];
    for (const i of r.items) {
      const delivered = DELIVERED.has(i.status as ItemStatus);
      if (delivered) {
        quantities.set(columnKey(i), (quantities.get(columnKey(i)) ?? 0) + i.quantity);
        totals.set(columnKey(i), totals.get(columnKey(i))! + i.quantity);
      }
      const told = itemNote(i, lang);
      const note = delivered
        ? told
        : `${i.productName} : ${told || (t.statuses[i.status as ItemStatus] ?? i.status).toLowerCase()}`;
      if (note && !notes.includes(note)) notes.push(note);
    }
    return { name: r.name, quantities, notes };
  });
  return { columns, rows, totals };
}

/** "AMAP des Lilas · mardi 7 avril 2026, 18:30 – 20:00 · Préau de l'école, 12 rue des Écoles": repeated on every printed page. */
export function sheetBanner(s: SheetExport, lang: Lang = "fr"): string {
  const h = s.header ?? {};
  const when = [
    s.date ? spokenDate(s.date, lang) : "",
    h.startTime && h.endTime ? `${h.startTime} – ${h.endTime}` : (h.startTime ?? ""),
  ]
    .filter(Boolean)
    .join(", ");
  const where = [h.placeName, h.placeAddress].filter(Boolean).join(", ");
  return [h.amapName, when, where].filter(Boolean).join(" · ");
}

const SHEET_CSS = `
table.sheet { font-size: 8.5pt; table-layout: auto; }
table.sheet tbody { break-inside: auto; page-break-inside: auto; }
table.sheet th, table.sheet td { padding: 0.7mm 1.2mm; }
table.sheet thead th.banner { background: none; border: 0; border-bottom: 0.4mm solid #000; font-size: 9.5pt; font-weight: normal; text-align: left; padding: 0 0 1.5mm; }
table.sheet th.product { text-align: center; font-weight: 600; }
table.sheet th.product .unit { display: block; font-weight: normal; font-size: 7.5pt; }
table.sheet td.qty, table.sheet th.qty { text-align: center; width: 9mm; }
table.sheet td.who { width: 45mm; }
table.sheet td.who .note { display: block; font-size: 7.5pt; }
table.sheet td.sign { width: 28mm; }
table.sheet tbody tr { height: 6mm; }
table.sheet tr.total td { font-weight: 700; border-top: 0.5mm solid #000; }
table.sheet.many th.product { writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; white-space: nowrap; max-height: 34mm; }
@media print { h1, p.sub { display: none; } }
`;

export function signOffSheetHtml(s: SheetExport, lang: Lang = "fr"): string {
  const t = T[lang];
  const title = `${t.sheet}${s.date ? ` — ${spokenDate(s.date, lang)}` : ""}`;
  const banner = sheetBanner(s, lang);
  const subtitle = [banner, t.households(s.rows.length)].filter(Boolean).join(" · ");
  if (!s.rows.length) return page(title, subtitle, `<p>${t.empty}</p>`, lang, SHEET_CSS);
  const { columns, rows, totals } = sheetTable(s, lang);
  const groups: Array<{ name: string; span: number }> = [];
  for (const c of columns) {
    const last = groups[groups.length - 1];
    if (last?.name === c.templateName) last.span++;
    else groups.push({ name: c.templateName, span: 1 });
  }
  const width = columns.length + 2;
  // The header rows repeat on every printed page: the AMAP, date, time and place, then the columns.
  const head =
    `<thead><tr><th class="banner" colspan="${width}"><strong>${esc(t.sheet)}</strong> · ${esc(banner)}</th></tr>` +
    `<tr><th rowspan="2">${t.household}</th>${groups.map((g) => `<th colspan="${g.span}" class="product">${esc(g.name)}</th>`).join("")}<th rowspan="2">${t.signature}</th></tr>` +
    `<tr>${columns.map((c) => `<th class="product qty">${esc(c.productName)}<span class="unit">${esc(c.unit)}</span></th>`).join("")}</tr></thead>`;
  const body = rows
    .map(
      (r) =>
        `<tr><td class="who"><strong>${esc(r.name)}</strong>${r.notes.length ? `<span class="note">${esc(r.notes.join(" ; "))}</span>` : ""}</td>` +
        columns
          .map((c) => `<td class="qty">${r.quantities.get(c.key) ? esc(r.quantities.get(c.key)!) : ""}</td>`)
          .join("") +
        `<td class="sign"></td></tr>`,
    )
    .join("\n");
  const total = `<tr class="total"><td>${t.sum}</td>${columns.map((c) => `<td class="qty">${totals.get(c.key)}</td>`).join("")}<td></td></tr>`;
  return page(
    title,
    subtitle,
    `<table class="sheet${columns.length > 8 ? " many" : ""}">${head}<tbody>${body}\n${total}</tbody></table>`,
    lang,
    SHEET_CSS,
  );
}

function quantityTable(lang: Lang, list: RecapQuantity[]): string {
  const t = T[lang];
  const rows = list
    .map(
      (q) =>
        `<tr><td>${esc(q.productName)}</td><td class="num">${esc(q.quantity)} ${esc(q.unit)}</td><td class="num">${euros(q.amountCents, lang)}</td></tr>`,
    )
    .join("");
  return `<table><thead><tr><th>${t.product}</th><th>${t.quantity}</th><th>${t.amount}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function farmerRecapHtml(r: RecapData, lang: Lang = "fr", amapNames: Map<string, string> = new Map()): string {
  const t = T[lang];
  const when = r.from && r.to ? t.season(r.from, r.to) : (r.dates[0]?.date ?? "");
  const parts = [`<h2>${t.total}</h2>${r.products.length ? quantityTable(lang, r.products) : `<p>${t.empty}</p>`}`];
  if (r.dates.length > 1)
    parts.push(
      ...r.dates.map(
        (d) =>
          `<h2>${esc(d.date)} — ${esc(amapNames.get(d.amapId) ?? d.amapId)}</h2>${quantityTable(lang, d.products)}`,
      ),
    );
  for (const a of r.amaps) {
    const households = a.households
      .map(
        (h) =>
          `<tr><td><strong>${esc(h.name)}</strong></td><td>${h.products.map((q) => `${esc(q.quantity)} ${esc(q.unit)} ${esc(q.productName)}`).join("<br>")}</td></tr>`,
      )
      .join("");
    parts.push(
      `<h2>${t.amap} ${esc(amapNames.get(a.amapId) ?? a.amapId)}</h2>${quantityTable(lang, a.products)}<table><thead><tr><th>${t.household}</th><th>${t.product}</th></tr></thead><tbody>${households}</tbody></table>`,
    );
  }
  return page(t.recap, when, parts.join("\n"), lang);
}
