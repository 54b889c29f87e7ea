/**
 * The départements of the map (departements.topo.json, see DONNEES.md): their INSEE code and
 * French name, and the département of a postal code. Pure, unit-tested (test/map.test.ts).
 */

/** INSEE code → name. */
export const DEPARTEMENTS: Record<string, string> = {
  "01": "Ain",
  "02": "Aisne",
  "03": "Allier",
  "04": "Alpes-de-Haute-Provence",
  "05": "Hautes-Alpes",
  "06": "Alpes-Maritimes",
  "07": "Ardèche",
  "08": "Ardennes",
  "09": "Ariège",
  "10": "Aube",
  "11": "Aude",
  "12": "Aveyron",
  "13": "Bouches-du-Rhône",
  "14": "Calvados",
  "15": "Cantal",
  "16": "Charente",
  "17": "Charente-Maritime",
  "18": "Cher",
  "19": "Corrèze",
  "2A": "Corse-du-Sud",
  "2B": "Haute-Corse",
  "21": "Côte-d'Or",
  "22": "Côtes-d'Armor",
  "23": "Creuse",
  "24": "Dordogne",
  "25": "Doubs",
  "26": "Drôme",
  "27": "Eure",
  "28": "Eure-et-Loir",
  "29": "Finistère",
  "30": "Gard",
  "31": "Haute-Garonne",
  "32": "Gers",
  "33": "Gironde",
  "34": "Hérault",
  "35": "Ille-et-Vilaine",
  "36": "Indre",
  "37": "Indre-et-Loire",
  "38": "Isère",
  "39": "Jura",
  "40": "Landes",
  "41": "Loir-et-Cher",
  "42": "Loire",
  "43": "Haute-Loire",
  "44": "Loire-Atlantique",
  "45": "Loiret",
  "46": "Lot",
  "47": "Lot-et-Garonne",
  "48": "Lozère",
  "49": "Maine-et-Loire",
  "50": "Manche",
  "51": "Marne",
  "52": "Haute-Marne",
  "53": "Mayenne",
  "54": "Meurthe-et-Moselle",
  "55": "Meuse",
  "56": "Morbihan",
  "57": "Moselle",
  "58": "Nièvre",
  "59": "Nord",
  "60": "Oise",
  "61": "Orne",
  "62": "Pas-de-Calais",
  "63": "Puy-de-Dôme",
  "64": "Pyrénées-Atlantiques",
  "65": "Hautes-Pyrénées",
  "66": "Pyrénées-Orientales",
  "67": "Bas-Rhin",
  "68": "Haut-Rhin",
  "69": "Rhône",
  "70": "Haute-Saône",
  "71": "Saône-et-Loire",
  "72": "Sarthe",
  "73": "Savoie",
  "74": "Haute-Savoie",
  "75": "Paris",
  "76": "Seine-Maritime",
  "77": "Seine-et-Marne",
  "78": "Yvelines",
  "79": "Deux-Sèvres",
  "80": "Somme",
  "81": "Tarn",
  "82": "Tarn-et-Garonne",
  "83": "Var",
  "84": "Vaucluse",
  "85": "Vendée",
  "86": "Vienne",
  "87": "Haute-Vienne",
  "88": "Vosges",
  "89": "Yonne",
  "90": "Territoire de Belfort",
  "91": "Essonne",
  "92": "Hauts-de-Seine",
  "93": "Seine-Saint-Denis",
  "94": "Val-de-Marne",
  "95": "Val-d'Oise",
  "971": "Guadeloupe",
  "972": "Martinique",
  "973": "Guyane",
  "974": "La Réunion",
  "976": "Mayotte",
};

/** The names the boundary file uses where they differ from the INSEE ones (its spelling, kept as shipped). */
const FILE_NAMES: Record<string, string> = { "Seien-et-Marne": "77", "Haute-Rhin": "68", "Guyane française": "973" };

const key = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
const BY_KEY = new Map(Object.entries(DEPARTEMENTS).map(([code, name]) => [key(name), code]));

/** The INSEE code of a département as the boundary file names it. */
export function codeOfFileName(name: string): string | undefined {
  return FILE_NAMES[name] ?? BY_KEY.get(key(name));
}

/**
 * The département of a French postal code: its first two digits (three overseas), Corsica's
 * 200xx–201xx in Corse-du-Sud and 202xx–206xx in Haute-Corse. Undefined for anything else.
 */
export function departementOfPostalCode(postalCode: string | null | undefined): string | undefined {
  const pc = (postalCode ?? "").replace(/\s/g, "");
  if (!/^\d{5}$/.test(pc)) return undefined;
  if (pc.startsWith("97")) return DEPARTEMENTS[pc.slice(0, 3)] ? pc.slice(0, 3) : undefined;
  if (pc.startsWith("20")) return Number(pc.slice(2, 3)) <= 1 ? "2A" : "2B";
  const code = pc.slice(0, 2);
  return DEPARTEMENTS[code] ? code : undefined;
}
