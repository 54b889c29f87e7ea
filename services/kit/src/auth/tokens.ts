import { errors as joseErrors, jwtVerify, KeyLike, SignJWT } from "jose";
import { DomainError, type Msg } from "../errors";
import { TOKEN_ALG } from "./keys";
import { ROLES, type Grant, type Identity } from "./identity";
import { t } from "../i18n";

export const ISSUER = "champ-commun";
export const AUDIENCE = "champ-commun-api";
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** A short-lived signed access token carrying the caller's scoped grants. */
export async function signAccessToken(
  identity: Identity,
  key: KeyLike,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  now = Date.now(),
): Promise<string> {
  if (identity.kind === "system") throw new Error("the system identity never travels in a token");
  const iat = Math.floor(now / 1000);
  return new SignJWT({
    kind: identity.kind,
    grants: identity.grants,
    ...(identity.superAdmin ? { sa: true } : {}),
    ...(identity.tokenVersion !== undefined ? { ver: identity.tokenVersion } : {}),
  })
    .setProtectedHeader({ alg: TOKEN_ALG, typ: "JWT" })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(key);
}

const ids = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;

/** Only the known fields of a grant, with their types checked: a claim is data from outside. */
function cleanGrant(raw: unknown): Grant | null {
  const g = raw as Record<string, unknown> | null;
  if (
    !g ||
    typeof g.role !== "string" ||
    !(ROLES as readonly string[]).includes(g.role) ||
    typeof g.scopeId !== "string"
  )
    return null;
  const out: Grant = { role: g.role as Grant["role"], scopeId: g.scopeId };
  if (typeof g.readOnly === "boolean") out.readOnly = g.readOnly;
  if (g.scopeType === "network" || g.scopeType === "amap") out.scopeType = g.scopeType;
  if (ids(g.networkIds)) out.networkIds = ids(g.networkIds);
  if (ids(g.amapIds)) out.amapIds = ids(g.amapIds);
  return out;
}

const unauthenticated = (msg: Msg) => new DomainError("UNAUTHENTICATED", msg);

/** Verifies signature, issuer, audience and expiry; any failure is UNAUTHENTICATED. */
export async function verifyAccessToken(token: string, key: KeyLike): Promise<Identity> {
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: [TOKEN_ALG] });
    if (typeof payload.sub !== "string" || !Array.isArray(payload.grants)) throw new Error("malformed claims");
    return {
      subject: payload.sub,
      kind: payload.kind === "partner" ? "partner" : "person",
      grants: (payload.grants as unknown[]).map(cleanGrant).filter((g): g is Grant => g !== null),
      superAdmin: payload.sa === true,
      ...(Number.isInteger(payload.ver) ? { tokenVersion: payload.ver as number } : {}),
    };
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) throw unauthenticated(t("tokens.yourSessionHasExpired"));
    throw unauthenticated(t("tokens.invalidAccessTokenPlease"));
  }
}

/** The bearer token of an `Authorization` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}
