import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * What an AMAP lets its network see beyond anonymous totals (domain.md: data flows up to the
 * network only as the AMAP agreed): its entry in the public directory, its partnerships with
 * farms, its figures in the statistics. Each choice is a new record (who, when); the latest counts.
 */
@Entity("network_consent")
@Index(["amapId", "decidedAt"])
@ObjectType({
  description: "An AMAP's choice of what its network may see beyond anonymous totals, with who decided and when.",
})
export class NetworkConsent {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, {
    description: "Id of the choice (UUID, time-ordered); `default:<amapId>` for the defaults, before any choice.",
  })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "The AMAP." })
  amapId: string;

  @Column({ type: "boolean" })
  @Field(() => Boolean, {
    description: "Its entry (name, town, contact, position) appears in the network's public directory feed.",
  })
  directory: boolean;

  @Column({ type: "boolean" })
  @Field(() => Boolean, {
    description: "Its partnerships with farms (which farms supply it) are shown to the network and counted per farm.",
  })
  partnerships: boolean;

  @Column({ type: "boolean" })
  @Field(() => Boolean, {
    description: "Its figures (households, subscriptions, amounts pre-financed) count in the network's statistics.",
  })
  statistics: boolean;

  @Column({ type: "varchar", length: 80, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Who decided (person id); null for the defaults, before any choice.",
  })
  decidedBy: string | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When it was decided (UTC); null for the defaults." })
  decidedAt: Date | null;
}
