import { createHmac, timingSafeEqual } from "node:crypto";
import { IsNull, type EntityManager } from "typeorm";
import { internalSecret } from "@champ-commun/kit";
import { publicUrl } from "../accounts/mailer";
import { RoleGrant, RoleName } from "../accounts/role-grant.entity";
import { NOTIFICATION_KINDS } from "./kinds";

/*
 * One-click unsubscribe: the link carries the person and the kind, signed with a key derived from
 * the deployment's internal secret (HMAC-SHA256), so it works without signing in and cannot be
 * forged for someone else. It does not expire: an old mail's link still stops that kind.
 */

async function key(): Promise<Buffer> {
  return createHmac("sha256", await internalSecret())
    .update("champ-commun/unsubscribe/v1")
    .digest();
}

export async function unsubscribeToken(personId: string, kind: string): Promise<string> {
  const payload = Buffer.from(`${personId}:${kind}`, "utf8").toString("base64url");
  const sig = createHmac("sha256", await key())
    .update(payload)
    .digest("base64url");
  return `${payload}.${sig}`;
}

/** The person and kind of a valid token, or null. */
export async function readUnsubscribeToken(token: string): Promise<{ personId: string; kind: string } | null> {
  const [payload, sig] = String(token ?? "").split(".");
  if (!payload || !sig) return null;
  const want = createHmac("sha256", await key())
    .update(payload)
    .digest();
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

// Each back-office has the mail choices page: a farmer or a référent who is no member is refused /moi.
const SPACES: Array<[RoleName, string]> = [
  [RoleName.member, "/moi"],
  [RoleName.amap_admin, "/amap"],
  [RoleName.referent, "/amap"],
  [RoleName.farmer, "/paysan"],
  [RoleName.network_admin, "/reseau"],
];

/** Where the person chooses their mails: their own space's page (/moi/notifications for a member). */
export async function preferencesPath(em: EntityManager, personId: string): Promise<string> {
  const roles = new Set(
    (
      await em
        .getRepository(RoleGrant)
        .find({ select: { id: true, role: true }, where: { personId, revokedAt: IsNull() } })
    ).map((g) => g.role),
  );
  return `${SPACES.find(([role]) => roles.has(role))?.[1] ?? "/moi"}/notifications`;
}

export const preferencesUrl = async (em: EntityManager, personId: string) =>
  `${publicUrl()}${await preferencesPath(em, personId)}`;
