import type { IncomingMessage } from "node:http";
import type { KeyLike } from "jose";
import { DomainError } from "../errors";
import { loadVerifyKey } from "./keys";
import { bearerToken, verifyAccessToken } from "./tokens";
import type { Identity } from "./identity";
import { isInternalRequest } from "./internal";
import { ensureCredential, remoteCredentialCheck, type CredentialCheck } from "./credential";
import { t } from "../i18n";

let verifyKey: Promise<KeyLike> | null = null;
let verifyKeyFor: string | undefined;

/** The public key that checks access tokens, loaded once per process (per JWT_PUBLIC_KEY value). */
export function accessTokenVerifyKey(): Promise<KeyLike> {
  if (!verifyKey || verifyKeyFor !== process.env.JWT_PUBLIC_KEY) {
    verifyKeyFor = process.env.JWT_PUBLIC_KEY;
    verifyKey = loadVerifyKey();
  }
  return verifyKey;
}

/**
 * Who is calling a subgraph. Subgraphs are never exposed: a request without the internal secret
 * is refused whatever it carries. Then the access token is verified again (the gateway did, but a
 * subgraph trusts nobody): no token = anonymous; a bad token = UNAUTHENTICATED; a token whose
 * account was revoked since (credential.ts) = UNAUTHENTICATED, and SERVICE_UNAVAILABLE when that
 * cannot be checked. `check` is the member subgraph's own database; others ask it.
 */
export async function identityOfRequest(
  req: IncomingMessage,
  check: CredentialCheck = remoteCredentialCheck(),
): Promise<Identity | null> {
  if (!(await isInternalRequest(req))) {
    throw new DomainError("FORBIDDEN", t("request.serviceOnlyReachableThrough"));
  }
  const header = req.headers.authorization;
  if (!header) return null;
  const token = bearerToken(header);
  if (!token) throw new DomainError("UNAUTHENTICATED", t("request.invalidAuthorizationHeader"));
  const identity = await verifyAccessToken(token, await accessTokenVerifyKey());
  await ensureCredential(identity, req, check);
  return identity;
}
