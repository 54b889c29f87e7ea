import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * One change to a record that must be traceable (roles, money records): who, when, what it was
 * before and after. Written in the same transaction as the change; never updated nor deleted.
 */
@Entity("audit_entry")
@Index(["amapId", "at"])
@Index(["entity", "entityId"])
@ObjectType({ description: "One audited change: who changed which record, when, and its values before and after." })
export class AuditEntry {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the entry (UUID, time-ordered)." })
  id: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "The AMAP the record belongs to; null for network-level records (e.g. a network admin role).",
  })
  amapId: string | null;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "Id of the person (or API token, or `system`) who made the change; null when unknown.",
  })
  actorId: string | null;

  @Column({ type: "varchar", length: 60 })
  @Field(() => String, { description: "Kind of record changed (e.g. `RoleGrant`, `Installment`)." })
  entity: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the record changed." })
  entityId: string;

  @Column({ type: "varchar", length: 40 })
  @Field(() => String, { description: "What was done (e.g. `grant`, `revoke`, `create`, `update`, `receive`)." })
  action: string;

  @Column({ type: "simple-json", nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: "simple-json", nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When the change was made (UTC)." })
  at: Date;
}
