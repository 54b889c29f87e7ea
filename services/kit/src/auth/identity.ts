/**
 * Who is calling and what they hold. Roles are scoped (domain.md, "who may do what"): a role
 * always names the record it applies to.
 */
export type Role = "network_admin" | "amap_admin" | "referent" | "farmer" | "member" | "partner";

export const ROLES: readonly Role[] = ["network_admin", "amap_admin", "referent", "farmer", "member", "partner"];

export interface Grant {
  role: Role;
  /** The network, AMAP, contract template, farm or household the role applies to. */
  scopeId: string;
  /** Partner tokens are read-only unless granted more. */
  readOnly?: boolean;
  /**
   * Partner tokens: whether `scopeId` is a network or an AMAP. A farmer grant with "amap" is the
   * farmer's reach into the AMAP(s) of `amapIds`: their members' contracts with the farm.
   */
  scopeType?: "network" | "amap";
  /**
   * Snapshot taken at sign-in, so that each subgraph decides without asking the others:
   * the networks a network admin (or network partner) reaches (its network and every sub-network).
   */
  networkIds?: string[];
  /** Snapshot at sign-in: the AMAP(s) a référent's template, a member's household or a farmer's farm belongs to. */
  amapIds?: string[];
}

export interface Identity {
  /** The person (or, for a partner tool, the API token) behind the request. */
  subject: string;
  kind: "person" | "partner" | "system";
  grants: Grant[];
  /** Set on the first administrator created from the command line: may grant roles anywhere. */
  superAdmin?: boolean;
  /**
   * The account's token version when the token was signed: logout, password reset, role changes
   * and deletion bump it, and every request checks it against the member database (see credential.ts).
   */
  tokenVersion?: number;
}

/**
 * The identity of in-process calls that no client made: tests executing a schema directly,
 * scripts, seeds. It never comes from a request (a token cannot claim kind "system").
 */
export const SYSTEM_IDENTITY: Identity = Object.freeze({
  subject: "system",
  kind: "system",
  grants: [],
  superAdmin: true,
});

export function scopesOf(identity: Identity | null | undefined, role: Role): string[] {
  return identity ? identity.grants.filter((g) => g.role === role).map((g) => g.scopeId) : [];
}

export function holds(identity: Identity | null | undefined, role: Role, scopeId: string): boolean {
  return !!identity && identity.grants.some((g) => g.role === role && g.scopeId === scopeId);
}
