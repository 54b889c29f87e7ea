import { EntityManager, In, ObjectLiteral } from "typeorm";
import { getOrThrow } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { Subscription } from "../entities/subscription.entity";
import { Membership } from "../entities/membership.entity";
import { Installment } from "../entities/installment.entity";
import { Handover } from "../entities/handover.entity";
import { AuditEntry } from "../audit/audit-entry.entity";
import { RoleGrant, RoleName } from "../accounts/role-grant.entity";
import { recordLinks, SECRET_COLUMN } from "./household-records";
import { t } from "../i18n";

export const HOUSEHOLD_EXPORT_FORMAT = "champ-commun/household-export";
export const HOUSEHOLD_EXPORT_VERSION = 1;

export interface HouseholdExport {
  format: string;
  version: number;
  exportedAt: string;
  household: { id: string; amapId: string; displayName: string };
  /** Rows per entity, as many as in `records`. */
  counts: Record<string, number>;
  /** Every record that names the household or one of its people, by entity (secrets left out). */
  records: Record<string, Array<Record<string, unknown>>>;
}

const HOUSEHOLD = t("household.household");
const CHUNK = 500;

/** A record as plain JSON, without the columns that hold secrets (password and token hashes). */
function plain(row: ObjectLiteral): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row))
    if (!SECRET_COLUMN.test(k)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

/** `ids` in slices, so that an IN list stays within what both databases accept. */
async function inChunks<T>(ids: string[], fn: (slice: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await fn(ids.slice(i, i + CHUNK))));
  return out;
}

/**
 * A household's data export (domain.md, "personal data"): every record of the member subgraph
 * that names the household or one of its people, found from TypeORM's metadata (see
 * household-records.ts), plus the payment handovers its cheques went in and the audit entries
 * about its records or made by its people. Machine-readable JSON.
 */
export class HouseholdExportService {
  constructor(private readonly em: EntityManager) {}

  /** The people of the household: its Person records, and the accounts holding its member role. */
  async personIds(householdId: string): Promise<string[]> {
    const people = await this.em.getRepository(Person).find({ select: { id: true }, where: { householdId } });
    const grants = await this.em
      .getRepository(RoleGrant)
      .find({ select: { personId: true }, where: { role: RoleName.member, scopeId: householdId } });
    return [...new Set([...people.map((p) => p.id), ...grants.map((g) => g.personId)])];
  }

  async build(householdId: string, now = new Date()): Promise<HouseholdExport> {
    const household = await getOrThrow(this.em.getRepository(Household), householdId, HOUSEHOLD);
    const personIds = await this.personIds(householdId);
    const subscriptions = await this.em
      .getRepository(Subscription)
      .find({ select: { id: true }, where: [{ householdId }, { partnerHouseholdId: householdId }] });
    const memberships = await this.em.getRepository(Membership).find({ select: { id: true }, where: { householdId } });
    const parentIds = [...subscriptions.map((s) => s.id), ...memberships.map((m) => m.id)];

    const records: HouseholdExport["records"] = {};
    for (const link of recordLinks(this.em.connection)) {
      const where: Array<Record<string, unknown>> = [];
      if (link.selfIs === "household") where.push({ id: householdId });
      if (link.selfIs === "person" && personIds.length) where.push({ id: In(personIds) });
      for (const c of link.householdColumns) where.push({ [c]: householdId });
      if (personIds.length) for (const c of link.personColumns) where.push({ [c]: In(personIds) });
      if (parentIds.length) for (const c of link.parentColumns) where.push({ [c]: In(parentIds) });
      if (!where.length) continue;
      // In the order of the primary key (most tables' `id`; a person's mail choices are keyed by `personId`).
      const repo = this.em.getRepository(link.entity);
      const order = Object.fromEntries(repo.metadata.primaryColumns.map((c) => [c.propertyName, "ASC"]));
      const rows = await repo.find({ where, order: order });
      records[link.entity] = rows.map(plain);
    }

    const handoverIds = [
      ...new Set(
        (records[Installment.name] ?? []).map((i) => i.handoverId).filter((x): x is string => typeof x === "string"),
      ),
    ];
    records[Handover.name] = (
      await inChunks(handoverIds, (ids) => this.em.getRepository(Handover).find({ where: { id: In(ids) } }))
    ).map(plain);

    const recordIds = Object.values(records).flatMap((rows) =>
      rows.map((r) => r.id).filter((id): id is string => typeof id === "string"),
    );
    const about = await inChunks(recordIds, (ids) =>
      this.em.getRepository(AuditEntry).find({ where: { entityId: In(ids) } }),
    );
    const by = await inChunks(personIds, (ids) =>
      this.em.getRepository(AuditEntry).find({ where: { actorId: In(ids) } }),
    );
    const audit = new Map([...about, ...by].map((e) => [e.id, e]));
    records[AuditEntry.name] = [...audit.values()].sort((a, b) => a.id.localeCompare(b.id)).map(plain);

    const counts = Object.fromEntries(Object.entries(records).map(([k, rows]) => [k, rows.length]));
    return {
      format: HOUSEHOLD_EXPORT_FORMAT,
      version: HOUSEHOLD_EXPORT_VERSION,
      exportedAt: now.toISOString(),
      household: { id: household.id, amapId: household.amapId, displayName: household.displayName },
      counts,
      records,
    };
  }
}
