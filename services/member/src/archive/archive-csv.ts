import { csvFile, type ArchiveRows, type CsvCell } from "@champ-commun/kit";

/** File names of the CSV tables, in French, by entity (an entity without one keeps its own name). */
const FILE_NAMES: Record<string, string> = {
  Amap: "amap", Network: "reseaux", Farm: "fermes", FarmNetwork: "fermes-reseaux", Product: "produits", CharterVersion: "chartes", CharterCommitment: "engagements-charte",
  NetworkMembership: "adhesions-reseau", NetworkShareRemittance: "reversements-reseau", Announcement: "annonces", NetworkConsent: "consentement-reseau",
  Place: "lieux", Distribution: "distributions", DistributionChange: "changements-distributions", ContractTemplate: "contrats-vierges", TemplateLine: "lignes-contrats",
  TemplateDistribution: "dates-contrats", LineAvailability: "disponibilites", MembershipPeriod: "periodes-adhesion", DutyRole: "roles-permanence", DutyShift: "creneaux-permanence", DutyRules: "regles-permanence",
  Household: "foyers", Person: "personnes", Membership: "adhesions", Subscription: "souscriptions", DeliveryLine: "lignes-livraison", Installment: "echeances",
  CoSubscriber: "co-souscripteurs", WaitingListEntry: "liste-attente", Handover: "remises-paysans", Absence: "absences", Postponement: "reports", BasketHandover: "cessions-paniers",
  Amendment: "avenants", DutySignup: "inscriptions-permanence", AuditEntry: "historique", Account: "comptes", RoleGrant: "roles", ErasureRequest: "demandes-effacement", ImportPreset: "modeles-import",
};

/** Column headers in French for the columns most tables share; the others keep their name. */
const HEADERS: Record<string, string> = {
  id: "Identifiant", amapId: "AMAP", householdId: "Foyer", personId: "Personne", subscriptionId: "Souscription", membershipId: "Adhésion", templateId: "Contrat vierge",
  distributionId: "Distribution", farmId: "Ferme", productId: "Produit", periodId: "Période d'adhésion", networkId: "Réseau", placeId: "Lieu",
  name: "Nom", displayName: "Nom affiché", firstName: "Prénom", lastName: "Nom", email: "E-mail", phone: "Téléphone", address: "Adresse", city: "Ville", postalCode: "Code postal",
  status: "Statut", date: "Date", quantity: "Quantité", unit: "Unité", productName: "Produit (nom)", templateName: "Contrat (nom)", unitPriceCents: "Prix unitaire (centimes)",
  amountCents: "Montant (centimes)", totalCents: "Total (centimes)", dueOn: "Échéance", means: "Moyen de paiement", chequeNumber: "N° de chèque", bank: "Banque", issuer: "Émetteur",
  payee: "Ordre", rank: "Rang", startsOn: "Début", endsOn: "Fin", paidOn: "Payé le", receivedOn: "Reçu le", handedOverOn: "Remis le", notes: "Notes", createdAt: "Créé le",
  updatedAt: "Modifié le", kind: "Type", season: "Saison", reason: "Motif", action: "Action", at: "Le", actorId: "Auteur", entity: "Enregistrement", entityId: "Identifiant de l'enregistrement",
};

/** One CSV table per entity with rows: `;`-separated, UTF-8 with BOM, French file names and headers (kit csvFile). */
export function archiveCsvFiles(rows: ArchiveRows): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [entity, list] of Object.entries(rows)) {
    if (!list.length) continue;
    const columns = [...new Set(list.flatMap((r) => Object.keys(r)))];
    out[`csv/${FILE_NAMES[entity] ?? entity}.csv`] = csvFile([columns.map((c) => HEADERS[c] ?? c), ...list.map((r) => columns.map((c) => r[c] as CsvCell))]);
  }
  return out;
}
