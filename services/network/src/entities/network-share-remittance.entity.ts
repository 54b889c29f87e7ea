import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

/**
 * The network's share of an AMAP's membership fees, remitted by the AMAP to the network.
 * Never edited: a correction is a new record (a negative amount with its reason).
 */
@Entity("network_share_remittance")
@Index(["networkId", "year"])
@ObjectType({
  description: "A remittance of the network's share of membership fees by an AMAP (corrections are new records).",
})
export class NetworkShareRemittance {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network receiving the share." })
  networkId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP remitting it." })
  amapId: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Membership year the share is for." })
  year: number;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Amount in cents; negative for a correction." })
  amountCents: number;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date the money was remitted (or the correction made)." })
  remittedOn: string;

  @Column({ type: "varchar", length: 100, default: "" })
  @Field(() => String, { description: "Cheque number or transfer reference." })
  reference: string;

  @Column({ type: "varchar", length: 500, default: "" })
  @Field(() => String, { description: "Why this record corrects an earlier one (required for a negative amount)." })
  reason: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the remittance this record corrects, if any." })
  correctsId: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;
}
