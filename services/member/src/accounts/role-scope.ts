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

/** Looks a scope up where it lives (households here; templates, AMAPs, farms, networks elsewhere). */
export async function locateScope(em: EntityManager, directory: DirectoryClient, role: RoleName, scopeId: string): Promise<ScopeTarget> {
  const none: ScopeTarget = { exists: false, amapId: null, networkIds: [] };
  switch (role) {
    case RoleName.network_admin:
      return (await directory.networkExists(scopeId)) ? { exists: true, amapId: null, networkIds: [scopeId] } : none;
    case RoleName.amap_admin: {
      const amap = await directory.amap(scopeId);
      return amap ? { exists: true, amapId: amap.id, networkIds: amap.networkId ? [amap.networkId] : [] } : none;
    }
    case RoleName.referent: {
      const t = (await directory.templates([scopeId])).get(scopeId);
      return t ? { exists: true, amapId: t.amapId, networkIds: [] } : none;
    }
    case RoleName.farmer: {
      const networks = await directory.farmNetworks(scopeId);
      return networks ? { exists: true, amapId: null, networkIds: networks } : none;
    }
    case RoleName.member: {
      const h = await em.getRepository(Household).findOne({ select: { id: true, amapId: true }, where: { id: scopeId } });
      return h ? { exists: true, amapId: h.amapId, networkIds: [] } : none;
    }
  }
}

/**
 * Who may grant (and revoke) which role (domain.md): an AMAP admin within their AMAP (AMAP admin,
 * référent, member roles); a network admin the network admin role within their networks, the AMAP
 * admin role of their AMAPs and the farmer role of their farms; a super admin anything.
 * Nobody grants a farm to themselves through an AMAP: farms are the networks' directory.
 */
export function mayGrant(scope: TenantScope, role: RoleName, target: ScopeTarget): boolean {
  if (scope.all) return true;
  if (!scope.isPerson || !target.exists) return false;
  const networkAdmin = target.networkIds.some((n) => scope.isNetworkAdmin(n));
  switch (role) {
    case RoleName.network_admin:
    case RoleName.farmer:
      return networkAdmin;
    case RoleName.amap_admin:
      return scope.isAmapAdmin(target.amapId) || networkAdmin;
    case RoleName.referent:
    case RoleName.member:
      return scope.isAmapAdmin(target.amapId);
  }
}
