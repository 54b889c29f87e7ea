import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";

export enum SubscriptionStatus {
  draft = "draft",
  awaiting_member_signature = "awaiting_member_signature",
  signed = "signed",
  countersigned = "countersigned",
  active = "active",
  finished = "finished",
  terminated = "terminated",
}
registerEnumType(SubscriptionStatus, {
  name: "SubscriptionStatus",
  description:
    "Life cycle of a subscription: draft (or awaiting_member_signature when a référent entered it for a paper member) → signed (member) → countersigned (farmer) → active → finished, or terminated (with a reason).",
  valuesConfig: {
    draft: { description: "Being filled in by the member." },
    awaiting_member_signature: {
      description: "Entered by a référent for the member, waiting for the member's signature (or a paper signature).",
    },
    signed: { description: "Signed by the member, waiting for the farmer." },
    countersigned: { description: "Countersigned by the farmer." },
    active: { description: "Deliveries under way." },
    finished: { description: "All deliveries past." },
    terminated: { description: "Ended early (see its reason)." },
  },
});

/** What a subscription keeps of its template, frozen at signature (prices are frozen on each delivery line). */
@ObjectType({
  description:
    "The evidence of a paper contract signed by the household, recorded by a référent or an AMAP admin: it counts as the household's signature.",
})
export class PaperSignature {
  @Field(() => DateScalar, { description: "The date the household signed the paper contract." }) signedOn: string;
  @Field(() => String, { description: "Where the paper is: its reference (number, binder) or the name of its scan." })
  reference: string;
  @Field(() => String, { description: "A note on the paper (who handed it over, what it says), possibly empty." })
  note: string;
  @Field(() => String, { description: "Who recorded the evidence (person id)." }) recordedBy: string;
  @Field(() => String, { description: "When the evidence was recorded (UTC, ISO 8601)." }) recordedAt: string;
}

@ObjectType({ description: "The terms of the contract template, frozen when the subscription was made." })
export class SubscriptionTerms {
  @Field(() => String, { description: "Name of the contract template." })
  templateName: string;

  @Field(() => String, { description: "Kind of contract: fixed, per_date or flexible." })
  kind: string;

  @Field(() => String, { description: "Text of the contract the member signed." })
  text: string;

  @Field(() => String, { description: "Name cheques are made out to (ordre des chèques)." })
  payeeName: string;

  @Field(() => ID, { description: "Id of the farm." })
  farmId: string;
}

/** Souscription: a household's commitment to a contract template; its grid is in DeliveryLine. */
@Entity("subscription")
@Index(["amapId", "templateId"])
@Index(["amapId", "householdId"])
// Federation asks "the subscriptions of these templates" without the AMAP: a template-only index.
@Index(["templateId"])
// Farm balances (one AMAP) and farmer recaps (every AMAP a farm supplies).
@Index(["amapId", "farmId"])
@Index(["farmId"])
// Network statistics: a season's subscriptions per template and AMAP, counted from the index alone.
@Index(["templateId", "amapId", "householdId", "status", "totalCents"])
@ObjectType({ description: "A household's signed commitment to a contract template (contrat signé)." })
export class Subscription {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscription (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the contract template (amap subgraph)." })
  templateId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the subscribing household." })
  householdId: string;

  @Column({ type: "simple-enum", enum: SubscriptionStatus, default: SubscriptionStatus.draft })
  @Field(() => SubscriptionStatus, { description: "Where the subscription stands in its life cycle." })
  status: SubscriptionStatus;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, {
    description: "First delivery date the subscription covers (later than the first delivery for late joiners).",
  })
  startsOn: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Total of the grid in cents: Σ quantity × frozen unit price." })
  totalCents: number;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Number of installments the household chose." })
  installmentCount: number;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the member signed (UTC)." })
  signedAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the farmer countersigned (UTC)." })
  countersignedAt: Date | null;

  @Column({ type: "varchar", length: 500, default: "" })
  @Field(() => String, { description: "Why the subscription was terminated; empty otherwise." })
  terminationReason: string;

  @Column({ type: "simple-json" })
  @Field(() => SubscriptionTerms, { description: "Terms of the template frozen at signature." })
  terms: SubscriptionTerms;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the contract template, frozen at signature." })
  templateName: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the farm (network subgraph)." })
  farmId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Household sharing the basket in alternation, if any." })
  partnerHouseholdId: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      "Id of the person (AMAP admin or référent) who entered the subscription for the household; null when the household entered it. Such a subscription awaits the household's signature (or the paper's evidence).",
  })
  enteredBy: string | null;

  /** The paper contract a référent recorded as the household's signature (date, reference, note, who and when). */
  @Column({ type: "simple-json", nullable: true })
  @Field(() => PaperSignature, {
    nullable: true,
    description:
      "The paper contract standing for the household's signature, when a référent recorded it; null when the household signed in the app.",
  })
  paperSignature: PaperSignature | null;

  @VersionColumn({ type: "int", default: 1 })
  @Field(() => Int, {
    description:
      "Version of the record, increased by each change: give it back as `expectedVersion` to detect concurrent edits.",
  })
  version: number;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the subscription was recorded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the subscription was last changed (UTC)." })
  updatedAt: Date;
}
