import { createHmac, timingSafeEqual } from "node:crypto";
import { internalSecret } from "@champ-commun/kit";
import { publicUrl } from "../accounts/mailer";
import { NOTIFICATION_KINDS } from "./kinds";

/*
 * One-click unsubscribe: the link carries the person and the kind, signed with a key derived from
 * the deployment's internal secret (HMAC-SHA256), so it works without signing in and cannot be
 * forged for someone else. It does not expire: an old mail's link still stops that kind.
 */

async function key(): Promise<Buffer> {
  return createHmac("sha256", await internalSecret()).update("champ-commun/unsubscribe/v1").digest();
}

export async function unsubscribeToken(personId: string, kind: string): Promise<string> {
  const payload = Buffer.from(`${personId}:${kind}`, "utf8").toString("base64url");
  const sig = createHmac("sha256", await key()).update(payload).digest("base64url");
  return `${payload}.${sig}`;
}

/** The person and kind of a valid token, or null. */
export async function readUnsubscribeToken(token: string): Promise<{ personId: string; kind: string } | null> {
  const [payload, sig] = String(token ?? "").split(".");
  if (!payload || !sig) return null;
  const want = createHmac("sha256", await key()).update(payload).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== want.length || !timingSafeEqual(given, want)) return null;
  const [personId, kind] = Buffer.from(payload, "base64url").toString("utf8").split(":");
  if (!personId || !(NOTIFICATION_KINDS as string[]).includes(kind)) return null;
  return { personId, kind };
}

export async function unsubscribeUrl(personId: string, kind: string): Promise<string> {
  return `${publicUrl()}/unsubscribe?token=${await unsubscribeToken(personId, kind)}`;
}

/** The member space and its pages, where links in mails lead. */
export const spaceUrl = () => `${publicUrl()}/moi`;
export const preferencesUrl = () => `${publicUrl()}/moi/notifications`;
