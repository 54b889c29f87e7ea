/**
 * Stands in for the `jsonexport` package (18 kB) behind react-admin's default list exporter:
 * records to CSV, nested objects flattened as `a.b`, arrays joined with ", ". Same callback API.
 * The file itself is csv-stringify's, as on the server (kit csv.ts): `;`, CRLF, one byte-order mark,
 * formulas neutralised (a household named "=HYPERLINK(…)" stays text); loaded on the first export
 * only, so the back-offices' first load does not carry it.
 */
type Callback = (err: Error | null, csv: string) => void;

function flatten(value: unknown, prefix: string, out: Record<string, string>): void {
  if (value === null || value === undefined) {
    out[prefix] = "";
  } else if (Array.isArray(value)) {
    out[prefix] = value.map((v) => (v !== null && typeof v === "object" ? JSON.stringify(v) : String(v))).join(", ");
  } else if (typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out[prefix] = value instanceof Date ? value.toISOString() : String(value);
  }
}

/** The rows as records of text, and their columns: the given headers, else every key met. */
function toRows(rows: readonly unknown[], headers?: readonly string[]): string[][] {
  const flat = rows.map((r) => {
    const out: Record<string, string> = {};
    flatten(r, "", out);
    return out;
  });
  const keys = headers ? [...headers] : [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return [keys, ...flat.map((r) => keys.map((k) => r[k] ?? ""))];
}

export async function toCsv(rows: readonly unknown[], headers?: readonly string[]): Promise<string> {
  const { stringify } = await import("csv-stringify/browser/esm/sync");
  return stringify(toRows(rows, headers), {
    delimiter: ";",
    record_delimiter: "\r\n",
    quote_record_delimiter: true,
    bom: true,
    escape_formulas: true,
    // A number written as text ("-3,5") stays a number, not a formula to neutralise.
    cast: { string: (v) => (/^-?\d+(?:[.,]\d+)?$/.test(v) ? { value: v, escape_formulas: false } : v) },
  });
}

export default function jsonExport(
  data: unknown,
  optionsOrCallback: { headers?: string[] } | Callback,
  maybeCallback?: Callback,
): void {
  const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback!;
  const options = typeof optionsOrCallback === "function" ? {} : optionsOrCallback;
  toCsv(Array.isArray(data) ? data : [data], options?.headers).then(
    (csv) => callback(null, csv),
    (err: Error) => callback(err, ""),
  );
}
