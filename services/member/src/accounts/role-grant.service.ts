import { EntityManager, IsNull } from "typeorm";
import { badInput, Check, findPage, notFound, uuidv7, type Page, type PageArgs } from "@champ-commun/kit";
import { recordAudit } from "../audit/audit";
import { Account } from "./account.entity";
import { RoleGrant, RoleName } from "./role-grant.entity";
import { DirectoryClient } from "./directory.client";
import { locateScope } from "./role-scope";
import type { AccountsRuntime } from "./runtime";
import type { GrantRoleInput, RoleGrantFilter } from "./types";

const WHAT = { fr: "Rôle", en: "Role grant" };

/** Role grants: granted and revoked with an audit entry each (who, when, before/after). */
export class RoleGrantService {
  constructor(
    private readonly em: EntityManager,
    private readonly runtime: AccountsRuntime,
  ) {}

  private get repo() {
    return this.em.getRepository(RoleGrant);
  }

  list(filter: RoleGrantFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<RoleGrant>> {
    const where: Record<string, unknown> = {};
    for (const k of ["amapId", "scopeId", "personId"] as const) if (filter[k]) where[k] = filter[k];
    if (!filter.includeRevoked) where.revokedAt = IsNull();
    return findPage(this.repo, where, args, ["grantedAt", "role"], { grantedAt: "DESC", id: "DESC" });
  }

  /** Records a grant (once: an active identical grant is returned as is). Access was checked by the policy. */
  async record(g: { personId: string; role: RoleName; scopeId: string; amapId: string | null }, actorId: string | null): Promise<RoleGrant> {
    const active = await this.repo.findOne({ where: { personId: g.personId, role: g.role, scopeId: g.scopeId, revokedAt: IsNull() } });
    if (active) return active;
    const grant = this.repo.create({ id: uuidv7(), ...g, grantedBy: actorId ?? "system", grantedAt: new Date(), revokedAt: null, revokedBy: null });
    await this.repo.insert(grant);
    await recordAudit(this.em, { amapId: g.amapId, actorId, entity: "RoleGrant", entityId: grant.id, action: "grant", before: null, after: grant });
    return grant;
  }

  async grant(input: GrantRoleInput, actorId: string | null): Promise<RoleGrant> {
    const check = new Check();
    check.id("personId", input.personId, { required: true });
    check.id("scopeId", input.scopeId, { required: true });
    check.done();
    if (!(await this.em.getRepository(Account).exists({ where: { id: input.personId } }))) {
      throw badInput("personId", { fr: "Cette personne n'a pas de compte : invitez-la d'abord.", en: "This person has no account: invite them first." });
    }
    const target = await locateScope(this.em, new DirectoryClient(this.runtime), input.role, input.scopeId);
    if (!target.exists) throw badInput("scopeId", { fr: "Ce périmètre n'existe pas pour ce rôle.", en: "No such scope for this role." });
    return this.em.transaction((em) => new RoleGrantService(em, this.runtime).record({ personId: input.personId, role: input.role, scopeId: input.scopeId, amapId: target.amapId }, actorId));
  }

  async get(id: string): Promise<RoleGrant> {
    const found = await this.repo.findOne({ where: { id } });
    if (!found) throw notFound(WHAT, id);
    return found;
  }

  async revoke(id: string, actorId: string | null): Promise<RoleGrant> {
    return this.em.transaction(async (em) => {
      const repo = em.getRepository(RoleGrant);
      const before = await new RoleGrantService(em, this.runtime).get(id);
      if (before.revokedAt) return before;
      const after = { ...before, revokedAt: new Date(), revokedBy: actorId ?? "system" };
      await repo.update({ id }, { revokedAt: after.revokedAt, revokedBy: after.revokedBy });
      await recordAudit(em, { amapId: before.amapId, actorId, entity: "RoleGrant", entityId: id, action: "revoke", before, after });
      return repo.merge(repo.create(), after);
    });
  }
}
