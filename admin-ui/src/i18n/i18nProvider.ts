import polyglotI18nProvider from "ra-i18n-polyglot";
import fr from "./fr";

export const LOCALES = [
  { locale: "fr", name: "Français" },
  { locale: "en", name: "English" },
];

/**
 * French by default (bundled); English fetched in its own chunk on first switch.
 * `allowMissing`: the API's messages (already in the user's language) pass through translate().
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === "en" ? import("./en").then((m) => m.default) : fr),
  "fr",
  LOCALES,
  { allowMissing: true },
);
