#!/usr/bin/env node
// `node scripts/generate-import-sample.js`: writes the sample file of the import documentation,
// docs/import/exemple-150-foyers.csv (and .xlsx): 150 households of an AMAP with their membership
// and their subscription to the vegetable contract, in the plain spreadsheet layout of the README.
// Deterministic: the same names, e-mails and quantities at every run (a seeded generator).
const fs = require("node:fs");
const path = require("node:path");
const { stringify } = require("csv-stringify/sync");
const ExcelJS = require("exceljs");

const COUNT = Number(process.env.SAMPLE_HOUSEHOLDS || 150);
const OUT = path.resolve(__dirname, "..", "docs", "import");
const HEADER = [
  "Foyer",
  "Nom",
  "Prénom",
  "E-mail",
  "Téléphone",
  "Nom 2",
  "Prénom 2",
  "E-mail 2",
  "Téléphone 2",
  "Adresse",
  "Code postal",
  "Ville",
  "Adhésion (€)",
  "Adhésion payée",
  "Contrat",
  "Produit",
  "Quantité",
  "Échéances",
  "Règlement",
];

/** mulberry32: a small seeded generator, so the file is the same at every run. */
function prng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Camille",
  "Dominique",
  "Claude",
  "Alix",
  "Sacha",
  "Nour",
  "Lou",
  "Maël",
  "Inès",
  "Yanis",
  "Léa",
  "Hugo",
  "Aïcha",
  "Jules",
  "Zoé",
  "Malik",
  "Rose",
  "Théo",
  "Salomé",
  "Bastien",
  "Fatou",
  "Loïc",
  "Chloé",
  "Karim",
];
const LAST = [
  "Martin",
  "Bernard",
  "Diallo",
  "Nguyen",
  "Moreau",
  "Haddad",
  "Lefèvre",
  "Garcia",
  "Rousseau",
  "Benali",
  "Fontaine",
  "Chevalier",
  "Traoré",
  "Petit",
  "Dubois",
  "Mercier",
  "Lambert",
  "Bonnet",
  "Girard",
  "André",
  "Faure",
  "Roussel",
  "Blanc",
  "Guérin",
  "Muller",
  "Henry",
  "Perrin",
  "Morel",
  "Mathieu",
  "Clément",
];
const STREETS = [
  "rue des Lilas",
  "avenue Jean-Jaurès",
  "rue de Paris",
  "allée des Tilleuls",
  "rue Étienne-Marcel",
  "boulevard de la Liberté",
  "rue du Stade",
  "impasse des Vignes",
];
const CITIES = [
  ["93260", "Les Lilas"],
  ["93500", "Pantin"],
  ["93170", "Bagnolet"],
  ["93100", "Montreuil"],
  ["93230", "Romainville"],
];

const ascii = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");

function rows() {
  const rnd = prng(2026);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const out = [];
  for (let i = 1; i <= COUNT; i++) {
    const last = LAST[(i * 7) % LAST.length];
    const first = pick(FIRST);
    const phone = `06 ${String(10 + (i % 90)).padStart(2, "0")} ${String(Math.floor(rnd() * 100)).padStart(2, "0")} ${String(Math.floor(rnd() * 100)).padStart(2, "0")} ${String(i % 100).padStart(2, "0")}`;
    const couple = rnd() < 0.35;
    const first2 = couple ? pick(FIRST.filter((f) => f !== first)) : "";
    const [postalCode, city] = pick(CITIES);
    const half = rnd() < 0.33;
    out.push([
      `Foyer ${last} ${first} (${i})`,
      last,
      first,
      `${ascii(first)}.${ascii(last)}.${i}@example.org`,
      phone,
      couple ? last : "",
      first2,
      couple && rnd() < 0.6 ? `${ascii(first2)}.${ascii(last)}.${i}@example.org` : "",
      "",
      `${1 + Math.floor(rnd() * 120)} ${pick(STREETS)}`,
      postalCode,
      city,
      rnd() < 0.5 ? "15,00" : "20,00",
      rnd() < 0.85 ? "oui" : "non",
      "Légumes",
      half ? "Demi-panier de légumes" : "Panier de légumes",
      "1",
      rnd() < 0.6 ? "3" : "1",
      rnd() < 0.8 ? "chèque" : "virement",
    ]);
  }
  return out;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const data = rows();
  // `;` and a BOM: what French spreadsheets open without asking.
  fs.writeFileSync(
    path.join(OUT, `exemple-${COUNT}-foyers.csv`),
    "\ufeff" + stringify([HEADER, ...data], { delimiter: ";", record_delimiter: "\r\n" }),
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = "Champ Commun";
  wb.created = wb.modified = new Date(Date.UTC(2026, 0, 1));
  const sheet = wb.addWorksheet("Foyers");
  sheet.addRow(HEADER);
  for (const r of data) sheet.addRow(r.map((v, i) => (["Quantité", "Échéances"].includes(HEADER[i]) ? Number(v) : v)));
  sheet.getRow(1).font = { bold: true };
  await wb.xlsx.writeFile(path.join(OUT, `exemple-${COUNT}-foyers.xlsx`));
  console.log(`docs/import/exemple-${COUNT}-foyers.csv and .xlsx: ${data.length} households`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
