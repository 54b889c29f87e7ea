import { csvFile, formatEuros } from "@champ-commun/kit";
import { ProductionType } from "../entities/product.entity";
import type { SeasonFigures } from "./statistics.service";

/**
 * The statistics as CSV for spreadsheets, in long form (one figure per row: season, indicator,
 * detail, value), so several seasons share one header and a pivot table shows the evolution.
 * `;`-separated, CRLF, UTF-8 with a byte-order mark, French header and labels, euros with a
 * decimal comma, like the directory export.
 */

export const STATISTICS_CSV_HEADER = ["Saison", "Indicateur", "Détail", "Valeur"];

export const PRODUCTION_TYPE_FR: Record<ProductionType, string> = {
  vegetables: "légumes",
  fruit: "fruits",
  eggs: "œufs",
  poultry: "volailles",
  meat: "viande",
  dairy: "produits laitiers",
  bread: "pain",
  honey: "miel",
  fish: "poisson",
  other: "autres",
};

/** Cents as euros with a decimal comma: 123456 → "1234,56" (the kit's one formatter). */
const euros = (cents: number) => formatEuros(cents, "fr", "plain");

function rows(s: SeasonFigures): string[][] {
  const out: string[][] = [
    [s.season, "AMAP", "", String(s.amapCount)],
    [s.season, "Fermes", "", String(s.farmCount)],
    [s.season, "Foyers", "", String(s.householdCount)],
    [s.season, "Souscriptions", "", String(s.subscriptionCount)],
    [s.season, "Montant préfinancé (€)", "", euros(s.prefinancedCents)],
  ];
  for (const f of s.byFarm) {
    out.push([s.season, "Souscriptions par ferme", f.farm.name, String(f.subscriptionCount)]);
    out.push([s.season, "Montant préfinancé par ferme (€)", f.farm.name, euros(f.prefinancedCents)]);
  }
  for (const t of s.byProductionType) {
    out.push([
      s.season,
      "Montant préfinancé par type de production (€)",
      PRODUCTION_TYPE_FR[t.productionType],
      euros(t.prefinancedCents),
    ]);
  }
  return out;
}

export function statisticsCsv(seasons: SeasonFigures[]): string {
  return csvFile([STATISTICS_CSV_HEADER, ...seasons.flatMap(rows)]);
}
