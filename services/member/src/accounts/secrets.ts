import { createHash, randomBytes } from "node:crypto";

/** A random token for a link or a refresh token: 256 bits, URL-safe. */
export function randomToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Tokens are stored as their SHA-256: they are random, so no salt nor slow hash is needed. */
export function sha256(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function normalizeEmail(email: string): string {
  return (email ?? "").trim().toLowerCase();
}
