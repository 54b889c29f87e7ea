import { EntityManager, In, IsNull, Not } from "typeorm";
import { Household, HouseholdStatus } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { Account, AccountStatus } from "../accounts/account.entity";
import { RoleGrant, RoleName } from "../accounts/role-grant.entity";

/** Someone a mail goes to: a person id (household person or account) and an address. */
export interface Recipient {
  personId: string;
  email: string;
  householdId?: string | null;
  name?: string;
}

const named = (p: { firstName: string; lastName: string }) => [p.firstName, p.lastName].filter(Boolean).join(" ");

/** Every person with an e-mail address in these households. */
export async function householdPeople(em: EntityManager, householdIds: string[]): Promise<Recipient[]> {
  if (!householdIds.length) return [];
  const people = await em.getRepository(Person).find({
    where: { householdId: In([...new Set(householdIds)]), email: Not("") },
    order: { isPrimary: "DESC", id: "ASC" },
  });
  return people.map((p) => ({ personId: p.id, email: p.email, householdId: p.householdId, name: named(p) }));
}

/** The people of an AMAP's current households (active and intermittent) who have an address. */
export async function amapMembers(em: EntityManager, amapId: string): Promise<Recipient[]> {
  const households = await em.getRepository(Household).find({
    select: { id: true },
    where: { amapId, status: In([HouseholdStatus.active, HouseholdStatus.intermittent]) },
  });
  return householdPeople(
    em,
    households.map((h) => h.id),
  );
}

/** The accounts holding a role on a scope (référents of a template, farmers of a farm, admins of an AMAP). */
export async function roleHolders(em: EntityManager, role: RoleName, scopeId: string): Promise<Recipient[]> {
  const grants = await em.getRepository(RoleGrant).find({ where: { role, scopeId, revokedAt: IsNull() } });
  if (!grants.length) return [];
  const accounts = await em
    .getRepository(Account)
    .find({ where: { id: In([...new Set(grants.map((g) => g.personId))]), status: Not(AccountStatus.disabled) } });
  return accounts.map((a) => ({ personId: a.id, email: a.email, name: named(a) }));
}

/** One recipient per person (a member who is also référent is told once). */
export function uniqueRecipients(...lists: Recipient[][]): Recipient[] {
  const seen = new Map<string, Recipient>();
  for (const r of lists.flat()) if (r.email && !seen.has(r.personId)) seen.set(r.personId, r);
  return [...seen.values()];
}
