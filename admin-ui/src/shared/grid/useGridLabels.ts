import { useLocaleState, useTranslate } from "react-admin";
import { day, euros } from "../format";
import type { GridLabels } from "./GridEditor";

/** The grid editor's words and formats in the UI's language. */
export function useGridLabels(): GridLabels {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return {
    date: translate("champ.grid.date"),
    fill: translate("champ.grid.fill"),
    apply: translate("champ.grid.apply"),
    notOffered: translate("champ.grid.notOffered"),
    cancelled: translate("champ.grid.cancelled"),
    formatDate: (d) => day(d, locale),
    formatPrice: (c) => euros(c, locale),
    problem: (p) =>
      p.negative
        ? translate("champ.grid.negative")
        : p.invalid
          ? translate("champ.grid.invalid")
          : p.max !== undefined
            ? translate("champ.grid.maxLong", { max: p.max })
            : translate("champ.grid.minLong", { min: p.min }),
  };
}
