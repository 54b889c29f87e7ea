import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { OutboxRow } from "@champ-commun/kit";

/**
 * Something that happened here and that the member subgraph must hear of (a template opened: its
 * members are told). Written in the transaction of the change, delivered by a worker that retries
 * until the member subgraph acknowledges (idempotent there): no transaction spans two databases.
 */
@Entity("outbox_event")
@Index(["dedupeKey"], { unique: true })
@Index(["status", "nextAttemptAt"])
export class OutboxEvent implements OutboxRow {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 190 })
  dedupeKey: string;

  /** What happened, e.g. template_opened. */
  @Column({ type: "varchar", length: 40 })
  topic: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  amapId: string | null;

  @Column({ type: "simple-json" })
  payload: Record<string, unknown>;

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

  @Column({ type: "datetime" })
  createdAt: Date;
}
