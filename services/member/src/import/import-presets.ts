import { fieldOfHeader, ImportField, normalizeHeader } from "./import-fields";
import { dateOfHeader } from "./import-values";

/** One column of a mapping: the file's header, what it holds, and for a quantity on one date, that date. */
export interface ColumnMapping {
  column: string;
  field: ImportField;
  /** For `subscription_quantity_on`: the delivery date (YYYY-MM-DD). */
  date?: string | null;
}

export interface BuiltInPreset {
  id: string;
  name: string;
  /** What the preset assumes about the other tool's export, and what is uncertain. */
  description: string;
  columns: ColumnMapping[];
}

const col = (column: string, field: ImportField): ColumnMapping => ({ column, field });

/*
 * Presets for the files AMAPs bring. The plain layout is ours (README, docs/import/). The other
 * tools' exports are described from their public documentation and from exports AMAPs share; their
 * exact headers change between versions, which is why every preset falls back on the header
 * synonyms of import-fields.ts and the treasurer checks the mapping before the dry run.
 */
export const BUILT_IN_PRESETS: BuiltInPreset[] = [
  {
    id: "builtin:champ-commun",
    name: "Tableur Champ Commun",
    description:
      "Le modèle documenté (docs/import/) : une ligne par foyer, deux personnes au plus, l'adhésion et une ligne de contrat ; plusieurs lignes avec le même foyer pour plusieurs produits ou contrats.",
    columns: [
      col("Foyer", ImportField.household_name),
      col("Nom", ImportField.person_last_name),
      col("Prénom", ImportField.person_first_name),
      col("E-mail", ImportField.person_email),
      col("Téléphone", ImportField.person_phone),
      col("Nom 2", ImportField.person2_last_name),
      col("Prénom 2", ImportField.person2_first_name),
      col("E-mail 2", ImportField.person2_email),
      col("Téléphone 2", ImportField.person2_phone),
      col("Adresse", ImportField.household_address),
      col("Code postal", ImportField.household_postal_code),
      col("Ville", ImportField.household_city),
      col("Adhésion (€)", ImportField.membership_amount),
      col("Adhésion payée", ImportField.membership_paid),
      col("Contrat", ImportField.subscription_contract),
      col("Produit", ImportField.subscription_product),
      col("Quantité", ImportField.subscription_quantity),
      col("Échéances", ImportField.subscription_installments),
      col("Règlement", ImportField.subscription_means),
    ],
  },
  {
    id: "builtin:amapj-members",
    name: "AMAPJ – liste des amapiens",
    description:
      "Export « Liste des utilisateurs » d'AMAPJ : Nom, Prénom, E mail, Tel 1, Tel 2, Libellé adresse, Code postal, Ville (une personne par ligne). Incertain : les intitulés varient selon la version ; les co-adhérents y sont des lignes séparées, regroupez-les avec une colonne « Foyer » si vous l'avez.",
    columns: [
      col("Nom", ImportField.person_last_name),
      col("Prénom", ImportField.person_first_name),
      col("E mail", ImportField.person_email),
      col("Tel 1", ImportField.person_phone),
      col("Tel 2", ImportField.ignore),
      col("Libellé adresse", ImportField.household_address),
      col("Code postal", ImportField.household_postal_code),
      col("Ville", ImportField.household_city),
    ],
  },
  {
    id: "builtin:amapj-contract",
    name: "AMAPJ – contrat (quantités par date)",
    description:
      "Feuille d'un contrat AMAPJ : Nom, Prénom, puis une colonne par date de livraison (JJ/MM/AAAA) avec la quantité. Choisissez le contrat et, s'il a plusieurs produits, une colonne « Produit ». Incertain : AMAPJ ajoute parfois des lignes de totaux et des en-têtes sur deux lignes ; supprimez-les avant l'import.",
    columns: [
      col("Nom", ImportField.person_last_name),
      col("Prénom", ImportField.person_first_name),
      col("E mail", ImportField.person_email),
    ],
  },
  {
    id: "builtin:cagette-members",
    name: "Cagette / CAMAP – membres",
    description:
      "Export des membres de Cagette.net ou CAMAP : firstName, lastName, email, phone, firstName2, lastName2, email2, phone2, address1, address2, zipCode, city (ou leurs intitulés français : Prénom, Nom, Email, Téléphone portable, Prénom du conjoint…). Incertain : les intitulés français changent d'une version à l'autre.",
    columns: [
      col("firstName", ImportField.person_first_name),
      col("lastName", ImportField.person_last_name),
      col("email", ImportField.person_email),
      col("phone", ImportField.person_phone),
      col("firstName2", ImportField.person2_first_name),
      col("lastName2", ImportField.person2_last_name),
      col("email2", ImportField.person2_email),
      col("phone2", ImportField.person2_phone),
      col("address1", ImportField.household_address),
      col("address2", ImportField.ignore),
      col("zipCode", ImportField.household_postal_code),
      col("city", ImportField.household_city),
    ],
  },
  {
    id: "builtin:cagette-contract",
    name: "Cagette / CAMAP – souscriptions d'un contrat AMAP",
    description:
      "Export des souscriptions d'un contrat AMAP de Cagette ou CAMAP : une ligne par membre et par produit, avec Nom, Prénom, Email, Produit, Quantité. Choisissez le contrat Champ Commun correspondant. Incertain : certains exports réunissent nom et prénom dans une seule colonne « Membre » ; séparez-les avant l'import.",
    columns: [
      col("Nom", ImportField.person_last_name),
      col("Prénom", ImportField.person_first_name),
      col("Email", ImportField.person_email),
      col("Produit", ImportField.subscription_product),
      col("Quantité", ImportField.subscription_quantity),
    ],
  },
];

/** Fields one column at most may hold (a quantity per date may come from many columns). */
const MANY = new Set<ImportField>([ImportField.ignore, ImportField.subscription_quantity_on]);

/**
 * A mapping for the file's columns: the preset's (by header, ignoring case and accents), else a
 * date header as a quantity on that date, else the synonyms; a field is given to one column only.
 */
export function suggestMapping(columns: string[], preset?: { columns: ColumnMapping[] } | null): ColumnMapping[] {
  const byHeader = new Map((preset?.columns ?? []).map((c) => [normalizeHeader(c.column), c]));
  const taken = new Set<ImportField>();
  return columns.map((column) => {
    const known = byHeader.get(normalizeHeader(column));
    const date = dateOfHeader(column);
    let mapping: ColumnMapping = known
      ? { column, field: known.field, date: known.date ?? null }
      : date
        ? { column, field: ImportField.subscription_quantity_on, date }
        : { column, field: fieldOfHeader(column) ?? ImportField.ignore };
    if (!MANY.has(mapping.field) && taken.has(mapping.field)) mapping = { column, field: ImportField.ignore };
    taken.add(mapping.field);
    return mapping;
  });
}
