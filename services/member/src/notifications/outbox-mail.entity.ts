import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { OutboxRow } from "@champ-commun/kit";

/**
 * A notification to send by e-mail, written in the transaction of the change that causes it and
 * sent by the mail worker (notifications/mail.worker.ts). `dedupeKey` is unique: the same reminder
 * enqueued twice (a scheduler tick run twice, on two replicas) is one row, hence one mail.
 */
@Entity("outbox_mail")
@Index(["dedupeKey"], { unique: true })
@Index(["status", "nextAttemptAt"])
@Index(["personId", "createdAt"])
@Index(["amapId", "createdAt"])
export class OutboxMail implements OutboxRow {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  /** kind:subject:person, e.g. distribution_reminder:<distributionId>:<personId>. */
  @Column({ type: "varchar", length: 190 })
  dedupeKey: string;

  @Column({ type: "varchar", length: 40 })
  kind: string;

  /** The recipient: a household person, or the account of a référent, farmer or admin (same id). */
  @Column({ type: "varchar", length: 36 })
  personId: string;

  /** The household the mail is about, when it is about one. */
  @Column({ type: "varchar", length: 36, nullable: true })
  householdId: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  amapId: string | null;

  @Column({ type: "varchar", length: 200 })
  toAddress: string;

  /** The facts the mail tells, as known when it was enqueued (composed into text when sent). */
  @Column({ type: "simple-json" })
  data: Record<string, unknown>;

  @Column({ type: "varchar", length: 10, default: "pending" })
  status: string;

  @Column({ type: "int", default: 0 })
  attempts: number;

  @Column({ type: "datetime" })
  nextAttemptAt: Date;

  @Column({ type: "varchar", length: 36, nullable: true })
  leaseOwner: string | null;

  @Column({ type: "datetime", nullable: true })
  leaseUntil: Date | null;

  @Column({ type: "varchar", length: 500, default: "" })
  lastError: string;

  @Column({ type: "datetime", nullable: true })
  deliveredAt: Date | null;

  /** The subject as sent (kept for the person's history of mails). */
  @Column({ type: "varchar", length: 300, default: "" })
  subject: string;

  @Column({ type: "datetime" })
  createdAt: Date;
}
