/**
 * Who goes where: each role has its back-office, and a person with several roles (an AMAP's
 * treasurer who is also a member, a farmer who is a network admin) picks which one to work in.
 * Pure functions, unit-tested (test/grants.test.ts).
 */
export type RoleName = "network_admin" | "amap_admin" | "referent" | "farmer" | "member";

export interface Grant {
  id: string;
  role: RoleName;
  /** The network, AMAP, contract template, farm or household the role applies to. */
  scopeId: string;
  /** The AMAP of an AMAP, template or household scope. */
  amapId: string | null;
}

export interface Person {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  superAdmin: boolean;
  grants: Grant[];
}

export type BackOfficePath = "/reseau" | "/amap" | "/paysan" | "/moi";

export const BACK_OFFICE_OF: Record<RoleName, BackOfficePath> = {
  network_admin: "/reseau",
  amap_admin: "/amap",
  referent: "/amap",
  farmer: "/paysan",
  member: "/moi",
};

/** The order in which a person's spaces are offered: the widest first. */
const ROLE_ORDER: RoleName[] = ["network_admin", "amap_admin", "referent", "farmer", "member"];

/** A super admin without a network role still reaches the network back-office, over every network. */
export const ALL_NETWORKS: Grant = { id: "super-admin", role: "network_admin", scopeId: "*", amapId: null };

/** The grants that open a back-office, in the order they are offered. */
export function grantsFor(person: Person | null, path: BackOfficePath): Grant[] {
  if (!person) return [];
  const own = [...person.grants]
    .filter((g) => BACK_OFFICE_OF[g.role] === path)
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  if (path === "/reseau" && person.superAdmin && own.length === 0) return [ALL_NETWORKS];
  return own;
}

/** Every grant of the person, in the order the role switcher lists them. */
export function allGrants(person: Person | null): Grant[] {
  if (!person) return [];
  const paths: BackOfficePath[] = ["/reseau", "/amap", "/paysan", "/moi"];
  return paths.flatMap((p) => grantsFor(person, p));
}

/** The grant a back-office works with: the one chosen before (if still held), else its first. */
export function pickGrant(person: Person | null, path: BackOfficePath, chosenId: string | null): Grant | null {
  const candidates = grantsFor(person, path);
  return candidates.find((g) => g.id === chosenId) ?? candidates[0] ?? null;
}

/**
 * Where to go after signing in: the page asked for (`suite`) when the person may open it,
 * else the back-office of their widest role; null when they hold no role at all.
 */
export function destinationAfterLogin(person: Person, wanted: string | null): string | null {
  if (wanted && /^\/(reseau|amap|paysan|moi)(\/|$)/.test(wanted) && !wanted.startsWith("//")) {
    const path = `/${wanted.split("/")[1]}` as BackOfficePath;
    if (grantsFor(person, path).length) return wanted;
  }
  const first = allGrants(person)[0];
  return first ? BACK_OFFICE_OF[first.role] : null;
}

/** Storage key of the grant chosen for a back-office (per tab). */
export const chosenGrantKey = (path: BackOfficePath) => `cc.grant${path}`;
