import { PaymentResolver, HandoverResolver, InstallmentPaymentFieldsResolver } from "./payment.resolver";
import {
  SubscriptionSeasonResolver,
  WaitingListEntryResolver,
  ContractTemplateWaitingListResolver,
} from "./subscription-season.resolver";
import { AbsenceResolver, BasketHandoverResolver, PostponementResolver } from "./absence.resolver";
import { AmendmentResolver } from "./amendment.resolver";
import { DutyShiftSignupsResolver, DutySignupResolver } from "./duty.resolver";
import { DistributionSheetExportResolver, FarmerRecapResolver, RecapHouseholdResolver } from "./sheet.resolver";
import { DutyShiftRef } from "../entities/federation.types";

/** The AMAP season on the member side: payments, sharing and waiting list, absences and baskets, amendments, duty, sheets. */
export const seasonResolvers = [
  PaymentResolver,
  InstallmentPaymentFieldsResolver,
  HandoverResolver,
  SubscriptionSeasonResolver,
  WaitingListEntryResolver,
  ContractTemplateWaitingListResolver,
  AbsenceResolver,
  BasketHandoverResolver,
  PostponementResolver,
  AmendmentResolver,
  DutyShiftSignupsResolver,
  DutySignupResolver,
  DistributionSheetExportResolver,
  FarmerRecapResolver,
  RecapHouseholdResolver,
] as const;

export const seasonOrphanedTypes = [DutyShiftRef] as const;
