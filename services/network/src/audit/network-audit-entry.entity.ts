import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * One change to a network's money records (its memberships, the AMAPs' remittances of their
 * share): who, when, what it was before and after. Written in the same transaction as the change;
 * never updated nor deleted. No person's data in it: the records are associations'.
 */
@Entity("network_audit_entry")
@Index(["networkId", "at"])
@Index(["entity", "entityId"])
@ObjectType({
  description:
    "One audited change to a network's money records: who changed which record, when, and its values before and after.",
})
export class NetworkAuditEntry {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the entry (UUID, time-ordered)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The network the record belongs to." })
  networkId: string;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the person (or API token, or `system`) who made the change." })
  actorId: string | null;

  @Column({ type: "varchar", length: 60 })
  @Field(() => String, { description: "Kind of record changed (`NetworkMembership`, `NetworkShareRemittance`)." })
  entity: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the record changed." })
  entityId: string;

  @Column({ type: "varchar", length: 40 })
  @Field(() => String, { description: "What was done (`create`, `update`, `record`)." })
  action: string;

  @Column({ type: "simple-json", nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: "simple-json", nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When the change was made (UTC)." })
  at: Date;
}
