import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

/** Inscription de permanence: a household (and possibly one of its people) on a duty shift. */
@Entity("duty_signup")
@Index(["amapId", "householdId", "date"])
@Index(["shiftId"])
@Index(["distributionId"])
@ObjectType({
  description:
    "A duty sign-up (inscription de permanence): a household, and possibly one of its people, on a duty shift.",
})
export class DutySignup {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the sign-up (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the duty shift (amap subgraph)." })
  shiftId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution of the shift." })
  distributionId: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date of the distribution when the household signed up." })
  date: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the household on duty." })
  householdId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the person of the household who comes, if named." })
  personId: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the household signed up (UTC)." })
  createdAt: Date;
}
