import { Column, Entity, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";

/** Defaults of an AMAP that never set its duty rules. */
export const DEFAULT_DUTY_RULES = {
  signupDeadlineHours: 24,
  maxShiftsPerHouseholdPerDistribution: 1,
  requiredShiftsPerHouseholdPerPeriod: 0,
};

/**
 * The sign-up rules of an AMAP's duty roster, one row per AMAP (absent: the defaults). The member
 * subgraph, where sign-ups live, enforces them.
 */
@Entity("duty_rules")
@ObjectType({ description: "The duty roster rules of an AMAP, enforced on sign-ups by the member subgraph." })
export class DutyRules {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "int", default: DEFAULT_DUTY_RULES.signupDeadlineHours })
  @Field(() => Int, { description: "Sign-ups (and withdrawals) close this many hours before the distribution starts." })
  signupDeadlineHours: number;

  @Column({ type: "int", default: DEFAULT_DUTY_RULES.maxShiftsPerHouseholdPerDistribution })
  @Field(() => Int, { description: "Most shifts one household may take at one distribution (date)." })
  maxShiftsPerHouseholdPerDistribution: number;

  @Column({ type: "int", default: DEFAULT_DUTY_RULES.requiredShiftsPerHouseholdPerPeriod })
  @Field(() => Int, {
    description: "Shifts each household is expected to take per membership period (0: none required).",
  })
  requiredShiftsPerHouseholdPerPeriod: number;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, {
    nullable: true,
    description: "When the rules were last changed (UTC); null while the defaults apply.",
  })
  updatedAt: Date | null;
}
