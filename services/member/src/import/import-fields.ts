import { registerEnumType } from "type-graphql";

/**
 * What a column of an imported file may hold: one field of a household, of one of its (up to two)
 * people, of its membership, or of one subscription line. Several rows with the same household
 * key form one household (more people, more products, more contracts).
 */
export enum ImportField {
  ignore = "ignore",
  household_key = "household_key",
  household_name = "household_name",
  household_address = "household_address",
  household_postal_code = "household_postal_code",
  household_city = "household_city",
  household_notes = "household_notes",
  household_status = "household_status",
  person_last_name = "person_last_name",
  person_first_name = "person_first_name",
  person_email = "person_email",
  person_phone = "person_phone",
  person2_last_name = "person2_last_name",
  person2_first_name = "person2_first_name",
  person2_email = "person2_email",
  person2_phone = "person2_phone",
  membership_period = "membership_period",
  membership_amount = "membership_amount",
  membership_paid = "membership_paid",
  membership_paid_on = "membership_paid_on",
  membership_means = "membership_means",
  subscription_contract = "subscription_contract",
  subscription_product = "subscription_product",
  subscription_quantity = "subscription_quantity",
  subscription_quantity_on = "subscription_quantity_on",
  subscription_installments = "subscription_installments",
  subscription_means = "subscription_means",
  subscription_starts_on = "subscription_starts_on",
}
registerEnumType(ImportField, {
  name: "ImportField",
  description:
    "What a column of an imported file holds: a household's key, name, address, notes or status; the last name, first name, e-mail or phone of its first or second person; its membership (period, amount in euros, paid or not, date, means); a subscription line (contract, product, quantity per delivery, quantity on one date, number of installments, means, first delivery); or nothing (ignore).",
  valuesConfig: {
    ignore: { description: "Nothing: the column is skipped." },
    household_key: { description: "The household's key: rows with the same key form one household." },
    household_name: { description: "The household's name." },
    household_address: { description: "The household's street address." },
    household_postal_code: { description: "The household's postal code." },
    household_city: { description: "The household's city." },
    household_notes: { description: "Notes on the household." },
    household_status: { description: "The household's status (active, waiting list, intermittent, former)." },
    person_last_name: { description: "Last name of the first person." },
    person_first_name: { description: "First name of the first person." },
    person_email: { description: "E-mail of the first person." },
    person_phone: { description: "Phone of the first person." },
    person2_last_name: { description: "Last name of the second person." },
    person2_first_name: { description: "First name of the second person." },
    person2_email: { description: "E-mail of the second person." },
    person2_phone: { description: "Phone of the second person." },
    membership_period: { description: "The membership period (season) of the household's membership." },
    membership_amount: { description: "The membership fee, in euros as written in the file (stored in cents)." },
    membership_paid: { description: "Whether the membership is paid (oui, x, 1, payé… for yes; empty or non for no)." },
    membership_paid_on: { description: "The date the membership was paid (02/04/2026 or 2026-04-02)." },
    membership_means: { description: "How the membership was paid." },
    subscription_contract: { description: "The contract (template name) of a subscription line." },
    subscription_product: { description: "The product of a subscription line." },
    subscription_quantity: { description: "The quantity per delivery of a subscription line." },
    subscription_quantity_on: { description: "The quantity on one delivery date (the mapping gives the date)." },
    subscription_installments: { description: "The number of installments of the subscription." },
    subscription_means: { description: "How the subscription is paid." },
    subscription_starts_on: { description: "The first delivery of the subscription." },
  },
});

/** Words that name each field in the headers of the files AMAPs keep (compared without case, accents or punctuation). */
export const FIELD_SYNONYMS: Record<
  Exclude<ImportField, ImportField.ignore | ImportField.subscription_quantity_on>,
  string[]
> = {
  household_key: [
    "reference foyer",
    "ref foyer",
    "numero adherent",
    "n adherent",
    "no adherent",
    "num adherent",
    "id foyer",
    "identifiant foyer",
    "code foyer",
  ],
  household_name: ["foyer", "nom du foyer", "nom foyer", "famille"],
  household_address: ["adresse", "adresse 1", "address1", "libelle adresse", "rue"],
  household_postal_code: ["code postal", "cp", "zipcode", "zip code", "zip"],
  household_city: ["ville", "commune", "city"],
  household_notes: ["notes", "commentaire", "commentaires", "remarques"],
  household_status: ["statut", "statut du foyer", "etat"],
  person_last_name: ["nom", "lastname", "last name", "nom de famille", "nom 1", "nom adherent"],
  person_first_name: ["prenom", "firstname", "first name", "prenom 1", "prenom adherent"],
  person_email: ["e mail", "email", "courriel", "mail", "adresse e mail", "adresse email", "e mail 1", "email 1"],
  person_phone: ["telephone", "tel", "tel 1", "telephone 1", "phone", "portable", "telephone portable", "mobile"],
  person2_last_name: ["nom 2", "lastname2", "nom du conjoint", "nom conjoint", "nom co adherent", "nom coadherent"],
  person2_first_name: [
    "prenom 2",
    "firstname2",
    "prenom du conjoint",
    "prenom conjoint",
    "prenom co adherent",
    "prenom coadherent",
  ],
  person2_email: ["e mail 2", "email 2", "email2", "e mail du conjoint", "email conjoint", "courriel 2", "mail 2"],
  person2_phone: [
    "telephone 2",
    "tel 2",
    "phone2",
    "telephone du conjoint",
    "telephone portable du conjoint",
    "portable 2",
  ],
  membership_period: ["periode d adhesion", "periode", "campagne", "annee d adhesion"],
  membership_amount: ["adhesion", "montant adhesion", "montant de l adhesion", "cotisation", "montant cotisation"],
  membership_paid: ["adhesion payee", "cotisation payee", "paye", "payee", "a jour"],
  membership_paid_on: ["date de paiement", "date adhesion", "date d adhesion", "paye le"],
  membership_means: ["reglement adhesion", "reglement de l adhesion", "moyen de paiement adhesion"],
  subscription_contract: ["contrat", "nom du contrat", "contract", "catalogue"],
  subscription_product: ["produit", "product", "nom du produit", "product name", "article"],
  subscription_quantity: ["quantite", "qte", "quantity", "qty", "nombre", "quantite par livraison"],
  subscription_installments: ["echeances", "nombre d echeances", "nb echeances", "nombre de cheques", "cheques"],
  subscription_means: ["reglement", "moyen de paiement", "mode de paiement", "paiement"],
  subscription_starts_on: ["debut", "date de debut", "premiere livraison", "a partir du"],
};

/** A header as compared with the synonyms: lower case, no accents, words separated by one space. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The field a header names, if one does. */
export function fieldOfHeader(header: string): ImportField | null {
  const h = normalizeHeader(header);
  if (!h) return null;
  for (const [field, words] of Object.entries(FIELD_SYNONYMS)) if (words.includes(h)) return field as ImportField;
  return null;
}
