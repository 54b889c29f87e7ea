import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, PAYMENT_MEANS_DOC } from "@champ-commun/kit";

/** Same name and values as the amap subgraph's enum: federation merges them. */
export enum PaymentMeans {
  cheque = "cheque",
  transfer = "transfer",
  cash = "cash",
  direct_debit = "direct_debit",
  local_currency = "local_currency",
}
registerEnumType(PaymentMeans, PAYMENT_MEANS_DOC);

export enum InstallmentStatus {
  to_provide = "to_provide",
  received = "received",
  handed_over = "handed_over",
  paid = "paid",
  cancelled = "cancelled",
}
registerEnumType(InstallmentStatus, {
  name: "InstallmentStatus",
  description:
    "to_provide → received (by the AMAP) → handed_over (to the farmer) for cheques; to_provide → paid otherwise; or cancelled.",
  valuesConfig: {
    to_provide: { description: "Due: the member has not given it yet." },
    received: { description: "Cheque received by the AMAP, not yet handed to the farmer." },
    handed_over: { description: "Cheque handed over to the farmer." },
    paid: { description: "Paid to the farmer (transfer, cash, direct debit, local currency)." },
    cancelled: { description: "Cancelled (a correcting installment may replace it)." },
  },
});

/** Échéance: one scheduled payment of a subscription (or a membership). The tool records, never handles money. */
@Entity("installment")
@Index(["amapId", "householdId"])
@Index(["subscriptionId"])
@Index(["membershipId"])
@Index(["handoverId"])
@Index(["correctsId"])
@ObjectType({ description: "A scheduled payment (échéance) of a subscription or a membership." })
export class Installment {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the installment (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the paying household." })
  householdId: string;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the subscription it pays, if any." })
  subscriptionId: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, { nullable: true, description: "Id of the membership it pays, if any." })
  membershipId: string | null;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Rank in the schedule, 1 to N." })
  rank: number;

  @Column({ type: "varchar", length: 10 })
  @Field(() => DateScalar, { description: "Due (cashing) date." })
  dueOn: string;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Amount in cents." })
  amountCents: number;

  @Column({ type: "simple-enum", enum: PaymentMeans })
  @Field(() => PaymentMeans, { description: "Means of payment." })
  means: PaymentMeans;

  @Column({ type: "simple-enum", enum: InstallmentStatus, default: InstallmentStatus.to_provide })
  @Field(() => InstallmentStatus, { description: "Where the payment stands." })
  status: InstallmentStatus;

  @Column({ type: "varchar", length: 40, default: "" })
  @Field(() => String, { description: "Cheque number, for cheques." })
  chequeNumber: string;

  @Column({ type: "varchar", length: 100, default: "" })
  @Field(() => String, { description: "Bank of the cheque." })
  bank: string;

  @Column({ type: "varchar", length: 200, default: "" })
  @Field(() => String, {
    description: "Who wrote the cheque (required with the number and the bank when a cheque for a farmer is received).",
  })
  issuer: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Who the payment is made out to (the farm's payee name)." })
  payee: string;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: "Date the AMAP received the payment (cheques), if received.",
  })
  receivedOn: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: "Date the payment was made (transfer, cash…), or the membership fee received, if paid.",
  })
  paidOn: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  @Field(() => DateScalar, {
    nullable: true,
    description: "Date the cheque was handed over to the farmer, if handed over.",
  })
  handedOverOn: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "Id of the handover batch (remise au paysan) it went in, if handed over.",
  })
  handoverId: string | null;

  @Column({ type: "varchar", length: 36, nullable: true })
  @Field(() => ID, {
    nullable: true,
    description:
      "Id of the installment this record corrects (a received payment is never edited: it is corrected by a new record).",
  })
  correctsId: string | null;

  @Column({ type: "varchar", length: 500, default: "" })
  @Field(() => String, { description: "Why the correction was made, for a correcting record; empty otherwise." })
  correctionReason: string;

  @VersionColumn({ type: "int" })
  @Field(() => Int, { description: "Version of the record, increased by each change (optimistic locking)." })
  version: number;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the installment was recorded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the installment was last changed (UTC)." })
  updatedAt: Date;
}
