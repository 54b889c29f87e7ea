import { EntityManager, In, IsNull } from "typeorm";
import { log, type Grant, type Identity } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import type { Account } from "./account.entity";
import { RoleGrant, RoleGrantStatus, RoleName } from "./role-grant.entity";
import type { DirectoryClient } from "./directory.client";

/** The roles a person holds now: not revoked, not awaiting an AMAP's acceptance. */
export function activeGrants(em: EntityManager, personId: string): Promise<RoleGrant[]> {
  return em.getRepository(RoleGrant).find({
    where: { personId, revokedAt: IsNull(), status: RoleGrantStatus.active },
    order: { grantedAt: "ASC", id: "ASC" },
  });
}

/**
 * The identity an access token carries for this account: its active grants, each with the
 * tenants it reaches, snapshot now so that every subgraph can decide alone for the token's 15
 * minutes. If another subgraph cannot be asked, the grant goes without its extra tenants: the
 * person then reaches less, never more.
 */
export async function identityFor(em: EntityManager, account: Account, directory: DirectoryClient): Promise<Identity> {
  const grants = await activeGrants(em, account.id);
  const of = (role: RoleName) => grants.filter((g) => g.role === role).map((g) => g.scopeId);
  const safely = async <T>(what: string, f: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await f();
    } catch (err) {
      log().warn({ err, missing: what }, "sign-in without part of its grants");
      return fallback;
    }
  };
  const networks = of(RoleName.network_admin);
  const subtrees = networks.length
    ? await safely("sub-networks", () => directory.subtrees(networks), new Map<string, string[]>())
    : new Map<string, string[]>();
  const templateIds = of(RoleName.referent);
  const templates = templateIds.length
    ? await safely("templates' AMAPs", () => directory.templates(templateIds), new Map<string, { amapId: string }>())
    : new Map<string, { amapId: string }>();
  const householdIds = of(RoleName.member);
  const households = householdIds.length
    ? await em.getRepository(Household).find({ select: { id: true, amapId: true }, where: { id: In(householdIds) } })
    : [];
  const out: Grant[] = [];
  for (const g of grants) {
    const grant: Grant = { role: g.role, scopeId: g.scopeId };
    if (g.role === RoleName.network_admin) grant.networkIds = subtrees.get(g.scopeId) ?? [g.scopeId];
    if (g.role === RoleName.referent)
      grant.amapIds = templates.has(g.scopeId) ? [templates.get(g.scopeId)!.amapId] : g.amapId ? [g.amapId] : [];
    if (g.role === RoleName.member) grant.amapIds = households.filter((h) => h.id === g.scopeId).map((h) => h.amapId);
    // A farmer's reach into one AMAP (its members' contracts with the farm), as that AMAP granted it;
    // the role over the farm itself sees the calendars of the AMAPs it supplies, no member's data.
    if (g.role === RoleName.farmer && g.amapId) Object.assign(grant, { scopeType: "amap", amapIds: [g.amapId] });
    else if (g.role === RoleName.farmer)
      grant.amapIds = await safely("farm's AMAPs", () => directory.amapsOfFarm(g.scopeId), []);
    out.push(grant);
  }
  return {
    subject: account.id,
    kind: "person",
    grants: out,
    tokenVersion: account.tokenVersion ?? 0,
    ...(account.superAdmin ? { superAdmin: true } : {}),
  };
}
