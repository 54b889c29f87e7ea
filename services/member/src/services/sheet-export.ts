import type { Lang } from "@champ-commun/kit";
import type { ItemStatus } from "./deliveries";
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

/** A sheet as the caller may see it (`exportView` of `Distribution.signOffSheet`): exports render only this. */
export interface SheetExport {
  date: string | null;
  rows: Array<{ name: string; items: SheetItem[] }>;
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
    statuses: { to_collect: "À retirer", absent: "Absent", postponed: "Reporté", given_away: "Cédé", taken_over: "Repris" } as Record<ItemStatus, string>,
    postponedTo: (d: string) => `reporté au ${d}`,
    movedFrom: (d: string) => `livraison du ${d}`,
    givenTo: (n: string) => `cédé à ${n}`,
    takenFrom: (n: string) => `panier de ${n}`,
    alternating: (n: string) => `en alternance avec ${n}`,
    with: (n: string) => `avec ${n}`,
    empty: "Aucune livraison.",
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
    statuses: { to_collect: "To collect", absent: "Absent", postponed: "Postponed", given_away: "Handed over", taken_over: "Taken over" } as Record<ItemStatus, string>,
    postponedTo: (d: string) => `postponed to ${d}`,
    movedFrom: (d: string) => `delivery of ${d}`,
    givenTo: (n: string) => `handed over to ${n}`,
    takenFrom: (n: string) => `basket of ${n}`,
    alternating: (n: string) => `alternating with ${n}`,
    with: (n: string) => `with ${n}`,
    empty: "No delivery.",
  },
};

/** What the duty team needs to know about an item, in words. */
export function itemNote(i: SheetItem, lang: Lang = "fr"): string {
  const t = T[lang];
  const parts: string[] = [];
  if (i.originalDate) parts.push(t.movedFrom(i.originalDate));
  if (i.postponedToDate) parts.push(t.postponedTo(i.postponedToDate));
  if (i.status === "given_away") parts.push(t.givenTo(i.givenTo ?? ""));
  if (i.status === "taken_over") parts.push(t.takenFrom(i.takenFrom ?? "?"));
  if (i.alternatingWith) parts.push(t.alternating(i.alternatingWith));
  if (i.coSubscribers.length) parts.push(t.with(i.coSubscribers.join(", ")));
  return parts.join(" ; ");
}

/** One CSV field: quoted when needed; a leading formula character is neutralized (CSV injection). */
function field(value: string | number): string {
  let v = String(value);
  if (/^[=+\-@\t\r]/.test(v) && typeof value === "string") v = `'${v}`;
  return /[;"\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(rows: Array<Array<string | number>>): string {
  return "\uFEFF" + rows.map((r) => r.map(field).join(";")).join("\r\n") + "\r\n";
}

const euros = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");

export function signOffSheetCsv(s: SheetExport, lang: Lang = "fr"): string {
  const t = T[lang];
  const rows: Array<Array<string | number>> = [[t.household, t.contract, t.product, t.quantity, t.unit, t.status, t.note, t.signature]];
  for (const r of s.rows) for (const i of r.items) rows.push([r.name, i.templateName, i.productName, i.quantity, i.unit, t.statuses[i.status as ItemStatus], itemNote(i, lang), ""]);
  return csv(rows);
}

export function farmerRecapCsv(r: RecapData, lang: Lang = "fr", amapNames: Map<string, string> = new Map()): string {
  const t = T[lang];
  const rows: Array<Array<string | number>> = [[t.amap, t.household, t.product, t.quantity, t.unit, t.amount]];
  const push = (amap: string, who: string, q: RecapQuantity) => rows.push([amap, who, q.productName, q.quantity, q.unit, euros(q.amountCents)]);
  for (const a of r.amaps) for (const h of a.households) for (const q of h.products) push(amapNames.get(a.amapId) ?? a.amapId, h.name, q);
  for (const a of r.amaps) for (const q of a.products) push(amapNames.get(a.amapId) ?? a.amapId, t.total, q);
  for (const q of r.products) push(t.total, t.total, q);
  return csv(rows);
}

const esc = (v: string | number) => String(v).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

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

function page(title: string, subtitle: string, body: string, lang: Lang): string {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${PRINT_CSS}</style></head>\n<body><h1>${esc(title)}</h1><p class="sub">${esc(subtitle)}</p>\n${body}\n</body></html>\n`;
}

export function signOffSheetHtml(s: SheetExport, lang: Lang = "fr"): string {
  const t = T[lang];
  const head = `<thead><tr><th>${t.household}</th><th>${t.contract}</th><th>${t.product}</th><th>${t.quantity}</th><th>${t.note}</th><th>${t.signature}</th></tr></thead>`;
  const bodies = s.rows.map((r) =>
    `<tbody>${r.items
      .map((i, k) => {
        const off = i.status !== "to_collect" && i.status !== "taken_over";
        const note = [off ? t.statuses[i.status as ItemStatus] : "", itemNote(i, lang)].filter(Boolean).join(" — ");
        const first = k === 0 ? `<td rowspan="${r.items.length}"><strong>${esc(r.name)}</strong></td>` : "";
        const sign = k === 0 ? `<td class="sign" rowspan="${r.items.length}"></td>` : "";
        return `<tr${off ? ' class="off"' : ""}>${first}<td class="item">${esc(i.templateName)}</td><td class="item">${esc(i.productName)}</td><td class="num item">${esc(i.quantity)} ${esc(i.unit)}</td><td class="note">${esc(note)}</td>${sign}</tr>`;
      })
      .join("")}</tbody>`,
  );
  const body = s.rows.length ? `<table>${head}${bodies.join("\n")}</table>` : `<p>${t.empty}</p>`;
  return page(`${t.sheet}${s.date ? ` — ${s.date}` : ""}`, `${s.rows.length} ${t.household.toLowerCase()}(s)`, body, lang);
}

function quantityTable(lang: Lang, list: RecapQuantity[]): string {
  const t = T[lang];
  const rows = list.map((q) => `<tr><td>${esc(q.productName)}</td><td class="num">${esc(q.quantity)} ${esc(q.unit)}</td><td class="num">${euros(q.amountCents)}</td></tr>`).join("");
  return `<table><thead><tr><th>${t.product}</th><th>${t.quantity}</th><th>${t.amount}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function farmerRecapHtml(r: RecapData, lang: Lang = "fr", amapNames: Map<string, string> = new Map()): string {
  const t = T[lang];
  const when = r.from && r.to ? t.season(r.from, r.to) : (r.dates[0]?.date ?? "");
  const parts = [`<h2>${t.total}</h2>${r.products.length ? quantityTable(lang, r.products) : `<p>${t.empty}</p>`}`];
  if (r.dates.length > 1) parts.push(...r.dates.map((d) => `<h2>${esc(d.date)} — ${esc(amapNames.get(d.amapId) ?? d.amapId)}</h2>${quantityTable(lang, d.products)}`));
  for (const a of r.amaps) {
    const households = a.households
      .map((h) => `<tr><td><strong>${esc(h.name)}</strong></td><td>${h.products.map((q) => `${esc(q.quantity)} ${esc(q.unit)} ${esc(q.productName)}`).join("<br>")}</td></tr>`)
      .join("");
    parts.push(`<h2>${t.amap} ${esc(amapNames.get(a.amapId) ?? a.amapId)}</h2>${quantityTable(lang, a.products)}<table><thead><tr><th>${t.household}</th><th>${t.product}</th></tr></thead><tbody>${households}</tbody></table>`);
  }
  return page(t.recap, when, parts.join("\n"), lang);
}
