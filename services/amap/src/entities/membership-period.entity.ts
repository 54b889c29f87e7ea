import { Column, Entity, Index, PrimaryColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum FeeMode {
  fixed = "fixed",
  free = "free",
}
registerEnumType(FeeMode, {
  name: "FeeMode",
  description: "How the membership fee is set.",
  valuesConfig: {
    fixed: { description: "Everyone pays `feeCents`." },
    free: {
      description: "Each household chooses, at least `minFeeCents`, `suggestedFeeCents` suggested (prix libre).",
    },
  },
});

/** Période d'adhésion: an AMAP's yearly membership campaign. */
@Entity("membership_period")
@Index(["amapId", "startsOn"])
@ObjectType({
  description: "A membership period (période d'adhésion): an AMAP's yearly membership campaign and its fee.",
})
export class MembershipPeriod {
  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` when updating, to detect concurrent edits.",
  })
  version: number;

  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the period (Adhésion 2026)." })
  name: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "First day of the period." })
  startsOn: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Last day of the period." })
  endsOn: string;

  @Column({ type: "simple-enum", enum: FeeMode, default: FeeMode.fixed })
  @Field(() => FeeMode, { description: "Fixed fee or free fee (prix libre)." })
  feeMode: FeeMode;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Fee in cents when the fee is fixed." })
  feeCents: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Minimum fee in cents when the fee is free." })
  minFeeCents: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Suggested fee in cents when the fee is free." })
  suggestedFeeCents: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Part of each fee, in cents, that the AMAP remits to its network." })
  networkShareCents: number;
}
