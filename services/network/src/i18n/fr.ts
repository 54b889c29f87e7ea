/**
 * The French messages of this package (ICU MessageFormat, read by the kit's `catalog`): `{name}`
 * is a value, `{n, plural, one {# foyer} other {# foyers}}` agrees with a number. Apostrophes are
 * plain text. Every key has its English twin in en.ts (a test compares them).
 */
export const fr = {
  "directory.network": "Réseau",
  "product.product": "Produit",
  "product.farm": "Ferme",
  "visitGrid.gridQuestion": "Question de la grille",
  "visitGrid.notCodePrincipleNetwork": "« {code} » n'est le code d'aucun principe des chartes de ce réseau.",
  "visitGrid.questionAnsweredTwice": "Cette question est déjà répondue plus haut.",
  "visitGrid.questionNotGridNetwork": "Cette question n'est pas dans la grille du réseau qui organise la visite.",
  "visitGrid.questionWasWithdrawnFrom": "Cette question a été retirée de la grille.",
  "visitAction.followUpAction": "Action de suivi",
  "visitAction.dueDateCannotBefore": "L'échéance ne peut pas précéder la visite ({plannedOn}).",
  "visitAction.visitCancelledCannotHave":
    "Cette visite est annulée : elle ne peut pas donner lieu à des actions de suivi.",
  "amap.amap": "AMAP",
  "amap.frenchPostalCode5": "Le code postal compte 5 chiffres.",
  "amap.networkDoesNotExist": "Ce réseau n'existe pas.",
  "network.parentNetworkDoesNot": "Le réseau parent n'existe pas.",
  "network.networkCannotNestedUnder": "Un réseau ne peut pas être rattaché à l'un de ses sous-réseaux.",
  "network.stillHasChildren":
    "Ce réseau a encore {children, plural, one {# sous-réseau} other {# sous-réseaux}} et {amaps} AMAP ; rattachez-les ailleurs avant de le supprimer.",
  "farm.oneNetworksDoesNot": "Un des réseaux indiqués n'existe pas.",
  "charter.giveAtLeastOne": "Indiquez au moins un principe.",
  "charter.codeLowerCaseLetters": "Code en minuscules, chiffres et _ (2 à 60 caractères).",
  "charter.codeUsedTwiceCharter": "Le code « {code} » est déjà utilisé dans cette charte.",
  "charter.signatureDateCannotFuture": "La date de signature ne peut pas être dans le futur.",
  "charter.charterVersionDoesNot": "Cette version de charte n'existe pas.",
  "charter.charterBelongsAnotherNetwork": "Cette charte appartient à un autre réseau.",
  "charter.charterWasOnlyAdopted": "La charte n'a été adoptée que le {adoptedOn}.",
  "charter.commitmentCharterAlreadyRecorded": "Cet engagement à cette charte est déjà enregistré dans ce réseau.",
  "networkMembership.networkMembership": "Adhésion au réseau",
  "networkMembership.giveEitherAmapFarm": "Indiquez soit une AMAP, soit une ferme.",
  "networkMembership.membershipAlreadyExists": "Une adhésion existe déjà pour {year}.",
  "announcement.announcement": "Annonce",
  "announcement.announcementMustExpireAfter": "L'annonce doit expirer après sa date de création ({createdOn}).",
  "announcement.announcementExpiresAtMost":
    "Une annonce expire au plus tard un an après sa création, soit le {latest}.",
  "announcement.announcementClosedPublishNew": "Cette annonce est close : publiez-en une nouvelle.",
  "announcement.fieldRequired": "Ce champ est obligatoire.",
  "announcement.announcementClosedExpiredTakes":
    "Cette annonce est close ou expirée : elle ne reçoit plus de réponses.",
  "networkShareRemittance.networkShareRemittance": "Reversement de la part réseau",
  "networkShareRemittance.amountWholeNumberCents": "Le montant est un nombre entier de centimes, au moins 1.",
  "networkShareRemittance.negativeAmountCorrectsRemittance":
    "Un montant négatif corrige un reversement : indiquez pourquoi.",
  "networkShareRemittance.correctionGivesReason": "Une correction indique sa raison.",
  "networkShareRemittance.remittanceDateCannotFuture": "La date du reversement ne peut pas être dans le futur.",
  "networkShareRemittance.remittanceDoesNotExist": "Ce reversement n'existe pas.",
  "networkShareRemittance.correctionAppliesRemittanceSame":
    "Une correction porte sur un reversement du même réseau, de la même AMAP et de la même année.",
  "networkShareRemittance.correctionWouldMakeRemittance":
    "Cette correction rendrait le reversement négatif ({balance} centimes).",
  "checks.amapDoesNotExist": "Cette AMAP n'existe pas.",
  "checks.farmDoesNotExist": "Cette ferme n'existe pas.",
  "farmVisit.farmVisit": "Visite de ferme",
  "farmVisit.visitDoneTeamGrid": "Cette visite est terminée : son équipe et sa grille ne changent plus.",
  "farmVisit.visitCancelledPlanAgain": "Cette visite est annulée : replanifiez-la d'abord.",
  "farmVisit.visitMarkedDoneWith": "Une visite se termine avec « terminer la visite » (équipe et grille vérifiées).",
  "farmVisit.visitDoneDateStatus": "Cette visite est terminée : sa date et son statut ne changent plus.",
  "farmVisit.reportCannotDatedBefore": "Le compte rendu ne peut pas précéder la visite ({plannedOn}).",
  "farmVisit.visitTeamMember": "Membre de l'équipe de visite",
  "farmVisit.visitAlreadyDone": "Cette visite est déjà terminée.",
  "farmVisit.visitPlannedCannotDone": "Cette visite est prévue le {plannedOn} : elle ne peut pas être terminée avant.",
  "farmVisit.teamNotMixed":
    "L'équipe doit être mixte : il y manque au moins {lacking, select, both {un paysan et un amapien} farmer {un paysan} other {un amapien}}.",
  "farmVisit.gridUnanswered":
    "{missingCount, plural, one {# question de la grille sans réponse} other {# questions de la grille sans réponse}} : {list}.",
  "farmVisit.visitCannotMarkedDone": "La visite ne peut pas être terminée. {reasons}",
  "networkConsent.yesNoExpected": "Oui ou non attendu.",
  "archivePart.unreadableArchivePart": "Partie d'archive illisible.",
  "announcement.namesFarm": "Une annonce « Paysan cherche AMAP » indique la ferme.",
  "announcement.namesAmap": "Une annonce « AMAP cherche paysan » indique l'AMAP.",
  "announcement.namesNoAmap": "Une annonce « Paysan cherche AMAP » n'indique pas d'AMAP.",
  "announcement.namesNoFarm": "Une annonce « AMAP cherche paysan » n'indique pas de ferme.",
  "charter.eitherAmapOrFarm": "Indiquez soit une AMAP, soit une ferme : exactement l'une des deux.",
};

export type MessageKey = keyof typeof fr;
