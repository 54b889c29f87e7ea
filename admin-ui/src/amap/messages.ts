/**
 * The AMAP back-office's own words (`champ.amap.*`), French first, English with the same keys
 * (the type checker and test/i18n.test.ts report a missing one). Kept here so the AMAP screens
 * add their words without touching the other back-offices' messages.
 */
type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const amapFr = {
  "subscriptionTotal": "Montant du contrat",
  "template": {
    "unitPrice": "Prix unitaire (€)",
    "addLine": "Ajouter un produit",
    "removeLine": "Retirer ce produit",
    "chooseFarmFirst": "Choisissez d'abord la ferme (onglet Général).",
    "draftOnly": "Modifiable seulement tant que le contrat est en brouillon.",
    "datesHelp": "Cochez les distributions où ce contrat livre.",
    "allDates": "Tout cocher",
    "noDates": "Tout décocher",
    "noDistribution": "Aucune distribution à venir : générez d'abord le calendrier (menu Distributions).",
    "installments": "%{smart_count} fois |||| %{smart_count} fois",
    "farm": "Ferme",
    "deliveries": "Livraisons",
    "subscriptionWindow": "Période de souscription",
    "renewTitle": "Renouveler pour la saison suivante",
    "renewHelp": "Le nouveau contrat reprend les produits, les règles et le paiement ; il est créé en brouillon.",
    "newSeason": "Nouvelle saison",
    "newName": "Nom du nouveau contrat",
    "datesMode": "Dates de livraison",
    "shift": "Décaler d'un an (même jour de la semaine)",
    "shiftDays": "Décalage (jours)",
    "choose": "Choisir les dates",
    "priceIncrease": "Hausse des prix (%)",
    "renewed": "Contrat renouvelé : vérifiez-le puis ouvrez les souscriptions."
  },
  "distributions": {
    "day": "Jour",
    "hours": "Horaire",
    "state": "État",
    "manage": "Gérer",
    "plannedOn": "prévue le %{date}",
    "moveTitle": "Déplacer la distribution",
    "newDate": "Nouvelle date",
    "newPlace": "Nouveau lieu",
    "reasonHelp": "Les amapiens le liront avec le changement.",
    "cancelTitle": "Annuler la distribution",
    "cancelHelp": "Les contrats qui livraient ce jour-là seront modifiés ; chaque foyer acceptera le changement."
  },
  "errors": {
    "price": "Le prix est un montant positif.",
    "amount": "Le montant est un nombre positif, en euros (12,50).",
    "whole": "Un nombre entier, 0 ou plus.",
    "maxBelowMin": "Le maximum doit être au moins égal au minimum.",
    "lines": "Ajoutez au moins un produit.",
    "sameProduct": "Ce produit est déjà dans le contrat.",
    "dates": "Choisissez au moins une date de livraison.",
    "closesBeforeOpens": "La clôture des souscriptions doit venir après leur ouverture.",
    "installments": "Choisissez au moins un nombre d'échéances.",
    "means": "Choisissez au moins un moyen de paiement.",
    "toBeforeFrom": "La date de fin doit venir après la date de début.",
    "time": "Une heure s'écrit 18:30.",
    "endBeforeStart": "La fin doit venir après le début.",
    "chequeNumber": "Un numéro de chèque ne compte que des chiffres.",
    "sameDatePlace": "Choisissez une autre date ou un autre lieu.",
    "percent": "Un pourcentage entre -99 et 100.",
    "shiftDays": "Un nombre de jours entre 1 et 731."
  }
};

export const amapEn: Messages<typeof amapFr> = {
  "subscriptionTotal": "Contract amount",
  "template": {
    "unitPrice": "Unit price (€)",
    "addLine": "Add a product",
    "removeLine": "Remove this product",
    "chooseFarmFirst": "Choose the farm first (General tab).",
    "draftOnly": "Can only be changed while the contract is a draft.",
    "datesHelp": "Tick the distributions this contract delivers at.",
    "allDates": "Tick all",
    "noDates": "Untick all",
    "noDistribution": "No distribution to come: generate the calendar first (Distributions menu).",
    "installments": "%{smart_count} time |||| %{smart_count} times",
    "farm": "Farm",
    "deliveries": "Deliveries",
    "subscriptionWindow": "Subscription period",
    "renewTitle": "Renew for the next season",
    "renewHelp": "The new contract keeps the products, rules and payment terms; it is created as a draft.",
    "newSeason": "New season",
    "newName": "Name of the new contract",
    "datesMode": "Delivery dates",
    "shift": "Move by one year (same weekday)",
    "shiftDays": "Shift (days)",
    "choose": "Choose the dates",
    "priceIncrease": "Price increase (%)",
    "renewed": "Contract renewed: check it, then open subscriptions."
  },
  "distributions": {
    "day": "Day",
    "hours": "Hours",
    "state": "State",
    "manage": "Manage",
    "plannedOn": "planned on %{date}",
    "moveTitle": "Move the distribution",
    "newDate": "New date",
    "newPlace": "New place",
    "reasonHelp": "Members will read it with the change.",
    "cancelTitle": "Cancel the distribution",
    "cancelHelp": "The contracts delivering that day will be amended; each household will accept the change."
  },
  "errors": {
    "price": "The price is a positive amount.",
    "amount": "The amount is a positive number, in euros (12.50).",
    "whole": "A whole number, 0 or more.",
    "maxBelowMin": "The maximum must be at least the minimum.",
    "lines": "Add at least one product.",
    "sameProduct": "This product is already in the contract.",
    "dates": "Choose at least one delivery date.",
    "closesBeforeOpens": "Subscriptions must close after they open.",
    "installments": "Choose at least one number of installments.",
    "means": "Choose at least one means of payment.",
    "toBeforeFrom": "The end date must come after the start date.",
    "time": "A time is written 18:30.",
    "endBeforeStart": "The end must come after the start.",
    "chequeNumber": "A cheque number has digits only.",
    "sameDatePlace": "Choose another date or another place.",
    "percent": "A percentage between -99 and 100.",
    "shiftDays": "A number of days between 1 and 731."
  }
};
