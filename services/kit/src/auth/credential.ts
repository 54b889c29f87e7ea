import type { IncomingMessage } from "node:http";
import { LRUCache } from "lru-cache";
import { DomainError } from "../errors";
import { askSubgraph } from "../remote";
import type { Identity } from "./identity";
import { t } from "../i18n";

/**
 * Is a verified access token still good? Its account must exist, be active and still be at the
 * token's version (an API token must not be revoked). The truth is the member database: the
 * member subgraph reads it, everyone else asks the member subgraph, so that several gateways and
 * subgraph replicas agree at once. Tokens of `system:` subjects (scripts holding the signing key)
 * have no account behind them.
 */
export type CredentialCheck = (identity: Identity) => Promise<boolean>;

/**
 * Set by the gateway on every request it forwards, after its own check: a random id, so that each
 * subgraph checks a credential once per client request (its sub-requests and entity fetches reuse
 * the answer) and again on the next one. Only trusted with the internal secret.
 */
export const CHECKED_HEADER = "x-champ-checked";

export const sessionRevoked = () => new DomainError("UNAUTHENTICATED", t("credential.sessionRevokedExpiredPlease"));
export const checkUnavailable = () => new DomainError("SERVICE_UNAVAILABLE", t("credential.accountsServiceDoesNot"));

/** Needs a check: people with an account, and partner tools. */
export function needsCredentialCheck(identity: Identity): boolean {
  return identity.kind === "partner" || (identity.kind === "person" && !identity.subject.startsWith("system:"));
}

const QUERY = `query CredentialActive($subject: ID!, $kind: String!, $version: Int) { credentialActive(subject: $subject, kind: $kind, version: $version) }`;

/** The check of the gateway and of the network and amap subgraphs: ask the member subgraph (no caching here). */
export function remoteCredentialCheck(): CredentialCheck {
  return async (identity) => {
    const r = await askSubgraph<{ credentialActive: boolean }>("member", QUERY, {
      subject: identity.subject,
      kind: identity.kind,
      version: identity.tokenVersion ?? null,
    });
    return r.credentialActive === true;
  };
}

// Per client request (the gateway's id): one check per subgraph, whatever the number of its sub-requests.
const checked = new LRUCache<string, true>({ max: 20_000, ttl: 60_000 });

/**
 * Runs the check for a subgraph request: UNAUTHENTICATED when the token is no longer good,
 * SERVICE_UNAVAILABLE when the check cannot run (never accepted unchecked).
 */
export async function ensureCredential(
  identity: Identity,
  req: IncomingMessage | undefined,
  check: CredentialCheck,
): Promise<void> {
  if (!needsCredentialCheck(identity)) return;
  const nonce = req?.headers[CHECKED_HEADER];
  const key =
    typeof nonce === "string" && nonce.length >= 16
      ? `${nonce}|${identity.kind}|${identity.subject}|${identity.tokenVersion ?? ""}`
      : null;
  if (key && checked.has(key)) return;
  let ok: boolean;
  try {
    ok = await check(identity);
  } catch (err) {
    if (err instanceof DomainError && err.code !== "SERVICE_UNAVAILABLE") throw err;
    throw checkUnavailable();
  }
  if (!ok) throw sessionRevoked();
  if (key) checked.set(key, true);
}
