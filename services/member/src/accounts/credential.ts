import type { DataSource, EntityManager } from "typeorm";
import { IsNull } from "typeorm";
import type { CredentialCheck } from "@champ-commun/kit";
import { Account, AccountStatus } from "./account.entity";
import { ApiToken } from "./api-token.entity";

/**
 * Whether an access token may still be used (issue 11: revocation on the next request): the
 * person's account exists, is active and is still at the token's version; a partner's API token
 * is not revoked. One primary-key read; the gateway and the other subgraphs ask it through
 * `credentialActive`, this subgraph reads it directly.
 */
export async function credentialActive(
  em: EntityManager,
  subject: string,
  kind: string,
  version: number | null,
): Promise<boolean> {
  if (kind === "partner") return em.getRepository(ApiToken).exists({ where: { id: subject, revokedAt: IsNull() } });
  const account = await em
    .getRepository(Account)
    .findOne({ select: { id: true, status: true, tokenVersion: true }, where: { id: subject } });
  return !!account && account.status === AccountStatus.active && account.tokenVersion === (version ?? 0);
}

/** The member subgraph's check: its own database. */
export function localCredentialCheck(ds: DataSource): CredentialCheck {
  return (identity) => credentialActive(ds.manager, identity.subject, identity.kind, identity.tokenVersion ?? null);
}

/**
 * Makes every access token of the account stop working on its next request (logout, password
 * reset, a role granted, accepted or revoked): the client refreshes and gets one of the new version.
 */
export async function bumpTokenVersion(em: EntityManager, accountId: string): Promise<void> {
  await em.getRepository(Account).increment({ id: accountId }, "tokenVersion", 1);
}
