/**
 * The French messages of the gateway (ICU MessageFormat, read by the kit's `catalog`; apostrophes
 * are plain text). Every key has its English twin in en.ts (a test compares them).
 */
export const fr = {
  "auth.unavailable": "Service de connexion indisponible ; réessayez plus tard.",
  "auth.invalidHeader": "En-tête Authorization invalide : « Bearer <jeton> » attendu.",
  "auth.revoked": "Session révoquée ou expirée, ou compte fermé ; reconnectez-vous.",
  "auth.invalidApiToken": "Jeton d'API invalide ou révoqué.",
  "unsubscribe.title": "Ne plus recevoir ces messages",
  "unsubscribe.button": "Ne plus recevoir ce type de message",
  "files.tryLater": "Réessayez un peu plus tard.",
  "files.invalidLink": "Ce lien n'est pas valable.",
  "files.signInAgain": "Reconnectez-vous.",
  "files.unavailable": "Service momentanément indisponible.",
  "files.notFound": "Introuvable.",
};

export type MessageKey = keyof typeof fr;
