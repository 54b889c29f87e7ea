import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { ContractKind, ContractTemplateStatus, PaymentMeans } from "../entities/contract-template.entity";

@InputType({ description: "Filter for the list of contract templates." })
export class ContractTemplateFilter {
  @Field(() => String, { nullable: true, description: "Text search on the name." }) q?: string;
  @Field(() => [ID], { nullable: true, description: "Only these templates." }) ids?: string[];
  @Field(() => ID, { nullable: true, description: "Templates of this AMAP." }) amapId?: string;
  @Field(() => ID, { nullable: true, description: "Templates with this farm." }) farmId?: string;
  @Field(() => ContractTemplateStatus, { nullable: true, description: "With this status." })
  status?: ContractTemplateStatus;
  @Field(() => ContractKind, { nullable: true, description: "Of this kind." }) kind?: ContractKind;
  @Field(() => String, { nullable: true, description: "Of this season." }) season?: string;
}

@InputType({ description: "A product line of a contract template." })
export class TemplateLineInput {
  @Field(() => ID, {
    nullable: true,
    description: "Id of an existing line to keep (on update); absent for a new line.",
  })
  id?: string;
  @Field(() => ID, { description: "The product (network subgraph), sold by the template's farm." }) productId: string;
  @Field(() => Int, { description: "Season price of one unit, in cents." }) unitPriceCents: number;
  @Field(() => Int, { nullable: true, description: "Minimum quantity per delivery (0 if absent)." })
  minQuantity?: number;
  @Field(() => Int, { nullable: true, description: "Maximum quantity per delivery and household." }) maxQuantity?:
    number | null;
  @Field(() => Int, { nullable: true, description: "Farm's capacity per delivery date." }) quotaPerDelivery?:
    number | null;
}

@InputType({ description: "Fields of a contract template." })
export class ContractTemplateFieldsInput {
  @Field(() => String, { nullable: true, description: "Name of the contract." }) name?: string;
  @Field(() => String, { nullable: true, description: "Season (2026)." }) season?: string;
  @Field(() => ContractKind, { nullable: true, description: "Kind (only while draft)." }) kind?: ContractKind;
  @Field(() => String, { nullable: true, description: "Text of the contract." }) text?: string;
  @Field(() => String, { nullable: true, description: "Name on cheques (the farm's payee name if absent)." })
  payeeName?: string;
  @Field(() => DateScalar, { nullable: true, description: "First day of subscriptions." }) subscriptionOpensOn?:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: "Last day of subscriptions." }) subscriptionClosesOn?:
    string | null;
  @Field(() => ID, { nullable: true, description: "Membership period required of subscribers." }) membershipPeriodId?:
    string | null;
  @Field(() => [Int], { nullable: true, description: "Allowed installment counts, 1 to 12 ([1] if absent)." })
  allowedInstallmentCounts?: number[];
  @Field(() => [PaymentMeans], { nullable: true, description: "Accepted payment means ([cheque] if absent)." })
  acceptedMeans?: PaymentMeans[];
  @Field(() => [DateScalar], { nullable: true, description: "Cashing dates of installments." }) cashingDates?: string[];
  @Field(() => Int, { nullable: true, description: "Minimum commitment per subscription, in cents." })
  minTotalCents?: number;
  @Field(() => Int, { nullable: true, description: "Absences allowed per subscription." }) maxAbsences?: number;
  @Field(() => Int, { nullable: true, description: "Notice for an absence, in hours." }) absenceNoticeHours?: number;
  @Field(() => Int, { nullable: true, description: "Deadline for flexible quantities, in hours before delivery." })
  flexibleDeadlineHours?: number;
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether members may postpone a delivery to another date of the template (false if absent).",
  })
  postponementAllowed?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: "Whether a postponement waits for the farmer's consent (true if absent).",
  })
  requiresFarmerConsent?: boolean;
  @Field(() => [TemplateLineInput], {
    nullable: true,
    description: "Product lines, in order (only while draft; replaces the list).",
  })
  lines?: TemplateLineInput[];
  @Field(() => [ID], {
    nullable: true,
    description: "Delivery dates: distributions of the same AMAP (only while draft; replaces the list).",
  })
  distributionIds?: string[];
}

@InputType({ description: "A new contract template (created as draft; every line is available on every date)." })
export class CreateContractTemplateInput extends ContractTemplateFieldsInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => ID, { description: "The farm." }) farmId: string;
  @Field(() => String, { description: "Name of the contract." }) declare name: string;
  @Field(() => String, { description: "Season (2026)." }) declare season: string;
  @Field(() => [TemplateLineInput], { description: "Product lines, in order." }) declare lines: TemplateLineInput[];
}

@InputType({ description: "Changes to a contract template (absent fields are unchanged)." })
export class UpdateContractTemplateInput extends ContractTemplateFieldsInput {
  @Field(() => ID, { description: "The contract template to change." }) id: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The version of the record the caller read: the update fails with CONFLICT if someone changed it since (optimistic concurrency).",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "Turns one product × date cell of a template on or off." })
export class AvailabilityCellInput {
  @Field(() => ID, { description: "The template line." }) templateLineId: string;
  @Field(() => ID, { description: "The distribution (a delivery date of the template)." }) distributionId: string;
  @Field(() => Boolean, { description: "True to offer the product on that date." }) available: boolean;
  @Field(() => Int, {
    nullable: true,
    description:
      "Farm's capacity for this product on this date, overriding the line's quota (absent: unchanged; null: the line's).",
  })
  quota?: number | null;
}

@InputType({ description: "The draft template to open to subscriptions." })
export class OpenContractTemplateInput {
  @Field(() => ID, { description: "The contract template." }) id: string;
}

@InputType({ description: "The open template whose subscriptions close." })
export class CloseContractTemplateInput {
  @Field(() => ID, { description: "The contract template." }) id: string;
}

@InputType({ description: "The closed template whose season starts." })
export class StartTemplateSeasonInput {
  @Field(() => ID, { description: "The contract template." }) id: string;
}

@InputType({ description: "The running template whose season finishes." })
export class FinishTemplateSeasonInput {
  @Field(() => ID, { description: "The contract template." }) id: string;
}

@InputType({ description: "The finished template to archive." })
export class ArchiveContractTemplateInput {
  @Field(() => ID, { description: "The contract template." }) id: string;
}

@InputType({ description: "Product × date cells of a draft template to turn on or off." })
export class SetTemplateAvailabilityInput {
  @Field(() => ID, { description: "The draft contract template." }) templateId: string;
  @Field(() => [AvailabilityCellInput], { description: "The cells to change; the others are unchanged." })
  cells: AvailabilityCellInput[];
}
