import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

/**
 * A duty shift: one role at one distribution, with its seats. Sign-ups belong to households and
 * live in the member subgraph, which extends this type (`signups`, `vacancies`) by its key.
 */
@Entity("duty_shift")
@Index(["amapId", "distributionId"])
@Index(["distributionId", "roleId"], { unique: true })
@ObjectType({
  description:
    "A duty shift (créneau de permanence): one role at one distribution, with the number of members it needs.",
})
@Directive('@key(fields: "id")')
export class DutyShift {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution." })
  distributionId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the duty role." })
  roleId: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Number of members this shift needs." })
  seats: number;
}
