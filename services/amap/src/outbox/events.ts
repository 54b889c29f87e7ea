import type { DataSource, EntityManager } from "typeorm";
import { askSubgraph, OutboxWorker, uuidv7 } from "@champ-commun/kit";
import { OutboxEvent } from "./outbox-event.entity";

const wakers = new Set<() => void>();

/** Records an event for the member subgraph in the caller's transaction (once per `dedupeKey`). */
export async function recordEvent(
  em: EntityManager,
  topic: string,
  dedupeKey: string,
  amapId: string | null,
  payload: Record<string, unknown>,
): Promise<void> {
  const now = new Date();
  await em
    .createQueryBuilder()
    .insert()
    .into(OutboxEvent)
    .values({
      id: uuidv7(),
      dedupeKey: `${topic}:${dedupeKey}`.slice(0, 190),
      topic,
      amapId,
      payload: payload as never,
      status: "pending",
      attempts: 0,
      nextAttemptAt: now,
      leaseOwner: null,
      leaseUntil: null,
      lastError: "",
      deliveredAt: null,
      createdAt: now,
    })
    .orIgnore()
    .execute();
  // The worker looks soon after the caller's commit (it also polls).
  setTimeout(() => wakers.forEach((w) => w()), 50).unref();
}

/** How each topic reaches the member subgraph: an internal mutation, idempotent there. */
const DELIVERY: Record<string, (row: OutboxEvent) => Promise<unknown>> = {
  template_opened: (row) =>
    askSubgraph("member", `mutation($i: RecordTemplateOpenedInput!) { recordTemplateOpened(input: $i) }`, {
      i: { ...row.payload, eventId: row.id },
    }),
};

/** Delivers the outbox to the member subgraph, retrying with backoff while it is down. */
export function startEventOutbox(ds: DataSource): { stop: () => Promise<void>; runOnce: () => Promise<number> } {
  const worker = new OutboxWorker<OutboxEvent>(
    ds,
    OutboxEvent,
    async (row) => {
      const deliver = DELIVERY[row.topic];
      if (!deliver) return { skipped: `unknown topic ${row.topic}` };
      await deliver(row);
      return "sent";
    },
    { name: "amap events" },
  ).start();
  const wake = () => worker.wake();
  wakers.add(wake);
  return {
    runOnce: () => worker.runOnce(),
    stop: async () => {
      wakers.delete(wake);
      await worker.stop();
    },
  };
}
