import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { PaymentMeans } from "../entities/installment.entity";

@InputType({ description: "What the AMAP notes on receiving one payment: the cheque's details, and the version it saw." })
export class InstallmentReceiptInput {
  @Field(() => ID, { description: "Id of the installment (one of `ids`)." }) installmentId: string;
  @Field(() => String, { nullable: true, description: "Cheque number (required for a cheque unless already recorded)." }) chequeNumber?: string;
  @Field(() => String, { nullable: true, description: "Bank of the cheque (required for a cheque unless already recorded)." }) bank?: string;
  @Field(() => String, { nullable: true, description: "Who wrote the cheque (required for a cheque unless already recorded)." }) issuer?: string;
  @Field(() => Int, { nullable: true, description: "The version of the installment the caller saw: the operation fails with CONFLICT if it changed since." }) expectedVersion?: number;
}

@InputType({ description: "A correction of a recorded payment: a new record replaces it, the original is kept as it was." })
export class CorrectInstallmentInput {
  @Field(() => Int, { description: "The version of the installment the caller saw: the correction fails with CONFLICT if it changed since." }) expectedVersion: number;
  @Field(() => String, { description: "Why the correction is made (kept with the record)." }) reason: string;
  @Field(() => Int, { nullable: true, description: "Corrected amount, in cents." }) amountCents?: number;
  @Field(() => PaymentMeans, { nullable: true, description: "Corrected means of payment." }) means?: PaymentMeans;
  @Field(() => DateScalar, { nullable: true, description: "Corrected due (cashing) date." }) dueOn?: string;
  @Field(() => String, { nullable: true, description: "Corrected cheque number." }) chequeNumber?: string;
  @Field(() => String, { nullable: true, description: "Corrected bank." }) bank?: string;
  @Field(() => String, { nullable: true, description: "Corrected issuer." }) issuer?: string;
  @Field(() => Boolean, { nullable: true, description: "Void the payment (a cheque returned or lost): the correcting record is cancelled." }) void?: boolean;
}
