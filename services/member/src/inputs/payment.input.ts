import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { PaymentMeans } from "../entities/installment.entity";

@InputType({
  description: "What the AMAP notes on receiving one payment: the cheque's details, and the version it saw.",
})
export class InstallmentReceiptInput {
  @Field(() => ID, { description: "Id of the installment (one of `ids`)." }) installmentId: string;
  @Field(() => String, {
    nullable: true,
    description: "Cheque number (required for a cheque unless already recorded).",
  })
  chequeNumber?: string;
  @Field(() => String, {
    nullable: true,
    description: "Bank of the cheque (required for a cheque unless already recorded).",
  })
  bank?: string;
  @Field(() => String, {
    nullable: true,
    description: "Who wrote the cheque (required for a cheque unless already recorded).",
  })
  issuer?: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the installment the caller saw: the operation fails with CONFLICT if it changed since.",
  })
  expectedVersion?: number;
}

/** The fields of a correction; the mutation's input adds the installment's id (not emitted on its own). */
@InputType({
  description: "A correction of a recorded payment: a new record replaces it, the original is kept as it was.",
})
export class InstallmentCorrectionInput {
  @Field(() => Int, {
    description:
      "The version of the installment the caller saw: the correction fails with CONFLICT if it changed since.",
  })
  expectedVersion: number;
  @Field(() => String, { description: "Why the correction is made (kept with the record)." }) reason: string;
  @Field(() => Int, { nullable: true, description: "Corrected amount, in cents." }) amountCents?: number;
  @Field(() => PaymentMeans, { nullable: true, description: "Corrected means of payment." }) means?: PaymentMeans;
  @Field(() => DateScalar, { nullable: true, description: "Corrected due (cashing) date." }) dueOn?: string;
  @Field(() => String, { nullable: true, description: "Corrected cheque number." }) chequeNumber?: string;
  @Field(() => String, { nullable: true, description: "Corrected bank." }) bank?: string;
  @Field(() => String, { nullable: true, description: "Corrected issuer." }) issuer?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Void the payment (a cheque returned or lost): the correcting record is cancelled.",
  })
  void?: boolean;
}

@InputType({
  description:
    "A payment to correct: the installment's id and the correction (a new record replaces it, the original is kept as it was).",
})
export class CorrectInstallmentInput extends InstallmentCorrectionInput {
  @Field(() => ID, { description: "Id of the installment to correct." }) id: string;
}

@InputType({ description: "Payments to record as received." })
export class MarkInstallmentsReceivedInput {
  @Field(() => [ID], { description: "Ids of the installments received." }) ids: string[];
  @Field(() => DateScalar, { nullable: true, description: "Date of receipt (today by default)." }) receivedOn?: string;
  @Field(() => [InstallmentReceiptInput], {
    nullable: true,
    description: "Cheque details and expected versions, per installment.",
  })
  details?: InstallmentReceiptInput[];
}

@InputType({ description: "Cheques an AMAP hands a farm as one batch (remise)." })
export class HandOverInstallmentsInput {
  @Field(() => ID, { description: "Id of the AMAP that received the cheques." }) amapId: string;
  @Field(() => ID, { description: "Id of the farm the cheques are handed to." }) farmId: string;
  @Field(() => DateScalar, { description: "Date of the handover." }) date: string;
  @Field(() => [ID], {
    nullable: true,
    description:
      "Only these installments (all must be received cheques for this farm); every received one when omitted.",
  })
  ids?: string[];
}
