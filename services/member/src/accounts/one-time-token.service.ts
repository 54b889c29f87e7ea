import { EntityManager, IsNull, MoreThan } from "typeorm";
import { DomainError, uuidv7 } from "@champ-commun/kit";
import { OneTimePurpose, OneTimeToken } from "./one-time-token.entity";
import { randomToken, sha256 } from "./secrets";
import { t } from "../i18n";

export const RESET_TTL_MINUTES = 60;
export const INVITATION_TTL_DAYS = 7;

const invalid = () =>
  new DomainError("BAD_USER_INPUT", t("oneTimeToken.linkNoLongerValid"), {
    token: t("oneTimeToken.linkExpiredAlreadyUsed"),
  });

/** Single-use, expiring tokens for links sent by e-mail; stored as their SHA-256 only. */
export class OneTimeTokenService {
  constructor(private readonly em: EntityManager) {}

  /** A new token; earlier unused ones of the same purpose for the account stop working. */
  async issue(
    accountId: string,
    purpose: OneTimePurpose,
    ttlMs: number,
    householdId: string | null = null,
  ): Promise<{ token: string; expiresAt: Date }> {
    const repo = this.em.getRepository(OneTimeToken);
    const now = new Date();
    await repo.update({ accountId, purpose, usedAt: IsNull() }, { usedAt: now });
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + ttlMs);
    await repo.insert({
      id: uuidv7(),
      accountId,
      purpose,
      tokenHash: sha256(token),
      householdId,
      createdAt: now,
      expiresAt,
      usedAt: null,
    });
    return { token, expiresAt };
  }

  /** Uses a token once: a second use, an expired or unknown token is refused. */
  async consume(token: string, purpose: OneTimePurpose): Promise<OneTimeToken> {
    const repo = this.em.getRepository(OneTimeToken);
    const found = await repo.findOne({ where: { tokenHash: sha256(String(token ?? "")), purpose } });
    if (!found || found.usedAt || found.expiresAt.getTime() < Date.now()) throw invalid();
    // Conditional: of two concurrent uses, one only succeeds.
    const res = await repo.update(
      { id: found.id, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      { usedAt: new Date() },
    );
    if (!res.affected) throw invalid();
    return found;
  }
}
