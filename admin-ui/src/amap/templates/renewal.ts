/** Renewal of a template for the next season, as the dialog proposes it. Pure functions (jest runs them). */

/** The season after this one: 2026 → 2027, 2026-2027 → 2027-2028; empty when it cannot tell. */
export function nextSeason(season: string): string {
  const years = season.match(/\d{4}/g);
  if (!years) return "";
  return season.replace(/\d{4}/g, (y) => String(Number(y) + 1));
}

/** The old name with its season replaced (Légumes 2026 → Légumes 2027), as the API names it by default. */
export function renamedForSeason(name: string, oldSeason: string, newSeason: string): string {
  return oldSeason && newSeason && name.includes(oldSeason) ? name.split(oldSeason).join(newSeason) : name;
}

/**
 * The dialog's values as RenewContractTemplateInput: only its fields (never the template record),
 * the dates either shifted (364 days keeps the weekday) or chosen, numbers as numbers.
 */
export function renewInput(values: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = { season: String(values.season ?? "").trim() };
  const name = String(values.name ?? "").trim();
  if (name) input.name = name;
  if (values.datesMode === "choose") input.distributionIds = values.distributionIds ?? [];
  else input.shiftDays = Number(values.shiftDays ?? 364);
  const pct = values.priceIncreasePercent;
  if (pct !== undefined && pct !== null && String(pct).trim() !== "") {
    const n = Number(String(pct).replace(",", "."));
    input.priceIncreasePercent = Number.isFinite(n) ? n : pct;
  }
  if (values.membershipPeriodId) input.membershipPeriodId = values.membershipPeriodId;
  return input;
}
