import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, PAYMENT_MEANS_DOC } from "@champ-commun/kit";

export enum ContractKind {
  fixed = "fixed",
  per_date = "per_date",
  flexible = "flexible",
}
registerEnumType(ContractKind, {
  name: "ContractKind",
  description: "How a member's quantities are set in a contract.",
  valuesConfig: {
    fixed: { description: "Same quantities at every delivery date (the classic basket)." },
    per_date: { description: "Quantities chosen date by date at subscription." },
    flexible: { description: "Quantities editable until `flexibleDeadlineHours` before each delivery." },
  },
});

export enum ContractTemplateStatus {
  draft = "draft",
  open = "open",
  closed = "closed",
  running = "running",
  finished = "finished",
  archived = "archived",
}
registerEnumType(ContractTemplateStatus, {
  name: "ContractTemplateStatus",
  description: "Life cycle of a contract template: draft → open → closed → running → finished → archived.",
  valuesConfig: {
    draft: { description: "Being prepared; lines and dates may change." },
    open: { description: "Open to subscriptions." },
    closed: { description: "Subscriptions closed; the farmer countersigns." },
    running: { description: "Deliveries under way." },
    finished: { description: "Season over." },
    archived: { description: "Kept for history." },
  },
});

/** Same names and values in the member subgraph: the enum is shared through the gateway. */
export enum PaymentMeans {
  cheque = "cheque",
  transfer = "transfer",
  cash = "cash",
  direct_debit = "direct_debit",
  local_currency = "local_currency",
}
registerEnumType(PaymentMeans, PAYMENT_MEANS_DOC);

/** Contrat vierge: an AMAP × farm contract for a season, before any member signs it. */
@Entity("contract_template")
@Index(["amapId", "season"])
@Index(["farmId"])
@ObjectType({
  description: "A contract template (contrat vierge): an AMAP × farm contract for a season, with its terms.",
})
@Directive('@key(fields: "id")')
export class ContractTemplate {
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

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the farm (network subgraph)." })
  farmId: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the contract (Légumes été 2026)." })
  name: string;

  @Column({ type: "varchar", length: 20 })
  @Field(() => String, { description: "Season, e.g. 2026 or 2026-2027." })
  season: string;

  @Column({ type: "simple-enum", enum: ContractKind, default: ContractKind.fixed })
  @Field(() => ContractKind, { description: "Fixed, per-date or flexible quantities." })
  kind: ContractKind;

  @Column({ type: "simple-enum", enum: ContractTemplateStatus, default: ContractTemplateStatus.draft })
  @Field(() => ContractTemplateStatus, { description: "Where the template stands in its life cycle." })
  status: ContractTemplateStatus;

  @Column({ type: "text" })
  @Field(() => String, { description: "Text of the contract, as members sign it." })
  text: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name cheques are made out to (ordre des chèques)." })
  payeeName: string;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "First day members may subscribe." })
  subscriptionOpensOn: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, { nullable: true, description: "Last day members may subscribe." })
  subscriptionClosesOn: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Membership period a subscriber must belong to." })
  membershipPeriodId: string | null;

  @Column({ type: "simple-json" })
  @Field(() => [Int], { description: "Numbers of installments a member may choose (1 to 12)." })
  allowedInstallmentCounts: number[];

  @Column({ type: "simple-json" })
  @Field(() => [PaymentMeans], { description: "Payment means the farmer accepts." })
  acceptedMeans: PaymentMeans[];

  @Column({ type: "simple-json" })
  @Field(() => [DateScalar], { description: "Dates the farmer cashes installments, in order (may be empty)." })
  cashingDates: string[];

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Minimum commitment per subscription, in cents." })
  minTotalCents: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Absences (jokers) allowed per subscription." })
  maxAbsences: number;

  @Column({ type: "int", default: 48 })
  @Field(() => Int, { description: "Hours of notice an absence needs before the distribution." })
  absenceNoticeHours: number;

  @Column({ type: "int", default: 48 })
  @Field(() => Int, {
    description: "For flexible contracts: hours before a delivery after which quantities are frozen.",
  })
  flexibleDeadlineHours: number;

  @Column({ type: "boolean", default: false })
  @Field(() => Boolean, {
    description:
      "Whether a member may postpone a delivery (report) to another delivery date of this template, with the same notice as an absence.",
  })
  postponementAllowed: boolean;

  @Column({ type: "boolean", default: true })
  @Field(() => Boolean, { description: "Whether a postponement waits for the farmer's consent before it applies." })
  requiresFarmerConsent: boolean;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "The template of the previous season this one was renewed from." })
  renewedFromId: string | null;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the template was created (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the template was last changed (UTC)." })
  updatedAt: Date;
}
