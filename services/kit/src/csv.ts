import { stringify } from "csv-stringify/sync";

/** A cell of a CSV table: text, a number, yes/no, a date, or nothing. */
export type CsvCell = string | number | boolean | Date | null | undefined | Record<string, unknown> | unknown[];

/** A number written as text ("-3,5", "1234,56"): a spreadsheet must read it as a number, not as a formula to neutralise. */
const NUMBER_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/**
 * Every CSV file the server writes, with csv-stringify: `;`-separated, CRLF, UTF-8 with one
 * byte-order mark (what spreadsheets in France open as they are), quoted when a cell holds a
 * separator, a quote, a line break or surrounding spaces. A text cell starting like a formula
 * (`= + - @`, tab, CR) gets a leading quote so a spreadsheet shows it instead of running it (CSV
 * injection); numbers, even written with a decimal comma, stay numbers. Yes/no are "oui"/"non",
 * instants ISO-8601, objects JSON. Headers are the caller's first row (in French).
 */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return stringify(rows as unknown[][], {
    delimiter: ";",
    record_delimiter: "\r\n",
    // Else a lone line break in a cell (a note written on two lines) would split the row.
    quote_record_delimiter: true,
    bom: true,
    escape_formulas: true,
    quoted_match: /^\s|\s$/,
    cast: {
      string: (v) => (NUMBER_TEXT.test(v) ? { value: v, escape_formulas: false } : v),
      boolean: (v) => (v ? "oui" : "non"),
      date: (v) => v.toISOString(),
    },
  });
}
