import type { MessageKey } from "./fr";

/** The English messages of the gateway: the same keys and placeholders as fr.ts. */
export const en: Record<MessageKey, string> = {
  "auth.unavailable": "Sign-in service unavailable; try again later.",
  "auth.invalidHeader": "Invalid Authorization header: expected `Bearer <token>`.",
  "auth.revoked": "Session revoked or expired, or account closed; please sign in again.",
  "auth.invalidApiToken": "Invalid or revoked API token.",
  "unsubscribe.title": "Stop these mails",
  "unsubscribe.button": "Stop receiving this kind of message",
  "files.tryLater": "Please try again later.",
  "files.invalidLink": "This link is not valid.",
  "files.signInAgain": "Sign in again.",
  "files.unavailable": "Service unavailable.",
  "files.notFound": "Not found.",
};
