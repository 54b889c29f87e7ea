import { EntityManager, IsNull } from "typeorm";
import { ACCESS_TOKEN_TTL_SECONDS, Check, DomainError, signAccessToken, uuidv7 } from "@champ-commun/kit";
import { Account, AccountStatus } from "./account.entity";
import { RefreshSession } from "./refresh-session.entity";
import { identityFor } from "./claims";
import { bumpTokenVersion } from "./credential";
import { DirectoryClient } from "./directory.client";
import { verifyPassword } from "./password";
import { normalizeEmail, randomToken, sha256 } from "./secrets";
import type { AccountsRuntime } from "./runtime";
import type { AuthPayload } from "./types";
import { t } from "../i18n";

const REFRESH_TTL_MS = Number(process.env.REFRESH_TTL_DAYS ?? 30) * 86_400_000;

const BAD_CREDENTIALS = () => new DomainError("UNAUTHENTICATED", t("session.wrongEMailAddress"));
const BAD_REFRESH = () => new DomainError("UNAUTHENTICATED", t("session.sessionExpiredRevokedPlease"));
const locked = (seconds: number) =>
  new DomainError("UNAUTHENTICATED", t("session.tooManySignAttempts", { minutes: Math.ceil(seconds / 60) }));

const SIGNING_IN = Symbol("signing in");

/** The account a sign-in answers with: its grants are shown to the caller, who has no token yet (account.resolver.ts). */
function signingIn(account: Account): Account {
  Object.defineProperty(account, SIGNING_IN, { value: true, enumerable: false });
  return account;
}

export const isSigningIn = (account: Account): boolean =>
  (account as unknown as Record<symbol, unknown>)[SIGNING_IN] === true;

/** Signing in, refreshing and signing out: access tokens and rotating refresh tokens. */
export class SessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: AccountsRuntime,
  ) {}

  /**
   * Checks e-mail and password, within the attempt limits (per account and per client address).
   * Every failure answers the same, whether the account exists or not.
   */
  async login(emailInput: string, password: string, clientAddress: string | null): Promise<AuthPayload> {
    // An empty field is a slip, not a wrong password: say which one, and spend no attempt on it.
    const check = new Check();
    if (!String(emailInput ?? "").trim()) check.fail("email", t("session.enterYourEMail"));
    if (!String(password ?? "")) check.fail("password", t("session.enterYourPassword"));
    check.done();
    const email = normalizeEmail(emailInput);
    const throttle = this.runtime.throttle;
    const ds = this.em.connection;
    const wait = await throttle.lockedFor(ds, email, clientAddress);
    if (wait > 0) throw locked(wait);
    const account = await this.em.getRepository(Account).findOne({ where: { email } });
    const ok = await verifyPassword(account?.passwordHash ?? null, String(password ?? ""));
    if (!ok || !account || account.status !== AccountStatus.active) {
      await throttle.fail(ds, email, clientAddress);
      throw BAD_CREDENTIALS();
    }
    await throttle.succeeded(ds, email, clientAddress);
    account.lastLoginAt = new Date();
    await this.em.getRepository(Account).update({ id: account.id }, { lastLoginAt: account.lastLoginAt });
    return this.issue(account, uuidv7());
  }

  /** A new access token and a new refresh token in `familyId`. */
  async issue(account: Account, familyId: string): Promise<AuthPayload> {
    const identity = await identityFor(this.em, account, new DirectoryClient(this.runtime));
    const accessToken = await signAccessToken(identity, await this.runtime.key());
    const refreshToken = randomToken();
    const now = new Date();
    await this.em.getRepository(RefreshSession).insert({
      id: uuidv7(),
      accountId: account.id,
      familyId,
      tokenHash: sha256(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TTL_MS),
      rotatedAt: null,
      revokedAt: null,
    });
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, person: signingIn(account) };
  }

  /**
   * Rotates a refresh token. A token already rotated is a replay (someone kept a copy): the
   * whole family is revoked, so that neither the thief nor the owner can go on without signing in.
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const repo = this.em.getRepository(RefreshSession);
    const session = await repo.findOne({ where: { tokenHash: sha256(String(refreshToken ?? "")) } });
    if (!session || session.revokedAt) throw BAD_REFRESH();
    if (session.rotatedAt) {
      await this.revokeFamily(session.familyId);
      throw BAD_REFRESH();
    }
    if (session.expiresAt.getTime() < Date.now()) throw BAD_REFRESH();
    // Only one of two concurrent refreshes with the same token wins; the other is a replay.
    const res = await repo.update(
      { id: session.id, rotatedAt: IsNull(), revokedAt: IsNull() },
      { rotatedAt: new Date() },
    );
    if (!res.affected) {
      await this.revokeFamily(session.familyId);
      throw BAD_REFRESH();
    }
    const account = await this.em.getRepository(Account).findOne({ where: { id: session.accountId } });
    if (!account || account.status !== AccountStatus.active) {
      await this.revokeFamily(session.familyId);
      throw BAD_REFRESH();
    }
    return this.issue(account, session.familyId);
  }

  /**
   * Signs out: the refresh token's whole family stops working, and every access token of the
   * account on its next request (other devices refresh theirs). Unknown tokens are ignored.
   */
  async logout(refreshToken: string): Promise<boolean> {
    const session = await this.em
      .getRepository(RefreshSession)
      .findOne({ where: { tokenHash: sha256(String(refreshToken ?? "")) } });
    if (session) {
      await this.revokeFamily(session.familyId);
      await bumpTokenVersion(this.em, session.accountId);
    }
    return true;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.em.getRepository(RefreshSession).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Every session of an account (password reset, deletion). */
  async revokeAll(accountId: string): Promise<void> {
    await this.em.getRepository(RefreshSession).update({ accountId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
