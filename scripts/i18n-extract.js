#!/usr/bin/env node
/*
 * One-off move of inline `{ fr, en }` message pairs into a package's catalog (issue 14), kept for
 * the record and for stragglers: `node scripts/i18n-extract.js <package-dir> <file.ts>...`.
 * It rewrites, in each file, only the message expressions: `{ fr: "…", en: "…" }` and the last two
 * literal arguments of `check.fail(field, "…", "…")`-style calls become `t("key", { values })`,
 * and appends the messages to `<package>/src/i18n/{fr,en}.ts` (ICU MessageFormat; an expression
 * interpolated in both languages becomes a placeholder; one written per language, such as
 * `formatEuros(x, "fr")`, becomes a value `(l) => formatEuros(x, l)`). What it cannot read
 * (an interpolation that holds words) is listed and left as it is.
 */
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const [pkgDir, ...files] = process.argv.slice(2);
const i18nDir = path.join(pkgDir, "src", "i18n");
const catalogs = { fr: path.join(i18nDir, "fr.ts"), en: path.join(i18nDir, "en.ts") };
// Helpers taking a message as two last arguments (fr, en): their definitions then take one `Msg`.
const FAIL_CALLEES = new Set(["fail", ...(process.env.I18N_CALLEES ?? "").split(",").filter(Boolean)]);

function readCatalog(file) {
  if (!fs.existsSync(file)) return new Map();
  const text = fs.readFileSync(file, "utf8");
  const out = new Map();
  for (const m of text.matchAll(/^  ("(?:[^"\\]|\\.)*"): ("(?:[^"\\]|\\.)*"),$/gm))
    out.set(JSON.parse(m[1]), JSON.parse(m[2]));
  return out;
}
const fr = readCatalog(catalogs.fr);
const en = readCatalog(catalogs.en);
const byPair = new Map([...fr.keys()].map((k) => [`${fr.get(k)}\u0000${en.get(k)}`, k]));
const skipped = [];

const isText = (n) =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n));
const camel = (words) => words.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join("");

function prefixOf(file) {
  const base = path
    .basename(file, ".ts")
    .replace(/\.(service|resolver|rules|policy|inputs|entity|client|helpers|notices|loaders|types?)$/, "");
  return camel(
    base
      .split(/[-._]/)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );
}

function slug(text) {
  const words = text
    .replace(/\{[^}]*\}/g, " ")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(
      (w) =>
        w &&
        !["the", "a", "an", "of", "to", "is", "be", "this", "it", "its", "and", "or", "in", "on", "for"].includes(w),
    );
  return camel(words.slice(0, 4)) || "message";
}

/** A literal part of a message: braces would be ICU syntax (and quoting them clashes with plain apostrophes): none expected. */
const literal = (s) => {
  if (/[{}]/.test(s)) throw new Error(`a brace in a message's text: ${s}`);
  return s;
};

function nameOf(expr, sf) {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  if (ts.isCallExpression(e)) {
    const arg = e.arguments.find((a) => !ts.isStringLiteral(a));
    return arg ? nameOf(arg, sf) : nameOf(e.expression, sf);
  }
  if (ts.isPropertyAccessExpression(e)) {
    const n = e.name.text;
    if (n === "length") return `${nameOf(e.expression, sf)}Count`;
    if (["fr", "en"].includes(n)) return nameOf(e.expression, sf);
    return n;
  }
  if (ts.isElementAccessExpression(e)) return nameOf(e.expression, sf);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isBinaryExpression(e)) return nameOf(e.left, sf);
  return "value";
}

/** Lang-free form of an expression written per language: `"fr"`/`"en"` and `.fr`/`.en` become the language. */
const neutral = (text, lang) =>
  text.replace(new RegExp(`(["'])${lang}\\1`, "g"), "__LANG__").replace(new RegExp(`\\.${lang}\\b`, "g"), "[__LANG__]");

function processFile(file) {
  const src = fs.readFileSync(file, "utf8");
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const prefix = prefixOf(file);
  const edits = [];

  /** A message's parts: ICU text and the expressions met, per language. */
  function parts(node) {
    if (!ts.isTemplateExpression(node)) return { chunks: [node.text], exprs: [] };
    const chunks = [node.head.text];
    const exprs = [];
    for (const span of node.templateSpans) {
      exprs.push(span.expression);
      chunks.push(span.literal.text);
    }
    return { chunks, exprs };
  }

  function convert(frNode, enNode, at) {
    const f = parts(frNode);
    const e = parts(enNode);
    for (const x of [...f.exprs, ...e.exprs]) {
      const t = x.getText(sf);
      if (/[`"'][^`"']*[A-Za-zÀ-ÿ]{2,}[^`"']*[`"']/.test(t.replace(/(["'])(fr|en)\1/g, ""))) {
        skipped.push(`${file}:${sf.getLineAndCharacterOfPosition(at).line + 1}: ${t}`);
        return null;
      }
    }
    const placeholders = new Map(); // key (neutral text) -> { name, value }
    const used = new Set();
    const place = (x, lang) => {
      const text = x.getText(sf);
      const other = lang === "fr" ? "en" : "fr";
      const n = neutral(text, lang);
      const perLang = n !== text;
      const key = perLang ? `L:${n}` : `E:${text}`;
      if (!placeholders.has(key)) {
        let name = nameOf(x, sf).replace(/^_+/, "") || "value";
        if (used.has(name)) {
          let i = 2;
          while (used.has(`${name}${i}`)) i++;
          name = `${name}${i}`;
        }
        used.add(name);
        const value = perLang ? `(l) => ${n.replace(/__LANG__/g, "l")}` : text;
        placeholders.set(key, { name, value, other });
      }
      return placeholders.get(key).name;
    };
    const icu = (p, lang) =>
      p.chunks.map((c, i) => literal(c) + (i < p.exprs.length ? `{${place(p.exprs[i], lang)}}` : "")).join("");
    const frText = icu(f, "fr");
    const enText = icu(e, "en");
    const pair = `${frText}\u0000${enText}`;
    let key = byPair.get(pair);
    if (!key) {
      const base = `${prefix}.${slug(enText)}`;
      key = base;
      for (let i = 2; fr.has(key); i++) key = `${base}${i}`;
      fr.set(key, frText);
      en.set(key, enText);
      byPair.set(pair, key);
    }
    const values = [...placeholders.values()].map((p) => (p.value === p.name ? p.name : `${p.name}: ${p.value}`));
    return `t(${JSON.stringify(key)}${values.length ? `, { ${values.join(", ")} }` : ""})`;
  }

  function visit(node) {
    if (ts.isObjectLiteralExpression(node) && node.properties.length === 2) {
      const [a, b] = node.properties;
      if (
        ts.isPropertyAssignment(a) &&
        ts.isPropertyAssignment(b) &&
        a.name.getText(sf) === "fr" &&
        b.name.getText(sf) === "en" &&
        isText(a.initializer) &&
        isText(b.initializer)
      ) {
        const out = convert(a.initializer, b.initializer, node.getStart(sf));
        if (out) return void edits.push([node.getStart(sf), node.getEnd(), out]);
      }
    }
    if (ts.isCallExpression(node) && node.arguments.length >= 2) {
      const callee = ts.isPropertyAccessExpression(node.expression)
        ? node.expression.name.text
        : ts.isIdentifier(node.expression)
          ? node.expression.text
          : "";
      const args = node.arguments;
      const [x, y] = [args[args.length - 2], args[args.length - 1]];
      if (FAIL_CALLEES.has(callee) && isText(x) && isText(y)) {
        const out = convert(x, y, node.getStart(sf));
        if (out) return void edits.push([x.getStart(sf), y.getEnd(), out]);
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(sf);
  if (!edits.length) return 0;
  let text = src;
  for (const [s, e, r] of edits.sort((p, q) => q[0] - p[0])) text = text.slice(0, s) + r + text.slice(e);
  // `import { t } from "<relative>/i18n";` after the last import.
  let rel = path.relative(path.dirname(file), i18nDir).split(path.sep).join("/");
  if (!rel.startsWith(".")) rel = `./${rel}`;
  if (!new RegExp(`import \\{ t \\} from "${rel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}";`).test(text)) {
    const imports = [...text.matchAll(/^import [^;]*;$/gms)];
    const header = /^\/\*[\s\S]*?\*\/\n/.exec(text);
    const at = imports.length
      ? imports[imports.length - 1].index + imports[imports.length - 1][0].length
      : header
        ? header[0].length
        : 0;
    text = imports.length
      ? text.slice(0, at) + `\nimport { t } from "${rel}";` + text.slice(at)
      : text.slice(0, at) + `${at ? "\n" : ""}import { t } from "${rel}";\n` + text.slice(at);
  }
  fs.writeFileSync(file, text);
  return edits.length;
}

let total = 0;
for (const f of files) {
  const n = processFile(f);
  if (n) console.log(`${f}: ${n}`);
  total += n;
}

function writeCatalog(lang, map) {
  const head =
    lang === "fr"
      ? `/**\n * The French messages of this package (ICU MessageFormat, read by the kit's \`catalog\`): \`{name}\`\n * is a value, \`{n, plural, one {# foyer} other {# foyers}}\` agrees with a number. Apostrophes are\n * plain text. Every key has its English twin in en.ts (a test compares them).\n */\nexport const fr = {\n`
      : `import type { MessageKey } from "./fr";\n\n/** The English messages of this package: the same keys and placeholders as fr.ts. */\nexport const en: Record<MessageKey, string> = {\n`;
  const body = [...map.entries()].map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join("\n");
  const tail = lang === "fr" ? `\n};\n\nexport type MessageKey = keyof typeof fr;\n` : `\n};\n`;
  fs.mkdirSync(i18nDir, { recursive: true });
  fs.writeFileSync(catalogs[lang], head + body + tail);
}
writeCatalog("fr", fr);
writeCatalog("en", en);
const index = path.join(i18nDir, "index.ts");
if (!fs.existsSync(index)) {
  const kit = pkgDir.replace(/\/$/, "").endsWith("kit") ? "../i18n-catalog" : "@champ-commun/kit";
  fs.writeFileSync(
    index,
    `import { catalog } from "${kit}";\nimport { fr } from "./fr";\nimport { en } from "./en";\n\n/** This package's messages in French and English: \`t("key", { values })\` gives both. */\nexport const t = catalog({ fr, en });\nexport const messages = { fr, en };\n`,
  );
}
console.log(`${total} messages moved; ${fr.size} keys in the catalog`);
if (skipped.length) console.log(`left as they are (words in an interpolation):\n${skipped.join("\n")}`);
