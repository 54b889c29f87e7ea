import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { badInput } from "@champ-commun/kit";
import { t } from "../i18n";

/** Files over this size are refused before reading (8 MiB: about 50,000 rows of a members' list). */
export const IMPORT_MAX_BYTES = Number(process.env.IMPORT_MAX_BYTES ?? 8 * 1024 * 1024);
/** Rows over this count are refused: larger files are split by the treasurer. */
export const IMPORT_MAX_ROWS = 20_000;

export type FileFormat = "csv" | "xlsx";

/** A file read as a table: its headers, and each data row with its line number in the file (as a spreadsheet shows it). */
export interface ImportTable {
  format: FileFormat;
  columns: string[];
  rows: Array<{ line: number; cells: string[] }>;
  /** The sheets of a workbook (the first one is read unless one is named). */
  sheets: string[];
}

const tooBig = () =>
  badInput(
    "contentBase64",
    t("importFile.fileLargerThanMb", { IMPORT_MAX_BYTES: Math.round(IMPORT_MAX_BYTES / 1048576) }),
  );

/** The bytes of a file sent as base64 in the API. */
export function decodeBase64(content: string): Buffer {
  if (content.length > Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4) throw tooBig();
  const bytes = Buffer.from(content, "base64");
  if (!bytes.length) throw badInput("contentBase64", t("importFile.fileEmpty"));
  if (bytes.length > IMPORT_MAX_BYTES) throw tooBig();
  return bytes;
}

/** XLSX files are ZIP archives ("PK"); everything else is read as CSV. */
export function formatOf(fileName: string, bytes: Buffer): FileFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  if (/\.xls$/i.test(fileName)) {
    throw badInput("fileName", t("importFile.oldExcelFilesXls"));
  }
  return "csv";
}

/** CSV text: UTF-8 (with or without BOM), else Windows-1252, as French spreadsheets save it. */
function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best), [";", -1] as const)[0];
}

function readCsv(bytes: Buffer): ImportTable {
  const text = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw badInput("contentBase64", t("importFile.csvUnreadable", { line: line ?? 0 }));
  }
  const [header = [], ...data] = records;
  return { format: "csv", columns: header, rows: data.map((cells, i) => ({ line: i + 2, cells })), sheets: [] };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the treasurer sees it: dates as YYYY-MM-DD, formulas by their result, rich text as text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === "object") {
    const v = value as {
      richText?: Array<{ text: string }>;
      text?: unknown;
      result?: ExcelJS.CellValue;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text as ExcelJS.CellValue);
    if (v.error) return "";
  }
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  // Every object form of a cell was read above: what is left is text, a boolean or a date.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(value).trim();
}

async function readXlsx(bytes: Buffer, sheetName?: string | null): Promise<ImportTable> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw badInput("contentBase64", t("importFile.excelWorkbookCannotRead"));
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const sheet = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!sheet) throw badInput("sheetName", t("importFile.workbookHasNoSheet", { sheetName: sheetName ?? "" }));
  const width = sheet.columnCount;
  const read = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  let columns: string[] | null = null;
  const rows: ImportTable["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (!columns) columns = read(row);
    else rows.push({ line: row.number, cells: read(row) });
  });
  return { format: "xlsx", columns: columns ?? [], rows, sheets };
}

/**
 * Reads an uploaded file with csv-parse or exceljs: headers made unique and trimmed, empty rows
 * dropped, trailing empty columns cut.
 */
export async function readImportFile(fileName: string, bytes: Buffer, sheetName?: string | null): Promise<ImportTable> {
  const format = formatOf(fileName, bytes);
  const table = format === "xlsx" ? await readXlsx(bytes, sheetName) : readCsv(bytes);
  let width = table.columns.length;
  while (width > 0 && !table.columns[width - 1]?.trim() && table.rows.every((r) => !r.cells[width - 1]?.trim()))
    width--;
  const seen = new Map<string, number>();
  const columns = table.columns.slice(0, width).map((c, i) => {
    const name = c.trim() || `Colonne ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n > 1 ? `${name} (${n})` : name;
  });
  if (!columns.length) throw badInput("contentBase64", t("importFile.firstLineFileMust"));
  const rows = table.rows
    .map((r) => ({ line: r.line, cells: columns.map((_, i) => (r.cells[i] ?? "").trim()) }))
    .filter((r) => r.cells.some((c) => c));
  if (!rows.length) throw badInput("contentBase64", t("importFile.fileHasNoRow"));
  if (rows.length > IMPORT_MAX_ROWS)
    throw badInput("contentBase64", t("importFile.fileHasMoreThan", { IMPORT_MAX_ROWS }));
  return { ...table, columns, rows };
}
