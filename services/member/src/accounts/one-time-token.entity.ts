import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum OneTimePurpose {
  password_reset = "password_reset",
  invitation = "invitation",
}

/**
 * A single-use, expiring token sent by e-mail (password reset, invitation). Only its SHA-256 is
 * stored: a copy of the database does not let anyone use a pending link.
 */
@Entity("one_time_token")
@Index(["tokenHash"], { unique: true })
@Index(["accountId", "purpose"])
export class OneTimeToken {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  accountId: string;

  @Column({ type: "simple-enum", enum: OneTimePurpose })
  purpose: OneTimePurpose;

  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  /** For an invitation: the household the person was invited to. */
  @Column({ type: "varchar", length: 36, nullable: true })
  householdId: string | null;

  @Column({ type: "datetime" })
  expiresAt: Date;

  @Column({ type: "datetime" })
  createdAt: Date;

  @Column({ type: "datetime", nullable: true })
  usedAt: Date | null;
}
