/**
 * The French messages of this package (ICU MessageFormat, read by the kit's `catalog`): `{name}`
 * is a value, `{n, plural, one {# foyer} other {# foyers}}` agrees with a number. Apostrophes are
 * plain text. Every key has its English twin in en.ts (a test compares them).
 */
export const fr = {
  "contractTemplate.giveAtLeastOne": "Indiquez au moins un nombre d'échéances, de 1 à 12.",
  "contractTemplate.giveAtLeastOne2": "Indiquez au moins un moyen de paiement.",
  "contractTemplate.contractMustOfferAt": "Le contrat doit proposer au moins un produit.",
  "contractTemplate.atMostLines": "{max} lignes au plus.",
  "contractTemplate.productAlreadyAnotherLine": "Ce produit figure déjà sur une autre ligne du contrat.",
  "contractTemplate.lineDoesNotBelong": "Cette ligne n'appartient pas à ce contrat.",
  "contractTemplate.maximumCannotBelowMinimum": "Le maximum ne peut être inférieur au minimum.",
  "contractTemplate.invalidDistributionId": "Identifiant de distribution invalide.",
  "contractTemplate.oneDatesNotDistribution": "Une des dates n'est pas une distribution de cette AMAP.",
  "contractTemplate.oneChosenDistributionsCancelled": "Une des distributions choisies est annulée.",
  "contractTemplate.membershipPeriodDoesNot": "Cette période d'adhésion n'existe pas dans cette AMAP.",
  "contractTemplate.amapDoesNotExist": "Cette AMAP n'existe pas.",
  "contractTemplate.farmDoesNotExist": "Cette ferme n'existe pas.",
  "contractTemplate.productDoesNotExist": "Ce produit n'existe pas.",
  "contractTemplate.productNotSoldBy": "Ce produit n'est pas vendu par la ferme du contrat.",
  "dutyShift.dutyShift": "Créneau de permanence",
  "dutyShift.atMostTwoYears": "Deux ans au plus à la fois.",
  "dutyShift.noActiveDutyRole": "Aucun rôle de permanence actif : créez d'abord les rôles (Accueil, Émargement…).",
  "templateRenewal.newSeasonMustDiffer": "La nouvelle saison doit différer de celle du contrat renouvelé.",
  "templateRenewal.contractHasAlreadyBeen": "Ce contrat a déjà été renouvelé pour la saison {season}.",
  "templateRenewal.chooseNewDatesShift":
    "Choisissez les nouvelles dates, ou décalez les anciennes d'un nombre de jours (l'un ou l'autre).",
  "templateRenewal.noDistributionOn":
    "Pas de distribution le {missing}{others, plural, =0 {} one { (et # autre)} other { (et # autres)}} : générez d'abord le calendrier de la nouvelle saison, ou choisissez les dates.",
  "templateRenewal.increasePercentBetween100": "Hausse en pourcentage entre -100 (exclu) et 100.",
  "templateRenewal.lineDoesNotBelong": "Cette ligne n'appartient pas au contrat renouvelé.",
  "templateRenewal.lineAlreadyHasNew": "Ce produit a déjà un nouveau prix.",
  "place.distributionPlace": "Lieu de distribution",
  "place.usedByDistributions":
    "Ce lieu sert à {used, plural, one {# distribution} other {# distributions}} : changez-leur de lieu avant de le supprimer.",
  "contractTemplate.archivedContractNoLonger":
    "Un contrat archivé ne se modifie plus : renouvelez-le pour une nouvelle saison.",
  "contractTemplate.productsDatesKindContract":
    "Les produits, les dates et le type d'un contrat ne se modifient qu'en brouillon ; ce contrat est {status, select, draft {en brouillon} open {ouvert aux souscriptions} closed {clos} running {en cours} finished {terminé} other {archivé}}.",
  "paymentTerms.cashingDateFallsOutside":
    "La date d'encaissement du {date} tombe hors de la saison (du {from} au {to}).",
  "paymentTerms.givePayeeNameCheques": "Indiquez l'ordre des chèques.",
  "paymentTerms.giveAtLeastOne": "Indiquez au moins un nombre d'échéances.",
  "paymentTerms.cashingDatesCount":
    "{datesCount, plural, one {# date d'encaissement} other {# dates d'encaissement}} pour un paiement en {most} fois : donnez-en une par échéance, ou aucune (encaissement mensuel).",
  "dutyRole.dutyRole": "Rôle de permanence",
  "dutyRole.dutyRoleAlreadyHas": "Un rôle de permanence porte déjà ce nom dans cette AMAP.",
  "distribution.distribution": "Distribution",
  "distribution.placeDoesNotExist": "Ce lieu n'existe pas dans cette AMAP.",
  "distribution.openSignedContractsDeliver":
    "Des contrats ouverts ou signés livrent à cette distribution : déplacez-la (moveDistribution) pour que chaque amapien reçoive l'avenant.",
  "distribution.atMostTwoYears": "Deux ans au plus par calendrier.",
  "templateStatus.contractTemplate": "Contrat vierge",
  "templateStatus.openSubscriptions": "d'ouvrir les souscriptions",
  "templateStatus.closeSubscriptions": "de clore les souscriptions",
  "templateStatus.startSeason": "de démarrer la saison",
  "templateStatus.finishSeason": "de terminer la saison",
  "templateStatus.archiveContract": "d'archiver le contrat",
  "templateStatus.cannot": "Impossible {action} : {because}",
  "templateStatus.contractMust":
    "le contrat doit être {from, select, draft {en brouillon} open {ouvert aux souscriptions} closed {clos} running {en cours} finished {terminé} other {archivé}}, il est {status, select, draft {en brouillon} open {ouvert aux souscriptions} closed {clos} running {en cours} finished {terminé} other {archivé}}.",
  "templateStatus.contractNeedsAtLeast": "le contrat doit proposer au moins un produit et une date de livraison.",
  "templateStatus.subscriptionClosingDateHas":
    "La date de clôture des souscriptions ({subscriptionClosesOn}) est passée.",
  "templateStatus.lastDeliveryHasNot": "la dernière livraison ({last}) n'a pas encore eu lieu.",
  "distributionChange.giveNewDateNew": "Indiquez la nouvelle date ou le nouveau lieu.",
  "distributionChange.distributionCancelledCanNo": "Cette distribution est annulée : elle ne se déplace plus.",
  "distributionChange.distributionAlreadyHappensThat": "La distribution a déjà lieu à cette date et à ce lieu.",
  "templateAvailability.contractSAvailabilityChanges":
    "Les disponibilités d'un contrat ne se modifient qu'en brouillon ; ce contrat est {status, select, draft {en brouillon} open {ouvert aux souscriptions} closed {clos} running {en cours} finished {terminé} other {archivé}}.",
  "templateAvailability.dateNotDeliveryContract": "Cette date n'est pas une livraison de ce contrat.",
  "statistics.nameAmapsFarms": "Indiquez les AMAP ou les fermes concernées.",
  "statistics.atMostFarmsAlong": "{IDS_PER_STATEMENT} fermes au plus avec une liste d'AMAP.",
  "checks.timeRequired": "Heure obligatoire.",
  "checks.invalidTimeHhMm": "Heure invalide (HH:MM, de 00:00 à 23:59).",
  "checks.endTimeMustCome": "L'heure de fin doit suivre l'heure de début.",
  "checks.frenchPostalCode5": "Le code postal compte 5 chiffres.",
  "checks.dateMustComeAfter": "Cette date doit suivre la date de début.",
  "membershipPeriod.membershipPeriod": "Période d'adhésion",
  "membershipPeriod.suggestedFeeCannotBelow": "Le montant suggéré ne peut être inférieur au minimum.",
  "membershipPeriod.networkShareCannotExceed": "La part du réseau ne peut dépasser la cotisation (minimale).",
  "archivePart.unreadableArchivePart": "Partie d'archive illisible.",
};

export type MessageKey = keyof typeof fr;
