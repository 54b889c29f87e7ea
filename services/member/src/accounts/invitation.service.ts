import type { EntityManager } from "typeorm";
import { badInput, Check, uuidv7, type Lang } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { HouseholdService } from "../services/household.service";
import { Account } from "./account.entity";
import { AccountService } from "./account.service";
import { OneTimePurpose } from "./one-time-token.entity";
import { INVITATION_TTL_DAYS, OneTimeTokenService } from "./one-time-token.service";
import { RoleGrantService } from "./role-grant.service";
import { SessionService } from "./session.service";
import { DirectoryClient } from "./directory.client";
import { invitationMail, sendMail } from "./mailer";
import { normalizeEmail } from "./secrets";
import { RoleName } from "./role-grant.entity";
import type { AccountsRuntime } from "./runtime";
import type { AuthPayload, Invitation, InviteHouseholdInput } from "./types";

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
    if (!email) check.fail("email", "L'adresse e-mail est obligatoire.", "The e-mail address is required.");
    check.text("lastName", input.lastName, { required: true, max: 100 });
    check.done();
    const amap = await new DirectoryClient(this.runtime).amap(input.amapId).catch(() => null);
    const sent = await this.em.transaction(async (em) => {
      let household: Household;
      if (input.householdId) {
        const found = await em.getRepository(Household).findOne({ where: { id: input.householdId } });
        if (!found || found.amapId !== input.amapId) throw badInput("householdId", { fr: "Ce foyer n'appartient pas à cette AMAP.", en: "This household does not belong to this AMAP." });
        household = found;
      } else {
        household = await new HouseholdService(em).create({ amapId: input.amapId, displayName: input.displayName ?? undefined, people: [{ firstName: input.firstName ?? undefined, lastName: input.lastName, email: email! }] });
      }
      let person = await em.getRepository(Person).findOne({ where: { householdId: household.id, email: email! } });
      person ??= await new HouseholdService(em).addPerson(household.id, { firstName: input.firstName ?? undefined, lastName: input.lastName, email: email! });
      const accounts = new AccountService(em);
      const account = (await accounts.findByEmail(email!)) ?? (await accounts.create({ email: email!, firstName: input.firstName, lastName: input.lastName, personId: person.id }));
      await new RoleGrantService(em, this.runtime).record({ personId: account.id, role: RoleName.member, scopeId: household.id, amapId: household.amapId }, actorId);
      const { token, expiresAt } = await new OneTimeTokenService(em).issue(account.id, OneTimePurpose.invitation, INVITATION_TTL_DAYS * 86_400_000, household.id);
      return { token, invitation: { personId: account.id, householdId: household.id, email: account.email, expiresAt } };
    });
    // Sent once the records are committed: a failed mail leaves an invitation that can be sent again.
    await sendMail(invitationMail(sent.invitation.email, sent.token, amap?.name ?? (lang === "en" ? "your AMAP" : "votre AMAP"), INVITATION_TTL_DAYS, lang));
    return sent.invitation;
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
