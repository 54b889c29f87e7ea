import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

export enum ErasureStatus {
  requested = "requested",
  erased = "erased",
  cancelled = "cancelled",
}
registerEnumType(ErasureStatus, {
  name: "ErasureStatus",
  description: "requested (waiting for an AMAP admin's confirmation, or for its delay to pass), erased, or cancelled.",
  valuesConfig: {
    requested: { description: "Waiting for an AMAP admin's confirmation, or for its delay to pass." },
    erased: { description: "The personal data was erased." },
    cancelled: { description: "Cancelled: nothing erased." },
  },
});

/**
 * A household's request to have its identity erased (domain.md, "personal data"): the member asks,
 * an AMAP admin confirms, or it runs by itself once `dueAt` has passed. It names the household by
 * id only: after the erasure nothing links that id to a person any more.
 */
@Entity("erasure_request")
@Index(["amapId", "status"])
@Index(["householdId"])
@Index(["status", "dueAt"])
@ObjectType({
  description:
    "A request to erase a household's identity (names, e-mails, phones, accounts); its accounting records are kept under an anonymous household.",
})
export class ErasureRequest {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the request (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP of the household." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the household to erase." })
  householdId: string;

  @Column({ type: "simple-enum", enum: ErasureStatus, default: ErasureStatus.requested })
  @Field(() => ErasureStatus, { description: "Where the request stands." })
  status: ErasureStatus;

  @Column({ type: "varchar", length: 80 })
  @Field(() => String, { description: "Who asked (person id)." })
  requestedBy: string;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it was asked (UTC)." })
  requestedAt: Date;

  @Column({ type: "datetime" })
  @Field(() => Date, { description: "When it runs by itself if no AMAP admin has confirmed it before (UTC)." })
  dueAt: Date;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Who confirmed or cancelled it (person id, or `system` for the delayed run).",
  })
  decidedBy: string | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the identity was erased (UTC)." })
  erasedAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the request was cancelled (UTC)." })
  cancelledAt: Date | null;
}
