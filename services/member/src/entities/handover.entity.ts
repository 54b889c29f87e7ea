import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

/** Remise au paysan: a batch of received cheques handed to a farm on a date. The tool records it, never handles money. */
@Entity("handover")
@Index(["amapId", "farmId", "handedOverOn"])
@ObjectType({ description: "A handover (remise au paysan): a batch of received payments handed to a farm on a date." })
export class Handover {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the handover (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP that handed the payments over." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the farm that received them (network subgraph)." })
  farmId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the handover." })
  handedOverOn: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Total of the payments handed over, in cents." })
  totalCents: number;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Number of payments handed over." })
  installmentCount: number;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => String, { nullable: true, description: "Id of the person who recorded the handover, when known." })
  recordedBy: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the handover was recorded (UTC)." })
  createdAt: Date;
}
