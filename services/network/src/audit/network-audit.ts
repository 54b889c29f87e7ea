import type { EntityManager } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { NetworkAuditEntry } from "./network-audit-entry.entity";

/** Writes one audit entry with the manager of the change's own transaction (committed or rolled back together). */
export async function recordNetworkAudit(
  em: EntityManager,
  input: {
    networkId: string;
    actorId: string | null;
    entity: string;
    entityId: string;
    action: string;
    before?: object | null;
    after?: object | null;
  },
): Promise<void> {
  const copy = (v: object | null | undefined) =>
    v == null ? null : (JSON.parse(JSON.stringify(v)) as Record<string, unknown>);
  await em.getRepository(NetworkAuditEntry).insert({
    id: uuidv7(),
    networkId: input.networkId,
    actorId: input.actorId,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    before: copy(input.before),
    after: copy(input.after),
    at: new Date(),
  } as never);
}
