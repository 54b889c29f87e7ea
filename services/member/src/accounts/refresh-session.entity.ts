import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One refresh token (stored as its SHA-256 only). Each refresh rotates it: the used one is marked
 * `rotatedAt` and a new one of the same family is issued. Presenting a rotated token again means
 * it was stolen (or replayed): the whole family, thief's and owner's, is revoked.
 */
@Entity("refresh_session")
@Index(["tokenHash"], { unique: true })
@Index(["familyId"])
@Index(["accountId"])
export class RefreshSession {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  accountId: string;

  /** The sign-in this token descends from. */
  @Column({ type: "varchar", length: 36 })
  familyId: string;

  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @Column({ type: "datetime" })
  expiresAt: Date;

  @Column({ type: "datetime" })
  createdAt: Date;

  @Column({ type: "datetime", nullable: true })
  rotatedAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  revokedAt: Date | null;
}
