import type { EntityManager } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { OutboxMail } from "./outbox-mail.entity";
import type { NotificationKind } from "./kinds";
import type { Recipient } from "./recipients";

type Wake = () => void;
const wakers = new Set<Wake>();

/** The running mail workers of this process register here, to be woken soon after rows are written. */
export function onMailEnqueued(wake: Wake): () => void {
  wakers.add(wake);
  return () => wakers.delete(wake);
}

let pendingWake: NodeJS.Timeout | null = null;
/** Wakes the workers shortly after the caller's transaction has had time to commit (they also poll). */
function wakeSoon(): void {
  if (pendingWake) return;
  pendingWake = setTimeout(() => {
    pendingWake = null;
    for (const w of wakers) w();
  }, 50);
  pendingWake.unref();
}

export interface Notice {
  kind: NotificationKind;
  /** What the notice is about (a distribution, a subscription…): with the kind and the person, its unique key. */
  about: string;
  amapId?: string | null;
  data: Record<string, unknown>;
  /** Not before this instant (default now). */
  sendAt?: Date;
}

/**
 * Writes a notice for each recipient into the outbox, in the caller's transaction (`em`): the
 * mails exist if and only if the change that causes them is committed. A notice already written
 * (same kind, subject and person) is not written again.
 */
export async function enqueue(
  em: EntityManager,
  notice: Notice,
  recipients: Recipient[],
  now = new Date(),
): Promise<number> {
  const rows = recipients
    .filter((r) => r.email)
    .map((r) => ({
      id: uuidv7(),
      dedupeKey: `${notice.kind}:${notice.about}:${r.personId}`.slice(0, 190),
      kind: notice.kind,
      personId: r.personId,
      householdId: r.householdId ?? null,
      amapId: notice.amapId ?? null,
      toAddress: r.email,
      data: { ...notice.data, recipientName: r.name ?? "" },
      status: "pending",
      attempts: 0,
      nextAttemptAt: notice.sendAt ?? now,
      leaseOwner: null,
      leaseUntil: null,
      lastError: "",
      deliveredAt: null,
      subject: "",
      createdAt: now,
    }));
  if (!rows.length) return 0;
  let written = 0;
  // In slices: one INSERT per 200 rows (an AMAP of 250 households is about 400 people).
  for (let i = 0; i < rows.length; i += 200) {
    const r = await em
      .createQueryBuilder()
      .insert()
      .into(OutboxMail)
      .values(rows.slice(i, i + 200))
      .orIgnore()
      .execute();
    written += r.identifiers.filter(Boolean).length;
  }
  wakeSoon();
  return written;
}
