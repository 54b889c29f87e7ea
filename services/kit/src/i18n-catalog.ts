import { IntlMessageFormat } from "intl-messageformat";
import type { Lang, Msg } from "./errors";

/** A value given to a message: text, a number (plural rules read it), or a value written per language (an amount, a date). */
export type MessageValue = string | number | boolean | null | undefined | ((lang: Lang) => string | number);

/** Our catalogs write apostrophes as plain text; ICU reads a lone one before `{` as quoting, so they are doubled. */
const toIcu = (text: string): string => text.replace(/'/g, "''");

/** One message, parsed once: ICU MessageFormat with the language's real plural rules (CLDR: « 0 foyer », « 2 foyers »). */
function compileMessage(text: string, lang: Lang): IntlMessageFormat {
  // Messages hold no markup: `<jeton>` is text, not a tag.
  return new IntlMessageFormat(toIcu(text), lang, undefined, { ignoreTag: true });
}

/**
 * A package's messages (French and English catalogs with the same keys), read through
 * intl-messageformat: `t("absence.tooLate", { hours })` gives the message in both languages, as
 * errors carry it until the caller's language is known.
 */
export function catalog<K extends string>(messages: {
  fr: Record<K, string>;
  en: Record<K, string>;
}): (key: K, values?: Record<string, MessageValue>) => Msg {
  const compiled = new Map<string, IntlMessageFormat>();
  const format = (lang: Lang, key: K, values: Record<string, MessageValue>): string => {
    const id = `${lang}\u0000${key}`;
    let m = compiled.get(id);
    if (!m) compiled.set(id, (m = compileMessage(messages[lang][key] ?? key, lang)));
    const given: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(values))
      given[k] =
        typeof v === "function" ? v(lang) : v === null || v === undefined ? "" : typeof v === "boolean" ? String(v) : v;
    return String(m.format(given));
  };
  return (key, values = {}) => ({ fr: format("fr", key, values), en: format("en", key, values) });
}

type Ast = ReturnType<IntlMessageFormat["getAst"]>;

/** The arguments a message reads, with their kind (`name:argument`, `n:plural`…), nested ones included. */
function argumentsOf(ast: Ast, out = new Set<string>()): Set<string> {
  for (const el of ast as Array<{ type: number; value?: string; options?: Record<string, { value: Ast }> }>) {
    // intl-messageformat's element types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural.
    const kind = (
      { 1: "argument", 2: "number", 3: "date", 4: "time", 5: "select", 6: "plural" } as Record<number, string>
    )[el.type];
    if (kind) out.add(`${el.value}:${kind}`);
    for (const o of Object.values(el.options ?? {})) argumentsOf(o.value, out);
  }
  return out;
}

/**
 * What is wrong with a pair of catalogs: a key missing in one language, a message ICU cannot read,
 * a plural without its `other` case, or placeholders that differ between French and English.
 */
export function catalogProblems(messages: { fr: Record<string, string>; en: Record<string, string> }): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(messages.fr), ...Object.keys(messages.en)]);
  for (const key of keys) {
    const args: Partial<Record<Lang, string>> = {};
    for (const lang of ["fr", "en"] as const) {
      const text = messages[lang][key];
      if (typeof text !== "string" || !text.trim()) {
        problems.push(`${key}: no ${lang} message`);
        continue;
      }
      try {
        const ast = compileMessage(text, lang).getAst();
        // Names only: French may leave a word invariable ("2 AMAP") where English agrees it ("2 AMAPs").
        args[lang] = [...new Set([...argumentsOf(ast)].map((a) => a.split(":")[0]))].sort().join(", ");
        if (/\{[^{}]*,\s*plural\s*,/.test(text) && !/\bother\s*\{/.test(text))
          problems.push(`${key} (${lang}): a plural without "other"`);
        if (/\((s|es|x|ies)\)/.test(text)) problems.push(`${key} (${lang}): a plural written "(s)": ${text}`);
      } catch (err) {
        problems.push(`${key} (${lang}): ${(err as Error).message}`);
      }
    }
    if (args.fr !== undefined && args.en !== undefined && args.fr !== args.en)
      problems.push(`${key}: placeholders differ (fr: ${args.fr}; en: ${args.en})`);
  }
  return problems;
}
