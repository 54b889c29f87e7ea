/**
 * Reads outside the list/one convention (aggregates, recaps, sign-off sheets, the signed-in
 * person), sent by `dataProvider.query(name, variables)`. One entry per operation: no screen
 * writes GraphQL by hand.
 */
import type { QueryConfig } from "./types";
import { livingQueries } from "../living/registry";

const grid = "id productId productName unit unitPriceCents minQuantity maxQuantity quotaPerDelivery position";
const delivery = "distributionId date originalDate status placeId startTime endTime absenceDeadline editableUntil";
/** Where and when a pickup really happens: the day it was moved to, its time window, its place. */
export const pickup =
  "id date effectiveDate startTime endTime status place { name address postalCode city } movedToPlace { name address postalCode city }";

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
  networkStatisticsCsv: {
    args: { networkId: "ID!", seasons: "[String!]", includeSubNetworks: "Boolean!" },
    selection: null,
  },
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
      "id date effectiveDate startTime endTime status amap { name } place { name address city } movedToPlace { name address city } " +
      "signOffSheet { name household { id } items { templateName productName unit quantity status originalDate postponedToDate givenTo takenFrom alternatingWith coSubscribers } }",
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
  farmBalance: {
    args: { amapId: "ID!", farmId: "ID!" },
    selection: "dueCents receivedCents handedOverCents heldCents outstandingCents subscriptionCount",
  },
  /** The member's own space: the household with its contracts, pickups and payments. */
  myHousehold: {
    field: "household",
    args: { id: "ID!" },
    selection:
      "id amapId displayName status address balanceCents people { id firstName lastName email phone isPrimary } " +
      "memberships { id periodId amountCents status paidOn } " +
      "subscriptions { id templateId templateName farmId status totalCents installmentCount signedAt countersignedAt " +
      `lines { id productName unit quantity date distributionId unitPriceCents distribution { ${pickup} } } ` +
      "installments { id rank dueOn amountCents means status } absences { id distributionId date } basketOffers { id distributionId status takerName } }",
  },
  /** Everything held about the household, machine-readable: the member's data export, built by the server. */
  householdDataExport: { args: { householdId: "ID!" }, selection: "fileName mediaType encoding content byteSize" },
  /** The household's pending erasure request, if any (the member's account page). */
  householdErasure: {
    field: "household",
    args: { id: "ID!" },
    selection: "id pendingErasure { id requestedAt dueAt }",
  },
  /** Imports of files into an AMAP (amap/import). */
  importPresets: { args: { amapId: "ID!" }, selection: "id name description builtIn mapping { column field date }" },
  uploadImportFile: { kind: "mutation", args: { input: "UploadImportFileInput!" }, selection: "id" },
  checkImport: { kind: "mutation", args: { input: "CheckImportInput!" }, selection: "id status" },
  confirmImport: { kind: "mutation", args: { input: "ConfirmImportInput!" }, selection: "id status" },
  importJob: {
    args: { id: "ID!" },
    selection:
      "id fileName format status columns totalRows processedRows failure periodId templateId preview(count: 3) mapping { column field date } " +
      "report { rows refusedRows households { created updated unchanged refused } people memberships subscriptions } errors(perPage: 100) { total items { line column text } }",
  },
  erasureRequests: {
    args: { filter: "ErasureRequestFilter!" },
    selection: "total items { id householdId requestedAt dueAt household { displayName } }",
  },
  confirmDataErasure: { kind: "mutation", args: { input: "ConfirmDataErasureInput!" }, selection: "id status" },
  /** What the network may see of the AMAP (amap/settings). */
  amapNetworkConsent: {
    field: "amap",
    args: { id: "ID!" },
    selection: "id networkConsent { directory partnerships statistics decidedAt }",
  },
  setNetworkConsent: {
    kind: "mutation",
    args: { input: "SetNetworkConsentInput!" },
    selection: "id directory partnerships statistics decidedAt",
  },
  amapArchive: { args: { amapId: "ID!" }, selection: "fileName mediaType encoding content byteSize" },
  requestDataErasure: {
    kind: "mutation",
    args: { input: "RequestDataErasureInput!" },
    selection: "id status requestedAt dueAt",
  },
  cancelDataErasure: { kind: "mutation", args: { input: "CancelDataErasureInput!" }, selection: "id status" },
  basketOffers: {
    args: { distributionId: "ID!", status: "BasketHandoverStatus" },
    selection: "id subscriptionId distributionId date giverHouseholdId status takerName",
  },
  takeBasket: {
    kind: "mutation",
    input: true,
    args: { offerId: "ID!", householdId: "ID", takerName: "String" },
    selection: "id status",
  },
  createMembershipForHousehold: {
    kind: "mutation",
    field: "createMembership",
    args: { input: "CreateMembershipInput!" },
    selection: "id status amountCents",
  },
  requestSubscription: {
    kind: "mutation",
    args: { input: "RequestSubscriptionInput!" },
    selection: "subscription { id status totalCents } waitingListEntry { id position }",
  },
  updateDutyRules: {
    kind: "mutation",
    args: { input: "UpdateDutyRulesInput!" },
    selection: "amapId signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod",
  },
  /** After a distribution moved or was cancelled: one amendment per subscription touched. */
  syncDistributionChanges: { kind: "mutation", input: true, args: { amapId: "ID!" }, selection: "id" },
  dutyRules: {
    args: { amapId: "ID!" },
    selection: "amapId signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod",
  },
} satisfies Record<string, QueryConfig>;
