/**
 * Choices for the API's enums; names are i18n keys, translated by SelectInput and SelectField.
 * Values as in services/network/src/entities.
 */
const choices = (enumName: string, values: readonly string[]) =>
  values.map((id) => ({ id, name: `champ.enums.${enumName}.${id}` }));

export const networkLevels = choices("networkLevel", ["national", "regional", "departmental", "local"]);
export const registrationModes = choices("registrationMode", ["open", "waiting_list", "closed", "full"]);
export const amapStatuses = choices("amapStatus", ["active", "in_creation", "dormant", "closed"]);
export const farmStatuses = choices("farmStatus", ["active", "in_creation", "dormant", "closed"]);
export const memberKinds = choices("memberKind", ["amap", "farm"]);
export const networkMembershipStatuses = choices("networkMembershipStatus", ["pending", "paid", "cancelled"]);
export const productionTypes = choices("productionType", [
  "vegetables",
  "fruit",
  "eggs",
  "poultry",
  "meat",
  "dairy",
  "bread",
  "honey",
  "fish",
  "other",
]);
export const pricings = choices("pricing", ["per_unit", "by_weight"]);
export const contractKinds = choices("contractKind", ["fixed", "per_date", "flexible"]);
export const templateStatuses = choices("templateStatus", [
  "draft",
  "open",
  "closed",
  "running",
  "finished",
  "archived",
]);
export const distributionStatuses = choices("distributionStatus", ["planned", "cancelled", "moved"]);
export const distributionCycles = choices("distributionCycle", ["weekly", "fortnightly", "monthly"]);
export const householdStatuses = choices("householdStatus", ["active", "waiting_list", "intermittent", "former"]);
export const membershipStatuses = choices("membershipStatus", ["pending", "paid", "cancelled"]);
export const feeModes = choices("feeMode", ["fixed", "free"]);
export const paymentMeans = choices("paymentMeans", ["cheque", "transfer", "cash", "direct_debit", "local_currency"]);
export const subscriptionStatuses = choices("subscriptionStatus", [
  "draft",
  "awaiting_member_signature",
  "signed",
  "countersigned",
  "active",
  "finished",
  "terminated",
]);
export const installmentStatuses = choices("installmentStatus", [
  "to_provide",
  "received",
  "handed_over",
  "paid",
  "cancelled",
]);
