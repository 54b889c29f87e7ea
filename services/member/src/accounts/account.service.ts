import { EntityManager, IsNull } from "typeorm";
import { badInput, Check, conflict, uuidv7 } from "@champ-commun/kit";
import { Person } from "../entities/person.entity";
import { recordAudit } from "../audit/audit";
import { Account, AccountStatus } from "./account.entity";
import { OneTimeToken } from "./one-time-token.entity";
import { RefreshSession } from "./refresh-session.entity";
import { RoleGrant } from "./role-grant.entity";
import { checkPasswordPolicy, hashPassword } from "./password";
import { normalizeEmail } from "./secrets";
import { t } from "../i18n";

export interface NewAccount {
  email: string;
  password?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  /** The household Person this account is, when there is one (the account takes its id). */
  personId?: string | null;
  superAdmin?: boolean;
}

/** Accounts: creating them (invitation, script, super admin), passwords, deletion. */
export class AccountService {
  constructor(private readonly em: EntityManager) {}

  private get repo() {
    return this.em.getRepository(Account);
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.repo.findOne({ where: { email: normalizeEmail(email) } });
  }

  async create(input: NewAccount): Promise<Account> {
    const check = new Check();
    const email = check.email("email", normalizeEmail(input.email));
    if (!email) check.fail("email", t("invitation.eMailAddressRequired"));
    check.done();
    if (input.password != null) checkPasswordPolicy(input.password, email!);
    if (await this.findByEmail(email!)) throw conflict(t("account.accountAlreadyExistsWith"), "email");
    let id = uuidv7();
    let firstName = input.firstName?.trim() ?? "";
    let lastName = input.lastName?.trim() ?? "";
    if (input.personId) {
      const person = await this.em.getRepository(Person).findOne({ where: { id: input.personId } });
      if (!person) throw badInput("personId", t("account.personDoesNotExist"));
      if (await this.repo.exists({ where: { id: person.id } }))
        throw conflict(t("account.personAlreadyHasAccount"), "personId");
      id = person.id;
      firstName ||= person.firstName;
      lastName ||= person.lastName;
    }
    const account = this.repo.create({
      id,
      email: email!,
      firstName,
      lastName,
      passwordHash: input.password != null ? await hashPassword(input.password) : null,
      status: input.password != null ? AccountStatus.active : AccountStatus.invited,
      superAdmin: input.superAdmin ?? false,
      lastLoginAt: null,
    });
    return this.repo.save(account);
  }

  /** Sets a new password (after reset or invitation) and activates the account. */
  async setPassword(account: Account, password: string, field = "password"): Promise<Account> {
    checkPasswordPolicy(password, account.email, field);
    account.passwordHash = await hashPassword(password);
    if (account.status === AccountStatus.invited) account.status = AccountStatus.active;
    return this.repo.save(account);
  }

  /**
   * The first administrator, from the command line or ADMIN_EMAIL/ADMIN_PASSWORD: created as
   * super admin, or (if the account exists) promoted; the password is set only on creation, so a
   * restart with the variables still set does not undo a later password change.
   */
  async ensureSuperAdmin(email: string, password: string): Promise<{ account: Account; created: boolean }> {
    const existing = await this.findByEmail(email);
    if (existing) {
      if (!existing.superAdmin) {
        existing.superAdmin = true;
        await this.repo.save(existing);
        await recordAudit(this.em, {
          amapId: null,
          actorId: "system",
          entity: "Account",
          entityId: existing.id,
          action: "promote_super_admin",
          before: { superAdmin: false },
          after: { superAdmin: true },
        });
      }
      return { account: existing, created: false };
    }
    const account = await this.create({ email, password, superAdmin: true, lastName: "Administrateur" });
    await recordAudit(this.em, {
      amapId: null,
      actorId: "system",
      entity: "Account",
      entityId: account.id,
      action: "create_super_admin",
      before: null,
      after: { email: account.email, superAdmin: true },
    });
    return { account, created: true };
  }

  /**
   * Deletes a sign-in: the account row (its e-mail is personal data), its sessions and pending
   * links; its roles are revoked (kept revoked, for the record). Household data stays: erasing
   * it is the member data-erasure feature's job.
   */
  async delete(accountId: string, actorId: string | null): Promise<boolean> {
    return this.em.transaction(async (em) => {
      const account = await em.getRepository(Account).findOne({ where: { id: accountId } });
      if (!account) return false;
      const now = new Date();
      const grants = await em.getRepository(RoleGrant).find({ where: { personId: accountId, revokedAt: IsNull() } });
      for (const g of grants) {
        await em.getRepository(RoleGrant).update({ id: g.id }, { revokedAt: now, revokedBy: actorId ?? "system" });
        await recordAudit(em, {
          amapId: g.amapId,
          actorId,
          entity: "RoleGrant",
          entityId: g.id,
          action: "revoke",
          before: g,
          after: { ...g, revokedAt: now, revokedBy: actorId ?? "system" },
        });
      }
      await em.getRepository(RefreshSession).delete({ accountId });
      await em.getRepository(OneTimeToken).delete({ accountId });
      await em.getRepository(Account).delete({ id: accountId });
      await recordAudit(em, {
        amapId: null,
        actorId,
        entity: "Account",
        entityId: accountId,
        action: "delete",
        before: { status: account.status },
        after: null,
      });
      return true;
    });
  }
}
