import { catalog, catalogProblems } from "../../services/kit/src/i18n-catalog";
import { messages as kit } from "../../services/kit/src/i18n";
import { messages as network } from "../../services/network/src/i18n";
import { messages as amap } from "../../services/amap/src/i18n";
import { messages as member } from "../../services/member/src/i18n";
import { messages as gateway } from "../../gateway/src/i18n";

/*
 * Every message exists in French and English, under the same key, with the same placeholders,
 * readable by ICU, and plurals agree with their number (no "(s)"): issue 14, messages in catalogs.
 */
const catalogs: Record<string, { fr: Record<string, string>; en: Record<string, string> }> = {
  kit,
  network,
  amap,
  member,
  gateway,
};

describe.each(Object.keys(catalogs))("the %s catalog", (name) => {
  it('has every key in both languages, ICU-readable, with the same placeholders and no "(s)"', () => {
    expect(catalogProblems(catalogs[name])).toEqual([]);
    expect(Object.keys(catalogs[name].fr).length).toBeGreaterThan(0);
  });
});

it('finds a key missing in English, a placeholder that differs, an unreadable message and a "(s)"', () => {
  expect(
    catalogProblems({
      fr: { a: "{n} foyer(s)", b: "{x}", c: "{oops", d: "ok" },
      en: { a: "{n} households", b: "{y}", c: "fine" },
    }),
  ).toEqual([
    'a (fr): a plural written "(s)": {n} foyer(s)',
    "b: placeholders differ (fr: x; en: y)",
    expect.stringMatching(/^c \(fr\): /),
    "d: no en message",
  ]);
});

it("agrees nouns with numbers by each language's rules, and keeps apostrophes as text", () => {
  const t = catalog({
    fr: { households: "{n, plural, one {# foyer} other {# foyers}} dans l'{amap}" },
    en: { households: "{n, plural, one {# household} other {# households}} in {amap}" },
  });
  expect([0, 1, 2].map((n) => t("households", { n, amap: "AMAP des Lilas" }))).toEqual([
    { fr: "0 foyer dans l'AMAP des Lilas", en: "0 households in AMAP des Lilas" },
    { fr: "1 foyer dans l'AMAP des Lilas", en: "1 household in AMAP des Lilas" },
    { fr: "2 foyers dans l'AMAP des Lilas", en: "2 households in AMAP des Lilas" },
  ]);
  // A value written per language (an amount, a date) is given as a function of the language.
  expect(t("households", { n: 3, amap: (l) => (l === "fr" ? "AMAP du Pré" : "Meadow AMAP") })).toEqual({
    fr: "3 foyers dans l'AMAP du Pré",
    en: "3 households in Meadow AMAP",
  });
});
