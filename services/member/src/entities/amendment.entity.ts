import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum AmendmentKind {
  moved = "moved",
  cancelled = "cancelled",
}
registerEnumType(AmendmentKind, {
  name: "AmendmentKind",
  description: "What changed in the contract: a delivery moved (date or place) or cancelled.",
  valuesConfig: {
    moved: { description: "A delivery moved to another date or place." },
    cancelled: { description: "A delivery cancelled." },
  },
});

export enum AmendmentStatus {
  pending = "pending",
  accepted = "accepted",
  refused = "refused",
}
registerEnumType(AmendmentStatus, {
  name: "AmendmentStatus",
  description:
    "The household's answer: pending, accepted, or refused (a refused move is not delivered and is credited).",
  valuesConfig: {
    pending: { description: "Waiting for the household's answer." },
    accepted: { description: "Accepted by the household." },
    refused: { description: "Refused: the moved delivery is not made and is credited." },
  },
});

@ObjectType({ description: "One product of a delivery, as an amendment keeps it." })
export class AmendmentLine {
  @Field(() => String, { description: "Name of the product." })
  productName: string;

  @Field(() => String, { description: "Unit of the product." })
  unit: string;

  @Field(() => Int, { description: "Quantity." })
  quantity: number;

  @Field(() => Int, { description: "Unit price in cents (the price frozen at signature)." })
  unitPriceCents: number;
}

@ObjectType({ description: "The terms of one delivery, before or after an amendment." })
export class AmendmentTerms {
  @Field(() => DateScalar, { nullable: true, description: "Date of the delivery; null when it is cancelled." })
  date: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the distribution place, when known." })
  placeId: string | null;

  @Field(() => [AmendmentLine], { description: "Products delivered; empty when cancelled." })
  lines: AmendmentLine[];
}

/** Avenant: a change to a signed contract, with the original terms kept and the household's consent. */
@Entity("amendment")
@Index(["amapId", "distributionId"])
@Index(["subscriptionId", "changeId"], { unique: true })
@ObjectType({
  description:
    "An amendment (avenant) to a subscription after its distribution was moved or cancelled: original and new terms, and the household's consent.",
})
export class Amendment {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the amendment (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the amended subscription." })
  subscriptionId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscribing household, who accepts or refuses." })
  householdId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, {
    description: "Id of the distribution change it comes from (DistributionChange of the amap subgraph).",
  })
  changeId: string;

  @Column({ type: "simple-enum", enum: AmendmentKind })
  @Field(() => AmendmentKind, { description: "Moved or cancelled." })
  kind: AmendmentKind;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the distribution concerned." })
  distributionId: string;

  @Column({ type: "simple-json" })
  @Field(() => AmendmentTerms, { description: "The terms before the change (date, place, quantities and prices)." })
  originalTerms: AmendmentTerms;

  @Column({ type: "simple-json" })
  @Field(() => AmendmentTerms, { description: "The terms after the change." })
  newTerms: AmendmentTerms;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Value of the delivery concerned, in cents (Σ quantity × frozen price)." })
  amountCents: number;

  @Column({ type: "varchar", length: 1000, default: "" })
  @Field(() => String, { description: "Why the distribution changed, as told to the members." })
  reason: string;

  @Column({ type: "simple-enum", enum: AmendmentStatus, default: AmendmentStatus.pending })
  @Field(() => AmendmentStatus, { description: "The household's answer." })
  status: AmendmentStatus;

  @Column({ type: "varchar", length: 500, default: "" })
  @Field(() => String, { description: "Why the household refused, if refused." })
  refusalReason: string;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the household answered (UTC)." })
  decidedAt: Date | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the amendment was recorded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the amendment last changed (UTC)." })
  updatedAt: Date;
}
