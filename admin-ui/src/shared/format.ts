/** Money in euro cents and calendar dates, as French readers expect them (the locale follows the UI). */
const money = new Map<string, Intl.NumberFormat>();

export function euros(cents: number | null | undefined, locale = "fr"): string {
  if (cents === null || cents === undefined) return "—";
  let f = money.get(locale);
  if (!f)
    money.set(
      locale,
      (f = new Intl.NumberFormat(locale === "en" ? "en-GB" : "fr-FR", { style: "currency", currency: "EUR" })),
    );
  return f.format(cents / 100);
}

/** `2026-12-03` → "jeu. 3 déc. 2026" (calendar dates: no time zone shift). */
export function day(date: string | null | undefined, locale = "fr", long = false): string {
  if (!date) return "—";
  const [y, m, d] = date.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale === "en" ? "en-GB" : "fr-FR", {
    timeZone: "UTC",
    weekday: long ? "long" : "short",
    day: "numeric",
    month: long ? "long" : "short",
    year: "numeric",
  });
}

/** Today as `YYYY-MM-DD` (the AMAP's calendar is Europe/Paris). */
export function today(now = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Europe/Paris" });
}

/** A CSV or HTML text offered as a file download. */
export function download(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
  // One byte-order mark for spreadsheets: the API's CSV already starts with it (two showed as "ï»¿").
  const bom = type.startsWith("text/csv") && !text.startsWith("\ufeff") ? "\ufeff" : "";
  const url = URL.createObjectURL(new Blob([bom + text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `18:30` → "18 h 30", `20:00` → "20 h" (French typography); "18:30" in English. */
export function clock(time: string | null | undefined, locale = "fr"): string {
  if (!time) return "";
  const [h, m] = time.split(":");
  if (locale === "en") return `${h}:${m}`;
  return m === "00" ? `${Number(h)} h` : `${Number(h)} h ${m}`;
}

/** A pickup's time window: "18 h 30 – 20 h". */
export function timeWindow(start: string | null | undefined, end: string | null | undefined, locale = "fr"): string {
  return [clock(start, locale), clock(end, locale)].filter(Boolean).join(" – ");
}

/** `YYYY-MM-DD` plus `n` days (calendar dates: no time zone shift). */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
