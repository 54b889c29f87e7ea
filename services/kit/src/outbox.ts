import { randomUUID } from "node:crypto";
import { Brackets, DataSource, EntityTarget, In, ObjectLiteral } from "typeorm";
import { queuedWrite } from "./write-queue";
import { inBackground } from "./sql-counter";
import { log } from "./log";

/**
 * The columns every outbox table has (mails in the member subgraph, events the amap subgraph
 * sends to the member subgraph): a row is written in the transaction of the change that causes
 * it, then claimed and delivered by a worker, retried with exponential backoff.
 */
export interface OutboxRow extends ObjectLiteral {
  id: string;
  /** pending (to deliver or retry), sent, failed (gave up), skipped (no longer wanted). */
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  /** Which worker holds the row, until when: a crashed worker's lease simply runs out. */
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string;
  /** When it was delivered (UTC). */
  deliveredAt: Date | null;
}

export interface OutboxOptions {
  /** How long a claimed row is reserved to its worker (default 2 min). */
  leaseMs?: number;
  /** Rows claimed per round (default 20). */
  batch?: number;
  /** First retry delay; doubled at each attempt (default 30 s, env OUTBOX_BACKOFF_MS). */
  backoffMs?: number;
  /** Longest retry delay (default 6 h). */
  maxBackoffMs?: number;
  /** Attempts before a row is given up as failed (default 8, env OUTBOX_MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** How often the worker looks for due rows when nobody wakes it (default 5 s, env OUTBOX_POLL_MS). */
  pollMs?: number;
}

function settings(o: OutboxOptions) {
  return {
    leaseMs: o.leaseMs ?? 120_000,
    batch: o.batch ?? 20,
    backoffMs: o.backoffMs ?? Number(process.env.OUTBOX_BACKOFF_MS ?? 30_000),
    maxBackoffMs: o.maxBackoffMs ?? 6 * 3_600_000,
    maxAttempts: o.maxAttempts ?? Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 8),
    pollMs: o.pollMs ?? Number(process.env.OUTBOX_POLL_MS ?? 5_000),
  };
}

/** The delay before attempt n+1 after n failed attempts: base × 2^(n-1), capped, with ±20 % jitter so replicas do not retry in step. */
export function backoffDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}

/**
 * Claims due rows for one worker: candidates are read, then reserved with one conditional
 * UPDATE (still pending, lease free or run out); only rows that UPDATE changed carry this
 * worker's owner mark, so two workers (or two replicas) never deliver the same row at once.
 */
export async function claimDue<T extends OutboxRow>(
  ds: DataSource,
  entity: EntityTarget<T>,
  now: Date,
  opts: OutboxOptions = {},
): Promise<T[]> {
  const s = settings(opts);
  const repo = ds.getRepository(entity);
  const free = new Brackets((qb) => qb.where("leaseUntil IS NULL").orWhere("leaseUntil < :now", { now }));
  const candidates = await repo
    .createQueryBuilder("o")
    .select("o.id", "id")
    .where("o.status = :pending", { pending: "pending" })
    .andWhere("o.nextAttemptAt <= :now", { now })
    .andWhere(new Brackets((qb) => qb.where("o.leaseUntil IS NULL").orWhere("o.leaseUntil < :now", { now })))
    .orderBy("o.nextAttemptAt", "ASC")
    .addOrderBy("o.id", "ASC")
    .limit(s.batch)
    .getRawMany<{ id: string }>();
  if (!candidates.length) return [];
  const owner = randomUUID();
  await repo
    .createQueryBuilder()
    .update()
    .set({
      leaseOwner: owner,
      leaseUntil: new Date(now.getTime() + s.leaseMs),
      attempts: () => "attempts + 1",
    } as never)
    .where({ id: In(candidates.map((c) => c.id)) })
    .andWhere("status = :pending", { pending: "pending" })
    .andWhere(free)
    .execute();
  const claimed = await repo.find({ where: { leaseOwner: owner } as never });
  return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id.localeCompare(b.id));
}

/** Marks a claimed row delivered (only while this worker still holds it). */
export async function markSent<T extends OutboxRow>(
  ds: DataSource,
  entity: EntityTarget<T>,
  row: T,
  now = new Date(),
): Promise<void> {
  await ds
    .getRepository(entity)
    .update(
      { id: row.id, leaseOwner: row.leaseOwner } as never,
      { status: "sent", deliveredAt: now, leaseOwner: null, leaseUntil: null, lastError: "" } as never,
    );
}

/** Marks a claimed row as not to be delivered (the recipient opted out meanwhile, the record is gone). */
export async function markSkipped<T extends OutboxRow>(
  ds: DataSource,
  entity: EntityTarget<T>,
  row: T,
  reason: string,
): Promise<void> {
  await ds
    .getRepository(entity)
    .update(
      { id: row.id, leaseOwner: row.leaseOwner } as never,
      { status: "skipped", leaseOwner: null, leaseUntil: null, lastError: reason.slice(0, 500) } as never,
    );
}

/** A failed attempt: retried later (exponential backoff), or given up after the last attempt. */
export async function markFailed<T extends OutboxRow>(
  ds: DataSource,
  entity: EntityTarget<T>,
  row: T,
  err: unknown,
  now: Date,
  opts: OutboxOptions = {},
): Promise<void> {
  const s = settings(opts);
  const giveUp = row.attempts >= s.maxAttempts;
  await ds.getRepository(entity).update(
    { id: row.id, leaseOwner: row.leaseOwner } as never,
    {
      status: giveUp ? "failed" : "pending",
      nextAttemptAt: new Date(now.getTime() + backoffDelay(row.attempts, s.backoffMs, s.maxBackoffMs)),
      leaseOwner: null,
      leaseUntil: null,
      lastError: String((err as Error)?.message ?? err).slice(0, 500),
    } as never,
  );
}

/**
 * A worker that delivers an outbox: every `pollMs`, or soon after `wake()` (a service that just
 * committed rows calls it), it claims due rows and hands each to `deliver`; a thrown error is a
 * failed attempt. Safe with several processes: see `claimDue`.
 */
export class OutboxWorker<T extends OutboxRow> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  // Until start(): a worker made only to be driven by runOnce (a test, a script) is not set off by wake().
  private stopped = true;
  private readonly s: ReturnType<typeof settings>;

  constructor(
    private readonly ds: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly deliver: (row: T) => Promise<"sent" | { skipped: string }>,
    private readonly opts: OutboxOptions & { name?: string; now?: () => Date } = {},
  ) {
    this.s = settings(opts);
  }

  start(): this {
    this.stopped = false;
    this.schedule(0);
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
  }

  /** Looks for due rows now (after a commit that wrote some). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), ms);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    if (this.running || !this.ds.isInitialized) return;
    this.running = inBackground(() => this.runOnce());
    try {
      const n = await this.running;
      this.running = null;
      this.schedule(n >= this.s.batch || this.again ? 0 : this.s.pollMs);
    } catch (err) {
      this.running = null;
      if (this.ds.isInitialized) log().error({ err, outbox: this.opts.name }, "outbox round failed");
      this.schedule(this.s.pollMs);
    }
    this.again = false;
  }

  /** One round: claims due rows and delivers them in order; returns how many were claimed. */
  async runOnce(): Promise<number> {
    const now = this.opts.now?.() ?? new Date();
    // Claims and marks are writes: on SQLite they queue behind the mutations (write-queue.ts); delivering does not.
    const rows = await queuedWrite(this.ds, () => claimDue(this.ds, this.entity, now, this.opts));
    for (const row of rows) {
      try {
        const r = await this.deliver(row);
        if (r === "sent")
          await queuedWrite(this.ds, () => markSent(this.ds, this.entity, row, this.opts.now?.() ?? new Date()));
        else await queuedWrite(this.ds, () => markSkipped(this.ds, this.entity, row, r.skipped));
      } catch (err) {
        await queuedWrite(this.ds, () =>
          markFailed(this.ds, this.entity, row, err, this.opts.now?.() ?? new Date(), this.opts),
        );
      }
    }
    return rows.length;
  }
}
