/**
 * Stands in for the `jsonexport` package (18 kB) behind react-admin's default list exporter:
 * records to CSV, nested objects flattened as `a.b`, arrays joined with ", ". Same callback API.
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

const cell = (s: string) => (/[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(rows: readonly unknown[], headers?: readonly string[]): string {
  const flat = rows.map((r) => {
    const out: Record<string, string> = {};
    flatten(r, "", out);
    return out;
  });
  const keys = headers ? [...headers] : [...new Set(flat.flatMap((r) => Object.keys(r)))];
  return [keys.map(cell).join(","), ...flat.map((r) => keys.map((k) => cell(r[k] ?? "")).join(","))].join("\n");
}

export default function jsonExport(data: unknown, optionsOrCallback: { headers?: string[] } | Callback, maybeCallback?: Callback): void {
  const callback = typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback!;
  const options = typeof optionsOrCallback === "function" ? {} : optionsOrCallback;
  try {
    callback(null, toCsv(Array.isArray(data) ? data : [data], options?.headers));
  } catch (err) {
    callback(err as Error, "");
  }
}
