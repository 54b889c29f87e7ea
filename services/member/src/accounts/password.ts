import argon2 from "argon2";
import { badInput, type Msg } from "@champ-commun/kit";
import { t } from "../i18n";

/** OWASP's Argon2id baseline (19 MiB, 2 passes, 1 lane): about 30 ms here, costly to brute-force. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

// Verified when the e-mail is unknown, so that "no such account" takes as long as "wrong password".
let dummyHash: Promise<string> | null = null;

/** True when `password` matches `hash`; an absent hash still costs one verification. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword("not-a-password-of-anyone");
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}

const TOO_SHORT: Msg = t("password.passwordMustAtLeast", { MIN_PASSWORD_LENGTH });
const IS_EMAIL: Msg = t("password.passwordCannotYourE");

/** Length counts characters, not bytes (an accented passphrase is as good as an ASCII one). */
export function checkPasswordPolicy(password: string, email: string, field = "password"): void {
  if ([...(password ?? "")].length < MIN_PASSWORD_LENGTH) throw badInput(field, TOO_SHORT);
  const p = password.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  if (p === e || p === e.split("@")[0]) throw badInput(field, IS_EMAIL);
}
