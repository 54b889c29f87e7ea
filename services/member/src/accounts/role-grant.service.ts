import { EntityManager, IsNull } from "typeorm";
import {
  badInput,
  Check,
  conflict,
  findPage,
  forbidden,
  notFound,
  uuidv7,
  type Page,
  type PageArgs,
  type TenantScope,
} from "@champ-commun/kit";
import { recordAudit } from "../audit/audit";
import { Account } from "./account.entity";
import { RoleGrant, RoleGrantStatus, RoleName } from "./role-grant.entity";
import { DirectoryClient } from "./directory.client";
import { grantAuthority, locateScope } from "./role-scope";
import { bumpTokenVersion } from "./credential";
import type { AccountsRuntime } from "./runtime";
import type { GrantRoleInput, RoleGrantFilter } from "./types";
import { t } from "../i18n";

const WHAT = t("roleGrant.roleGrant");

const SELF = () => forbidden(t("roleGrant.nobodyGrantsRoleThemselves"));

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
    for (const k of ["amapId", "scopeId", "personId", "status"] as const) if (filter[k]) where[k] = filter[k];
    if (!filter.includeRevoked) where.revokedAt = IsNull();
    return findPage(this.repo, where, args, ["grantedAt", "role"], { grantedAt: "DESC", id: "DESC" });
  }

  /**
   * Records a grant, active or pending (once: an identical grant not revoked is returned as is, a
   * pending one made active when its AMAP's admin grants it). Access was checked by the policy.
   */
  async record(
    g: { personId: string; role: RoleName; scopeId: string; amapId: string | null },
    actorId: string | null,
    status = RoleGrantStatus.active,
  ): Promise<RoleGrant> {
    const held = await this.repo.findOne({
      where: {
        personId: g.personId,
        role: g.role,
        scopeId: g.scopeId,
        amapId: g.amapId ?? IsNull(),
        revokedAt: IsNull(),
      },
    });
    if (held && held.status === RoleGrantStatus.pending && status === RoleGrantStatus.active)
      return this.accept(held.id, actorId);
    if (held) return held;
    const grant = this.repo.create({
      id: uuidv7(),
      ...g,
      status,
      grantedBy: actorId ?? "system",
      grantedAt: new Date(),
      acceptedBy: null,
      acceptedAt: null,
      revokedAt: null,
      revokedBy: null,
    });
    await this.repo.insert(grant);
    await recordAudit(this.em, {
      amapId: g.amapId,
      actorId,
      entity: "RoleGrant",
      entityId: grant.id,
      action: status === RoleGrantStatus.pending ? "invite" : "grant",
      before: null,
      after: grant,
    });
    // The holder's next request refreshes the session, which then carries the role.
    if (status === RoleGrantStatus.active) await bumpTokenVersion(this.em, g.personId);
    return grant;
  }

  /** Grants a role, or proposes it (pending) when the caller may only invite (see role-scope.ts). */
  async grant(input: GrantRoleInput, actorId: string | null, scope: TenantScope): Promise<RoleGrant> {
    const check = new Check();
    check.id("personId", input.personId, { required: true });
    check.id("scopeId", input.scopeId, { required: true });
    if (input.amapId != null) check.id("amapId", input.amapId);
    check.done();
    if (input.amapId && input.role !== RoleName.farmer) throw badInput("amapId", t("roleGrant.onlyFarmerRoleGiven"));
    if (actorId === input.personId) throw SELF();
    if (!(await this.em.getRepository(Account).exists({ where: { id: input.personId } }))) {
      throw badInput("personId", t("roleGrant.personHasNoAccount"));
    }
    const target = await locateScope(
      this.em,
      new DirectoryClient(this.runtime),
      input.role,
      input.scopeId,
      input.amapId ?? null,
    );
    if (!target.exists) throw badInput("scopeId", t("roleGrant.noSuchScopeRole"));
    const authority = grantAuthority(scope, input.role, target);
    if (!authority) throw forbidden();
    const status = authority === "direct" ? RoleGrantStatus.active : RoleGrantStatus.pending;
    return this.em.transaction((em) =>
      new RoleGrantService(em, this.runtime).record(
        { personId: input.personId, role: input.role, scopeId: input.scopeId, amapId: target.amapId },
        actorId,
        status,
      ),
    );
  }

  /** Accepts a pending grant (the AMAP's admins, checked by the policy; never its holder): it is held from now on. */
  async accept(id: string, actorId: string | null): Promise<RoleGrant> {
    const run = async (em: EntityManager) => {
      const repo = em.getRepository(RoleGrant);
      const before = await new RoleGrantService(em, this.runtime).get(id);
      if (actorId === before.personId) throw SELF();
      if (before.revokedAt) throw conflict(t("roleGrant.roleWasRevokedCan"));
      if (before.status === RoleGrantStatus.active) return before;
      const after = {
        ...before,
        status: RoleGrantStatus.active,
        acceptedBy: actorId ?? "system",
        acceptedAt: new Date(),
      };
      // Only one of two concurrent acceptances writes (and audits).
      const res = await repo.update(
        { id, status: RoleGrantStatus.pending, revokedAt: IsNull() },
        { status: after.status, acceptedBy: after.acceptedBy, acceptedAt: after.acceptedAt },
      );
      if (!res.affected) return new RoleGrantService(em, this.runtime).get(id);
      await recordAudit(em, {
        amapId: before.amapId,
        actorId,
        entity: "RoleGrant",
        entityId: id,
        action: "accept",
        before,
        after,
      });
      await bumpTokenVersion(em, before.personId);
      return repo.merge(repo.create(), after);
    };
    return this.em.queryRunner?.isTransactionActive ? run(this.em) : this.em.transaction(run);
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
      await recordAudit(em, {
        amapId: before.amapId,
        actorId,
        entity: "RoleGrant",
        entityId: id,
        action: "revoke",
        before,
        after,
      });
      // Revocation on the holder's next request, whatever token they hold.
      await bumpTokenVersion(em, before.personId);
      return repo.merge(repo.create(), after);
    });
  }
}
