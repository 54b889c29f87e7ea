import type { DataSource, EntityMetadata } from "typeorm";

/*
 * Which tables name a household or a person, read from TypeORM's metadata rather than listed by
 * hand: the member's export and erasure follow every column whose name says it holds a household
 * id (`householdId`, `partnerHouseholdId`, `giverHouseholdId`…) or a person id (`personId`,
 * `accountId`), and the records hanging from the household's subscriptions and memberships. A new
 * entity with such a column is in the export the day it is registered; the test that fills every
 * one of them fails until it has a fixture row, and `NOT_NAMING_A_HOUSEHOLD` lists, with a reason,
 * the entities that hold none.
 */

/** How one entity is reached from a household. */
export interface RecordLink {
  entity: string;
  /** Columns holding a household id. */
  householdColumns: string[];
  /** Columns holding a person (account) id. */
  personColumns: string[];
  /** Columns holding the id of one of the household's subscriptions or memberships. */
  parentColumns: string[];
  /** The entity's own id is the household's (Household) or a person's (Account). */
  selfIs: "household" | "person" | null;
}

/** Columns never exported: secrets stored as hashes. */
export const SECRET_COLUMN = /hash$/i;

const HOUSEHOLD_COLUMN = /(^h|H)ouseholdId$/;
const PERSON_COLUMN = /^(personId|accountId)$|PersonId$/;
const PARENT_COLUMN = /^(subscriptionId|membershipId)$/;

/** Entities that name no household, each with the reason (the completeness test reads this list). */
export const NOT_NAMING_A_HOUSEHOLD: Record<string, string> = {
  ApiToken: "a partner tool's token, scoped to a network or an AMAP",
  Handover:
    "a batch of many households' cheques handed to a farm: exported through the household's installments (handoverId)",
  AuditEntry: "exported when it is about one of the household's records or made by one of its people",
  ImportPreset: "a column mapping of the AMAP's imports",
  ImportJob: "an import run of the AMAP (its rows are purged once it ends)",
  ImportRow: "a staged row of an import run, purged once it ends",
  IdempotentRequest:
    "the id of a record a creation made, under the caller's key (no name, no contact): what a double click finds again",
  RateLimit: "sign-in and reset-mail counters, keyed by hashes (no e-mail or address in clear)",
  QueryBudgetWindow: "a caller's count of items asked in the current minute (an account id and a number)",
  Event:
    "an AMAP's or a network's event: who takes part is in EventRegistration (exported); its organiser is an admin, like an audit entry's actor",
};

export function recordLinks(ds: DataSource): RecordLink[] {
  return ds.entityMetadatas.map((m) => linkOf(m)).filter((l): l is RecordLink => l !== null);
}

function linkOf(m: EntityMetadata): RecordLink | null {
  const names = m.columns.map((c) => c.propertyName);
  const entity = m.targetName;
  const selfIs = entity === "Household" ? "household" : entity === "Account" ? "person" : null;
  const link: RecordLink = {
    entity,
    householdColumns: names.filter((n) => HOUSEHOLD_COLUMN.test(n)),
    personColumns: names.filter((n) => PERSON_COLUMN.test(n)),
    parentColumns: names.filter((n) => PARENT_COLUMN.test(n)),
    selfIs,
  };
  return link.householdColumns.length || link.personColumns.length || link.parentColumns.length || selfIs ? link : null;
}
