import type { EntityManager } from "typeorm";
import { uuidv7, type Identity } from "@champ-commun/kit";
import { AuditEntry } from "./audit-entry.entity";

/** What `recordAudit` needs: keep this shape stable, every audited module calls it. */
export interface AuditInput {
  /** The AMAP the record belongs to (null for network-level records). */
  amapId: string | null;
  /** Who made the change: `actorId(ctx.identity)`. */
  actorId: string | null;
  /** Kind of record, by its entity name: `RoleGrant`, `Installment`, `Subscription`… */
  entity: string;
  entityId: string;
  /** A verb: `create`, `update`, `grant`, `revoke`, `receive`, `hand_over`… */
  action: string;
  /** The record before the change (null on creation) and after it (null on deletion). */
  before?: object | null;
  after?: object | null;
}

/** A plain JSON copy: class instances and Dates become what the API will show, later edits don't leak in. */
function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  return value == null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

/**
 * Writes one audit entry with the manager of the change's own transaction, so that the change and
 * its trace are committed (or rolled back) together.
 */
export async function recordAudit(em: EntityManager, input: AuditInput): Promise<AuditEntry> {
  const entry = em.getRepository(AuditEntry).create({
    id: uuidv7(),
    amapId: input.amapId,
    actorId: input.actorId,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    before: snapshot(input.before),
    after: snapshot(input.after),
    at: new Date(),
  });
  // `simple-json` columns confuse insert()'s deep-partial typing; the entity is complete here.
  await em.getRepository(AuditEntry).insert(entry as never);
  return entry;
}

/** The actor to record for the caller of a request (`system` for in-process calls and scripts). */
export function actorId(identity: Identity | null | undefined): string | null {
  return identity ? identity.subject : null;
}
