import type { EntityManager } from "typeorm";
import type { TenantScope } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { RoleName } from "./role-grant.entity";
import type { DirectoryClient } from "./directory.client";

/** Where a role's scope lies: the AMAP it belongs to, or the networks above it. */
export interface ScopeTarget {
  exists: boolean;
  /** The AMAP of an AMAP, template or household scope. */
  amapId: string | null;
  /** The network of an AMAP, or the networks listing a farm. */
  networkIds: string[];
}

/**
 * Looks a scope up where it lives (households here; templates, AMAPs, farms, networks elsewhere).
 * A farmer's grant with `amapId` is the farmer's reach into that AMAP: it lies in that AMAP.
 */
export async function locateScope(
  em: EntityManager,
  directory: DirectoryClient,
  role: RoleName,
  scopeId: string,
  amapId: string | null = null,
): Promise<ScopeTarget> {
  const none: ScopeTarget = { exists: false, amapId: null, networkIds: [] };
  const amapTarget = async (id: string): Promise<ScopeTarget> => {
    const amap = await directory.amap(id);
    return amap ? { exists: true, amapId: amap.id, networkIds: amap.networkId ? [amap.networkId] : [] } : none;
  };
  switch (role) {
    case RoleName.network_admin:
      return (await directory.networkExists(scopeId)) ? { exists: true, amapId: null, networkIds: [scopeId] } : none;
    case RoleName.amap_admin:
      return amapTarget(scopeId);
    case RoleName.referent: {
      const t = (await directory.templates([scopeId])).get(scopeId);
      return t ? { exists: true, amapId: t.amapId, networkIds: [] } : none;
    }
    case RoleName.farmer: {
      const networks = await directory.farmNetworks(scopeId);
      if (!networks) return none;
      return amapId ? amapTarget(amapId) : { exists: true, amapId: null, networkIds: networks };
    }
    case RoleName.member: {
      const h = await em
        .getRepository(Household)
        .findOne({ select: { id: true, amapId: true }, where: { id: scopeId } });
      return h ? { exists: true, amapId: h.amapId, networkIds: [] } : none;
    }
  }
}

/** How a caller may give a role: directly (active at once), by inviting (pending until the AMAP accepts), or not at all. */
export type GrantAuthority = "direct" | "invite" | null;

/**
 * Who may grant which role (domain.md; issue 11): a role that reads an AMAP's personal data (AMAP
 * admin, référent, member, a farmer's reach into the AMAP) is the AMAP's admins' to give; a
 * network admin above the AMAP may only invite an AMAP admin or a farmer in (a pending grant the
 * AMAP's admins accept). Network roles and a farmer's role over the farm itself (profile,
 * products, no member data) are the networks'. A super admin gives anything. Nobody gives himself
 * a role: the grant service refuses it, whoever asks.
 */
export function grantAuthority(scope: TenantScope, role: RoleName, target: ScopeTarget): GrantAuthority {
  if (scope.all) return "direct";
  if (!scope.isPerson || !target.exists) return null;
  const networkAdmin = target.networkIds.some((n) => scope.isNetworkAdmin(n));
  const amapAdmin = !!target.amapId && scope.isAmapAdmin(target.amapId);
  switch (role) {
    case RoleName.network_admin:
      return networkAdmin ? "direct" : null;
    case RoleName.farmer:
      if (!target.amapId) return networkAdmin ? "direct" : null;
      return amapAdmin ? "direct" : networkAdmin ? "invite" : null;
    case RoleName.amap_admin:
      return amapAdmin ? "direct" : networkAdmin ? "invite" : null;
    case RoleName.referent:
    case RoleName.member:
      return amapAdmin ? "direct" : null;
  }
}

/** May the caller grant (or revoke) this role there, directly or by invitation. */
export function mayGrant(scope: TenantScope, role: RoleName, target: ScopeTarget): boolean {
  return grantAuthority(scope, role, target) !== null;
}
