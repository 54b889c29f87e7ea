/**
 * What each role may do in the back-offices (domain.md, "who may do what"), in one pure function
 * that react-admin asks before showing a menu entry, a page or a button. The API decides again on
 * every call: this only keeps people away from what they could not do anyway.
 * Unit-tested in test/canAccess.test.ts.
 */
import type { RoleName } from "../auth/grants";

export type Action = "list" | "show" | "create" | "edit" | "delete" | "export" | (string & {});
export interface AccessRequest {
  action: Action;
  resource: string;
  record?: Record<string, unknown>;
}

const READ = ["list", "show", "export"];
const WRITE = [...READ, "create", "edit"];

/** Actions per resource, per role. A resource absent from a role's table is closed to it. */
const RULES: Record<RoleName, Record<string, readonly string[]>> = {
  // The directory and aggregates: never a household's personal data.
  network_admin: {
    dashboard: ["show"],
    networks: [...WRITE, "delete"],
    amaps: [...WRITE, "closeAmap"],
    farms: WRITE,
    networkMemberships: WRITE,
    networkShareRemittances: [...READ, "create"],
    events: [...WRITE, "cancelEvent"],
  },
  // Everything inside the AMAP.
  amap_admin: {
    dashboard: ["show"],
    households: [...WRITE, "addPerson", "updatePerson", "removePerson"],
    memberships: WRITE,
    membershipPeriods: WRITE,
    places: [...WRITE, "delete"],
    distributions: [...WRITE, "generateDistributions", "cancelDistribution", "moveDistribution", "signOffSheet"],
    contractTemplates: [
      ...WRITE,
      "openContractTemplate",
      "closeContractTemplate",
      "startTemplateSeason",
      "finishTemplateSeason",
      "archiveContractTemplate",
      "renewContractTemplate",
      "setTemplateAvailability",
    ],
    subscriptions: [...READ, "create", "terminateSubscription", "recordPaperSignature"],
    installments: [...READ, "markInstallmentsReceived", "handOverInstallments"],
    dutyRoles: WRITE,
    dutyShifts: [...READ, "edit", "generateDutyShifts"],
    auditEntries: ["list"],
    farms: ["list", "show"],
    products: ["list", "show"],
    events: [...WRITE, "cancelEvent"],
  },
  // One contract template: its terms, subscriptions, cheques and the calendar it delivers on.
  referent: {
    dashboard: ["show"],
    contractTemplates: [...READ, "edit", "openContractTemplate", "closeContractTemplate", "setTemplateAvailability"],
    subscriptions: [...READ, "create", "terminateSubscription", "recordPaperSignature"],
    installments: [...READ, "markInstallmentsReceived"],
    distributions: ["list", "show", "signOffSheet"],
    households: ["list", "show"],
    farms: ["list", "show"],
    products: ["list", "show"],
    events: READ,
  },
  // The farm's profile and products; every template of the farm, in every AMAP it supplies.
  farmer: {
    dashboard: ["show"],
    farms: ["show", "edit"],
    products: [...WRITE, "deactivateProduct"],
    contractTemplates: READ,
    subscriptions: [...READ, "countersignSubscription"],
    recaps: ["list", "show", "export"],
  },
  // The household's own things.
  member: {
    dashboard: ["show"],
    agenda: ["list"],
    subscriptions: [
      "list",
      "show",
      "create",
      "signSubscription",
      "declareAbsence",
      "withdrawAbsence",
      "offerBasket",
      "withdrawBasketOffer",
    ],
    memberships: ["list", "create"],
    dutyShifts: ["list", "signUpForDuty", "withdrawFromDuty"],
    account: ["show", "export"],
    contractTemplates: ["list", "show"],
  },
};

/** Conditions on the record's state: an action that makes no sense for it is not offered. */
const RECORD_RULES: Record<string, (record: Record<string, unknown>) => boolean> = {
  "amaps.closeAmap": (r) => r.status !== "closed",
  "contractTemplates.openContractTemplate": (r) => r.status === "draft",
  "contractTemplates.closeContractTemplate": (r) => r.status === "open",
  "contractTemplates.startTemplateSeason": (r) => r.status === "closed",
  "contractTemplates.finishTemplateSeason": (r) => r.status === "running",
  "contractTemplates.archiveContractTemplate": (r) => r.status === "finished",
  "contractTemplates.edit": (r) => r.status === "draft" || r.status === "open",
  "distributions.cancelDistribution": (r) => r.status !== "cancelled",
  "distributions.moveDistribution": (r) => r.status !== "cancelled",
  "subscriptions.signSubscription": (r) => r.status === "draft" || r.status === "awaiting_member_signature",
  "subscriptions.countersignSubscription": (r) => r.status === "signed",
  "subscriptions.recordPaperSignature": (r) => r.status === "draft" || r.status === "awaiting_member_signature",
  "subscriptions.terminateSubscription": (r) => r.status !== "terminated" && r.status !== "finished",
  "installments.markInstallmentsReceived": (r) => r.status === "to_provide",
  "installments.handOverInstallments": (r) => r.status === "received",
  "products.deactivateProduct": (r) => r.active !== false,
  "events.edit": (r) => r.status !== "cancelled",
  "events.cancelEvent": (r) => r.status !== "cancelled",
};

export function canAccess(role: RoleName | null | undefined, { action, resource, record }: AccessRequest): boolean {
  if (!role) return false;
  const allowed = RULES[role]?.[resource];
  if (!allowed?.includes(action)) return false;
  const condition = RECORD_RULES[`${resource}.${action}`];
  return !record || !condition || condition(record);
}

/** The resources a role opens at all (its menu). */
export function resourcesOf(role: RoleName): string[] {
  return Object.keys(RULES[role] ?? {});
}
