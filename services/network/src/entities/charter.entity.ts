import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

/** One principle of a charter, referenced by code from the SPG evaluation grid. */
@ObjectType({ description: "One principle of a charter (agriculture paysanne, pré-financement…)." })
export class CharterPrinciple {
  @Field(() => String, {
    description: "Stable code of the principle (used by visit questions), e.g. `prefinancement`.",
  })
  code: string;

  @Field(() => String, { description: "Short title of the principle, in French." })
  title: string;
}

/** A version of a charter: movement-wide (networkId null, e.g. the Charte des AMAP 2014) or a network's own. */
@Entity("charter_version")
@Index(["networkId", "adoptedOn"])
@ObjectType({
  description: "A version of a charter that AMAPs and farms commit to (movement-wide when networkId is null).",
})
export class CharterVersion {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "Network that adopted this charter; null for a movement-wide charter.",
  })
  networkId: string | null;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Title, e.g. « Charte des AMAP (2014) »." })
  title: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date the charter was adopted." })
  adoptedOn: string;

  @Column({ type: "text" })
  @Field(() => String, { description: "Summary or full text of the charter." })
  text: string;

  @Column({ type: "simple-json" })
  @Field(() => [CharterPrinciple], { description: "The principles of the charter, in order." })
  principles: CharterPrinciple[];

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;
}

/** An AMAP's or a farm's commitment to a charter version, recorded by a network. */
@Entity("charter_commitment")
@Index(["networkId", "committedOn"])
@ObjectType({ description: "The commitment of an AMAP or of a farm (exactly one) to a charter version." })
export class CharterCommitment {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Unique id (time-ordered UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the network that records the commitment." })
  networkId: string;

  @Index()
  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the charter version committed to." })
  charterVersionId: string;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the committed AMAP (null when a farm committed)." })
  amapId: string | null;

  @Index()
  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the committed farm (null when an AMAP committed)." })
  farmId: string | null;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Date the charter was signed." })
  committedOn: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the record was created (UTC)." })
  createdAt: Date;
}
