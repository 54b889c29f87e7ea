import type { EntityManager } from "typeorm";
import { Check, log, type Lang } from "@champ-commun/kit";
import { Account, AccountStatus } from "./account.entity";
import { AccountService } from "./account.service";
import { OneTimePurpose } from "./one-time-token.entity";
import { OneTimeTokenService, RESET_TTL_MINUTES } from "./one-time-token.service";
import { SessionService } from "./session.service";
import { bumpTokenVersion } from "./credential";
import { resetMail, sendMail } from "./mailer";
import { normalizeEmail } from "./secrets";
import type { AccountsRuntime } from "./runtime";
import { t } from "../i18n";

/**
 * Password reset by e-mail. The request always answers the same (no account enumeration); the
 * link works once, for an hour. A reset also lifts a sign-in lock and signs out every session.
 */
export class PasswordResetService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: AccountsRuntime,
  ) {}

  async request(emailInput: string, lang: Lang, clientAddress: string | null = null): Promise<boolean> {
    // Only the address's form is checked here: whether an account has it is never told.
    const check = new Check();
    if (!String(emailInput ?? "").trim()) check.fail("email", t("session.enterYourEMail"));
    else check.email("email", emailInput);
    check.done();
    const email = normalizeEmail(emailInput);
    const account = await new AccountService(this.em).findByEmail(email);
    if (!account || account.status === AccountStatus.disabled) return true;
    // Mails are limited per account and per address (a mailbox flooded, a sender's reputation); the answer stays the same.
    if (!(await this.runtime.throttle.allowResetMail(this.em.connection, email, clientAddress))) return true;
    const { token } = await new OneTimeTokenService(this.em).issue(
      account.id,
      OneTimePurpose.password_reset,
      RESET_TTL_MINUTES * 60_000,
    );
    try {
      await sendMail(resetMail(account.email, token, RESET_TTL_MINUTES, lang));
    } catch (err) {
      // The answer must not tell whether the account exists: log, and answer true all the same.
      log().error({ err, accountId: account.id }, "reset mail not sent");
    }
    return true;
  }

  async reset(token: string, newPassword: string): Promise<boolean> {
    return this.em.transaction(async (em) => {
      const used = await new OneTimeTokenService(em).consume(token, OneTimePurpose.password_reset);
      const account = await em.getRepository(Account).findOneOrFail({ where: { id: used.accountId } });
      await new AccountService(em).setPassword(account, newPassword, "newPassword");
      await new SessionService(em, this.runtime).revokeAll(account.id);
      await bumpTokenVersion(em, account.id);
      await this.runtime.throttle.clearAccount(this.em.connection, account.email);
      return true;
    });
  }
}
