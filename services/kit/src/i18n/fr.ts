/**
 * The French messages of this package (ICU MessageFormat, read by the kit's `catalog`): `{name}`
 * is a value, `{n, plural, one {# foyer} other {# foyers}}` agrees with a number. Apostrophes are
 * plain text. Every key has its English twin in en.ts (a test compares them).
 */
export const fr = {
  "credential.sessionRevokedExpiredPlease": "Session révoquée ou expirée ; reconnectez-vous.",
  "credential.accountsServiceDoesNot": "Le service des comptes ne répond pas : réessayez dans un instant.",
  "request.serviceOnlyReachableThrough": "Ce service n'est joignable qu'à travers la passerelle.",
  "request.invalidAuthorizationHeader": "En-tête Authorization invalide.",
  "access.signUseOperation": "Connectez-vous pour accéder à cette opération.",
  "validate.unknownTimeZone": "Fuseau horaire inconnu (ex. {example}, Indian/Reunion).",
  "validate.fieldRequired": "Ce champ est obligatoire.",
  "validate.atMostCharacters": "{max} caractères au plus.",
  "validate.invalidEMailAddress": "Adresse e-mail invalide.",
  "validate.siret14ValidDigits": "Le SIRET doit compter 14 chiffres valides.",
  "validate.rnaNumberWFollowed": "Le numéro RNA s'écrit W suivi de 9 caractères.",
  "validate.latitudeBetween9090": "La latitude est entre -90 et 90.",
  "validate.longitudeBetween180180": "La longitude est entre -180 et 180.",
  "validate.invalidId": "Identifiant invalide.",
  "validate.dateRequired": "Date obligatoire.",
  "validate.invalidDateYyyyMm": "Date invalide (AAAA-MM-JJ).",
  "validate.amountRequired": "Montant obligatoire.",
  "validate.amountWholeNonNegative": "Le montant est un nombre entier de centimes, positif.",
  "validate.wholeNumberBetweenExpected": "Nombre entier entre {min} et {max} attendu.",
  "crud.someoneElseChangedRecord":
    "Cette fiche a été modifiée par quelqu'un d'autre entre-temps : rechargez-la, puis refaites votre modification.",
  "deadline.requestTookTooLong": "La requête a pris trop de temps et a été interrompue : demandez moins à la fois.",
  "pagination.pageNumbersStartAt": "Le numéro de page commence à 1.",
  "pagination.perpageMustAtLeast": "Le nombre d'éléments par page doit être au moins 1.",
  "pagination.cannotSortSortableFields": "Tri impossible sur « {field} » ; champs possibles : {join}.",
  "money.amountExceeds999999": "Le montant dépasse 999 999,99 € : vérifiez la saisie.",
  "money.amountMustWholeNon": "Le montant doit être un nombre entier de centimes, positif ou nul.",
  "idempotency.creationAlreadyBeingSaved": "Cette création est déjà en cours d'enregistrement : patientez un instant.",
  "dbFailover.databaseSwitchedNodesDuring":
    "La base de données a changé de nœud pendant l'opération : elle a pu être enregistrée ou non ; vérifiez avant de recommencer.",
  "errors.invalidInput": "Saisie invalide.",
  "errors.andMore": "{first} (et {more, plural, one {# autre erreur} other {# autres erreurs}})",
  "errors.notFound": "{what} introuvable ({id}).",
  "errors.notFoundField": "{what} introuvable.",
  "errors.youMayNotPerform": "Vous n'avez pas accès à cette opération.",
  "tokens.yourSessionHasExpired": "Votre session a expiré ; reconnectez-vous.",
  "tokens.invalidAccessTokenPlease": "Jeton d'accès invalide ; reconnectez-vous.",
};

export type MessageKey = keyof typeof fr;
