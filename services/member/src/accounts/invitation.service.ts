import { EntityManager, In, IsNull, MoreThan, Not } from "typeorm";
import { badInput, Check, uuidv7, type Lang } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { HouseholdService } from "../services/household.service";
import { Account } from "./account.entity";
import { AccountService } from "./account.service";
import { OneTimePurpose, OneTimeToken } from "./one-time-token.entity";
import { INVITATION_TTL_DAYS, OneTimeTokenService } from "./one-time-token.service";
import { RoleGrantService } from "./role-grant.service";
import { SessionService } from "./session.service";
import { DirectoryClient } from "./directory.client";
import { invitationMail, sendMail } from "./mailer";
import { normalizeEmail, sha256 } from "./secrets";
import { RoleName } from "./role-grant.entity";
import { AccountStatus } from "./account.entity";
import type { AccountsRuntime } from "./runtime";
import type { AuthPayload, Invitation, InviteHouseholdInput, InviteToRoleInput } from "./types";
import { locateScope } from "./role-scope";
import { t } from "../i18n";

/**
 * An AMAP admin invites a person into a household (a new one, or an existing one of the AMAP):
 * the person, their account (without password) and the member role are recorded at once, and a
 * single-use link valid a week lets them choose a password.
 */
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: AccountsRuntime,
  ) {}

  async invite(input: InviteHouseholdInput, actorId: string | null, lang: Lang): Promise<Invitation> {
    const check = new Check();
    check.id("amapId", input.amapId, { required: true });
    if (input.householdId) check.id("householdId", input.householdId);
    const email = check.email("email", normalizeEmail(input.email));
    if (!email) check.fail("email", t("invitation.eMailAddressRequired"));
    check.text("lastName", input.lastName, { required: true, max: 100 });
    check.done();
    const amap = await new DirectoryClient(this.runtime).amap(input.amapId).catch(() => null);
    const sent = await this.em.transaction((em) => this.record(em, input, email!, actorId));
    // Sent once the records are committed: a failed mail leaves an invitation that can be sent again.
    await sendMail(invitationMail(sent.invitation.email, sent.token, amap?.name ?? "", INVITATION_TTL_DAYS, lang));
    return sent.invitation;
  }

  /** One invitation into a household, inside the caller's transaction: the household (made when absent), the person, the account without password, the member role and the link. */
  private async record(
    em: EntityManager,
    input: InviteHouseholdInput,
    email: string,
    actorId: string | null,
  ): Promise<{ token: string; invitation: Invitation }> {
    let household: Household;
    if (input.householdId) {
      const found = await em.getRepository(Household).findOne({ where: { id: input.householdId } });
      if (!found || found.amapId !== input.amapId)
        throw badInput("householdId", t("invitation.householdDoesNotBelong"));
      household = found;
    } else {
      household = await new HouseholdService(em).create({
        amapId: input.amapId,
        displayName: input.displayName ?? undefined,
        people: [{ firstName: input.firstName ?? undefined, lastName: input.lastName, email }],
      });
    }
    let person = await em.getRepository(Person).findOne({ where: { householdId: household.id, email } });
    person ??= await new HouseholdService(em).addPerson(household.id, {
      firstName: input.firstName ?? undefined,
      lastName: input.lastName,
      email,
    });
    const accounts = new AccountService(em);
    const account =
      (await accounts.findByEmail(email)) ??
      (await accounts.create({ email, firstName: input.firstName, lastName: input.lastName, personId: person.id }));
    await new RoleGrantService(em, this.runtime).record(
      { personId: account.id, role: RoleName.member, scopeId: household.id, amapId: household.amapId },
      actorId,
    );
    const { token, expiresAt } = await new OneTimeTokenService(em).issue(
      account.id,
      OneTimePurpose.invitation,
      INVITATION_TTL_DAYS * 86_400_000,
      household.id,
    );
    return { token, invitation: { personId: account.id, householdId: household.id, email: account.email, expiresAt } };
  }

  /**
   * Invites a person to a role (référent of a template, farmer of a farm, AMAP admin, network
   * admin) by e-mail: their account (without password, unless they have one), the grant and a
   * single-use link are recorded at once; an existing account simply gets the role and a mail.
   * Who may invite to which role is who may grant it (role-scope.ts, checked in policy.ts).
   */
  async inviteToRole(input: InviteToRoleInput, actorId: string | null, lang: Lang): Promise<Invitation> {
    const check = new Check();
    const email = check.email("email", normalizeEmail(input.email));
    if (!email) check.fail("email", t("invitation.eMailAddressRequired"));
    check.id("scopeId", input.scopeId, { required: true });
    check.text("lastName", input.lastName, { max: 100 });
    if (input.role === RoleName.member) check.fail("role", t("invitation.memberInvitedIntoTheir"));
    check.done();
    const directory = new DirectoryClient(this.runtime);
    const target = await locateScope(this.em, directory, input.role, input.scopeId);
    if (!target.exists) throw badInput("scopeId", t("roleGrant.noSuchScopeRole"));
    const scopeName = await scopeNameOf(directory, input.role, input.scopeId).catch(() => "");
    const sent = await this.em.transaction(async (em) => {
      const accounts = new AccountService(em);
      const account =
        (await accounts.findByEmail(email!)) ??
        (await accounts.create({ email: email!, firstName: input.firstName, lastName: input.lastName ?? "" }));
      await new RoleGrantService(em, this.runtime).record(
        { personId: account.id, role: input.role, scopeId: input.scopeId, amapId: target.amapId },
        actorId,
      );
      // Someone who already signs in needs no password link: the new role is in their next token.
      const link = account.passwordHash
        ? null
        : await new OneTimeTokenService(em).issue(
            account.id,
            OneTimePurpose.invitation,
            INVITATION_TTL_DAYS * 86_400_000,
          );
      return {
        link,
        invitation: {
          personId: account.id,
          householdId: "",
          email: account.email,
          expiresAt: link?.expiresAt ?? new Date(),
        },
      };
    });
    if (sent.link)
      await sendMail(
        invitationMail(
          sent.invitation.email,
          sent.link.token,
          scopeName || input.scopeId,
          INVITATION_TTL_DAYS,
          lang,
          input.role,
        ),
      );
    return sent.invitation;
  }

  /**
   * Invites every person of an AMAP's households who has an e-mail address and no account yet
   * (after an import), or whose invitation ran out: the records in a few transactions, then the
   * mails a few at a time (each is an SMTP round trip: one after the other, 200 of them outlast a
   * request). A mail that fails voids its link, so the next click sends it again. Returns those
   * whose mail went.
   */
  async inviteMembers(amapId: string, actorId: string | null, lang: Lang): Promise<Invitation[]> {
    const check = new Check();
    check.id("amapId", amapId, { required: true });
    check.done();
    const households = await this.em.getRepository(Household).find({ select: { id: true }, where: { amapId } });
    if (!households.length) return [];
    const people = await this.em.getRepository(Person).find({
      where: { householdId: In(households.map((h) => h.id)), email: Not("") },
      order: { householdId: "ASC", isPrimary: "DESC" },
    });
    const emails = [...new Set(people.map((p) => normalizeEmail(p.email)).filter(Boolean))];
    const accounts = people.length
      ? await this.em.getRepository(Account).find({
          select: { id: true, email: true, status: true },
          where: [{ id: In(people.map((p) => p.id)) }, { email: In(emails) }],
        })
      : [];
    const invited = accounts.filter((a) => a.status === AccountStatus.invited).map((a) => a.id);
    // An invitation still valid is not sent twice: a second click floods nobody.
    const pending = new Set(
      invited.length
        ? (
            await this.em.getRepository(OneTimeToken).find({
              select: { id: true, accountId: true },
              where: {
                accountId: In(invited),
                purpose: OneTimePurpose.invitation,
                usedAt: IsNull(),
                expiresAt: MoreThan(new Date()),
              },
            })
          ).map((t) => t.accountId)
        : [],
    );
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const byEmail = new Map(accounts.map((a) => [a.email, a]));
    const todo: Array<{ person: Person; email: string }> = [];
    const seen = new Set<string>();
    for (const p of people) {
      const email = normalizeEmail(p.email);
      if (!email || seen.has(email)) continue;
      seen.add(email);
      const account = byId.get(p.id) ?? byEmail.get(email);
      if (account && (account.status !== AccountStatus.invited || pending.has(account.id))) continue;
      todo.push({ person: p, email });
    }
    if (!todo.length) return [];
    const amapName = (await new DirectoryClient(this.runtime).amap(amapId).catch(() => null))?.name ?? "";
    const issued: Array<{ token: string; invitation: Invitation }> = [];
    for (let i = 0; i < todo.length; i += 50) {
      const slice = todo.slice(i, i + 50);
      const done = await this.em.transaction(async (em) => {
        const out = [];
        for (const { person: p, email } of slice)
          out.push(
            await this.record(
              em,
              { amapId, householdId: p.householdId, email, firstName: p.firstName, lastName: p.lastName },
              email,
              actorId,
            ),
          );
        return out;
      });
      issued.push(...done);
    }
    const sent = await eachLimited(issued, MAIL_CONCURRENCY, async ({ token, invitation }) => {
      try {
        await sendMail(invitationMail(invitation.email, token, amapName, INVITATION_TTL_DAYS, lang));
        return invitation;
      } catch {
        await this.em.getRepository(OneTimeToken).update({ tokenHash: sha256(token) }, { usedAt: new Date() });
        return null;
      }
    });
    return sent.filter((x): x is Invitation => x !== null);
  }

  /** Chooses a password through the invitation link, and signs in. */
  async accept(token: string, password: string): Promise<AuthPayload> {
    const account = await this.em.transaction(async (em) => {
      const used = await new OneTimeTokenService(em).consume(token, OneTimePurpose.invitation);
      const acc = await em.getRepository(Account).findOneOrFail({ where: { id: used.accountId } });
      return new AccountService(em).setPassword(acc, password);
    });
    return new SessionService(this.em, this.runtime).issue(account, uuidv7());
  }
}

/** Mails sent at once by a bulk invitation (SMTP servers take a few connections per client). */
const MAIL_CONCURRENCY = 8;

/** `fn` over the items, at most `limit` at a time, answers in the items' order. */
async function eachLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

/** What the invitation names: the AMAP, the template (with its AMAP), the farm or the network. */
async function scopeNameOf(directory: DirectoryClient, role: RoleName, scopeId: string): Promise<string> {
  switch (role) {
    case RoleName.amap_admin:
      return (await directory.amap(scopeId))?.name ?? "";
    case RoleName.referent: {
      const t = await directory.templateName(scopeId);
      return t ? `${t.name} (${(await directory.amap(t.amapId))?.name ?? ""})` : "";
    }
    case RoleName.farmer:
      return (await directory.farmName(scopeId)) ?? "";
    case RoleName.network_admin:
      return (await directory.networkName(scopeId)) ?? "";
    default:
      return "";
  }
}
