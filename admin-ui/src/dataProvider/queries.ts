/**
 * Reads outside the list/one convention (aggregates, recaps, sign-off sheets, the signed-in
 * person), sent by `dataProvider.query(name, variables)`. One entry per operation: no screen
 * writes GraphQL by hand.
 */
import type { QueryConfig } from "./types";
import { livingQueries } from "../living/registry";

const grid = "id productId productName unit unitPriceCents minQuantity maxQuantity quotaPerDelivery position";
const delivery = "distributionId date originalDate status placeId startTime endTime absenceDeadline editableUntil";

export const queries = {
  ...livingQueries,
  me: { args: {}, selection: "id email firstName lastName superAdmin grants { id role scopeId amapId }" },
  networkStatistics: {
    args: { networkId: "ID!", seasons: "[String!]", includeSubNetworks: "Boolean!" },
    selection:
      "season includesSubNetworks amapCount farmCount householdCount subscriptionCount prefinancedCents " +
      "byFarm { farm { id name } productionType amapCount templateCount subscriptionCount prefinancedCents } " +
      "byProductionType { productionType farmCount subscriptionCount prefinancedCents }",
  },
  networkStatisticsCsv: { args: { networkId: "ID!", seasons: "[String!]", includeSubNetworks: "Boolean!" }, selection: null },
  /** Everything the subscription grid needs: lines, deliveries, availability, policies. */
  contractTemplateTerms: {
    args: { id: "ID!" },
    selection:
      "templateId amapId farmId name kind status text payeeName allowedInstallmentCounts acceptedMeans cashingDates minTotalCents " +
      "maxAbsences absenceNoticeHours flexibleDeadlineHours acceptsSubscriptions subscriptionOpensOn subscriptionClosesOn " +
      `lines { ${grid} } deliveries { ${delivery} } availability { templateLineId distributionId quota effectiveQuota }`,
  },
  templateGrid: {
    field: "contractTemplate",
    args: { id: "ID!" },
    selection: `id name status kind amapId lines { ${grid} } deliveries { ${delivery} } availability { templateLineId distributionId quota effectiveQuota }`,
  },
  distributionSheet: {
    field: "distribution",
    args: { id: "ID!" },
    selection:
      "id date effectiveDate startTime endTime status place { name address city } " +
      "signOffSheet { name household { id } items { templateName productName unit quantity status postponedToDate givenTo takenFrom alternatingWith coSubscribers } }",
  },
  distributionSheetCsv: { field: "distribution", args: { id: "ID!" }, selection: "signOffSheetCsv" },
  farmerRecap: {
    args: { farmId: "ID!", distributionId: "ID", from: "Date", to: "Date" },
    selection:
      "farmId distributionId from to products { productId productName unit quantity amountCents } " +
      "dates { date distributionId amapId products { productName unit quantity } } " +
      "amaps { amapId products { productName unit quantity amountCents } households { name products { productName unit quantity } } }",
  },
  farmerRecapCsv: { args: { farmId: "ID!", distributionId: "ID", from: "Date", to: "Date" }, selection: null },
  farmBalance: { args: { amapId: "ID!", farmId: "ID!" }, selection: "dueCents receivedCents handedOverCents heldCents outstandingCents subscriptionCount" },
  /** The member's own space: the household with its contracts, pickups and payments. */
  myHousehold: {
    field: "household",
    args: { id: "ID!" },
    selection:
      "id amapId displayName status address balanceCents people { id firstName lastName email phone isPrimary } " +
      "memberships { id periodId amountCents status paidOn } " +
      "subscriptions { id templateId templateName farmId status totalCents installmentCount signedAt countersignedAt " +
      "lines { id productName unit quantity date distributionId unitPriceCents } " +
      "installments { id rank dueOn amountCents means status } absences { id distributionId date } }",
  },
  /** Everything held about the household, machine-readable: the member's data export. */
  householdExport: {
    field: "household",
    args: { id: "ID!" },
    selection:
      "id amapId displayName status address notes createdAt updatedAt people { id firstName lastName email phone isPrimary createdAt } " +
      "memberships { id periodId amountCents status paidOn createdAt installments { id dueOn amountCents means status chequeNumber bank issuer receivedOn } } " +
      "subscriptions { id templateId templateName status startsOn totalCents installmentCount signedAt countersignedAt terms { templateName kind text payeeName } " +
      "lines { productName unit quantity date unitPriceCents } installments { id rank dueOn amountCents means status chequeNumber bank issuer receivedOn handedOverOn } " +
      "absences { date createdAt } postponements { fromDate toDate status } }",
  },
  basketOffers: { args: { distributionId: "ID!", status: "BasketHandoverStatus" }, selection: "id subscriptionId distributionId date giverHouseholdId status takerName" },
  takeBasket: { kind: "mutation", args: { offerId: "ID!", householdId: "ID", takerName: "String" }, selection: "id status" },
  createMembershipForHousehold: {
    kind: "mutation",
    field: "createMembership",
    args: { input: "CreateMembershipInput!" },
    selection: "id status amountCents",
  },
  requestSubscription: {
    kind: "mutation",
    args: { input: "CreateSubscriptionInput!" },
    selection: "subscription { id status totalCents } waitingListEntry { id position }",
  },
  updateDutyRules: {
    kind: "mutation",
    args: { amapId: "ID!", input: "UpdateDutyRulesInput!" },
    selection: "amapId signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod",
  },
  dutyRules: { args: { amapId: "ID!" }, selection: "amapId signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod" },
} satisfies Record<string, QueryConfig>;

export type QueryName = keyof typeof queries;
