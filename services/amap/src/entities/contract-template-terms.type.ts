import { Field, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { ContractKind, ContractTemplateStatus, PaymentMeans } from "./contract-template.entity";
import { DistributionStatus } from "./distribution.entity";
import { TemplateLine } from "./template-line.entity";
import { LineAvailability } from "./line-availability.entity";

@ObjectType({
  description:
    "A delivery date of a contract template as it stands: moves and cancellations applied, with the deadlines that follow from it.",
})
export class TermsDelivery {
  @Field(() => ID, { description: "Id of the distribution." })
  distributionId: string;

  @Field(() => DateScalar, {
    description: "Effective date of the delivery (the substitute date when the distribution was moved).",
  })
  date: string;

  @Field(() => DateScalar, { description: "Date first planned for the distribution (equals `date` unless moved)." })
  originalDate: string;

  @Field(() => DistributionStatus, {
    description: "Planned, moved or cancelled: a cancelled delivery takes no quantities.",
  })
  status: DistributionStatus;

  @Field(() => ID, {
    nullable: true,
    description: "Effective place of the delivery (the substitute place when moved).",
  })
  placeId: string | null;

  @Field(() => String, { description: "Start time, HH:MM (AMAP's time zone)." })
  startTime: string;

  @Field(() => String, { description: "End time, HH:MM (AMAP's time zone)." })
  endTime: string;

  @Field(() => Date, {
    description:
      "When the distribution starts, as an instant (UTC): effective date and start time in the AMAP's time zone.",
  })
  startsAt: Date;

  @Field(() => Date, {
    description:
      "Last instant (UTC) to request an absence or a postponement of this delivery: `startsAt` minus `absenceNoticeHours`.",
  })
  absenceDeadline: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      "For flexible contracts, the last instant (UTC) members may change their quantities for this delivery: `startsAt` minus `flexibleDeadlineHours`; null for other kinds.",
  })
  editableUntil: Date | null;
}

/**
 * Everything a subscription needs from its template, in one read: the member subgraph asks for it
 * and snapshots prices and text at signature.
 */
@ObjectType({
  description:
    "The terms of a contract template, as the member subgraph reads them to validate and freeze a subscription.",
})
export class ContractTemplateTerms {
  @Field(() => ID, { description: "Id of the contract template." })
  templateId: string;

  @Field(() => ID, { description: "Id of the AMAP." })
  amapId: string;

  @Field(() => ID, { description: "Id of the farm." })
  farmId: string;

  @Field(() => String, { description: "Name of the contract." })
  name: string;

  @Field(() => ContractKind, { description: "Fixed, per-date or flexible quantities." })
  kind: ContractKind;

  @Field(() => ContractTemplateStatus, { description: "Status of the template." })
  status: ContractTemplateStatus;

  @Field(() => String, { description: "Text of the contract." })
  text: string;

  @Field(() => String, { description: "Name cheques are made out to." })
  payeeName: string;

  @Field(() => ID, { nullable: true, description: "Membership period a subscriber must belong to." })
  membershipPeriodId: string | null;

  @Field(() => [Int], { description: "Numbers of installments a member may choose." })
  allowedInstallmentCounts: number[];

  @Field(() => [PaymentMeans], { description: "Payment means the farmer accepts." })
  acceptedMeans: PaymentMeans[];

  @Field(() => [DateScalar], { description: "Dates the farmer cashes installments." })
  cashingDates: string[];

  @Field(() => Int, { description: "Minimum commitment per subscription, in cents." })
  minTotalCents: number;

  @Field(() => Int, { description: "Absences allowed per subscription." })
  maxAbsences: number;

  @Field(() => Int, { description: "Hours of notice an absence needs before the distribution." })
  absenceNoticeHours: number;

  @Field(() => Int, {
    description: "For flexible contracts: hours before a delivery after which quantities are frozen.",
  })
  flexibleDeadlineHours: number;

  @Field(() => Boolean, {
    description: "Whether a member may postpone a delivery to another delivery date of this template.",
  })
  postponementAllowed: boolean;

  @Field(() => Boolean, { description: "Whether a postponement waits for the farmer's consent." })
  requiresFarmerConsent: boolean;

  @Field(() => DateScalar, { nullable: true, description: "First day members may subscribe (none: from the opening)." })
  subscriptionOpensOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day members may subscribe, included (none: until the template is closed).",
  })
  subscriptionClosesOn: string | null;

  @Field(() => String, {
    description:
      "The AMAP's time zone (IANA): the zone of its calendar dates, in which the deadlines above are counted.",
  })
  timeZone: string;

  @Field(() => Boolean, {
    description:
      "Whether the template takes subscriptions now: open, and today (AMAP's time zone) within the subscription window.",
  })
  acceptsSubscriptions: boolean;

  @Field(() => [TemplateLine], { description: "Product lines, in order." })
  lines: TemplateLine[];

  @Field(() => [TermsDelivery], { description: "Delivery dates, sorted by date." })
  deliveries: TermsDelivery[];

  @Field(() => [LineAvailability], { description: "Product × date cells offered." })
  availability: LineAvailability[];
}
