import {
  getNamedType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLOutputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import type { Tenant } from "./world";

/*
 * Arguments and selections for any root operation, generated from the API schema, so that a new
 * operation is called by the matrix without writing its call by hand. Ids come from the tenant the
 * cell is about (own or foreign): by the operation's type for `id`, by the argument's name
 * otherwise; a few operations need real values (a template line, a refresh token): OVERRIDES.
 */

export interface Call {
  t: Tenant;
  /** The caller's own account id (deleteAccount acts on oneself). */
  accountOf: (t: Tenant) => string;
  /** A valid refresh token, made fresh for the operations that consume one. */
  freshRefreshToken: () => Promise<string>;
  loginEmail: string;
  loginPassword: string;
}

/** The record an `id` argument names, by the operation's return type. */
const BY_TYPE: Record<string, (t: Tenant) => string> = {
  Network: (t) => t.network, Amap: (t) => t.amap, Farm: (t) => t.farm, Product: (t) => t.product,
  Place: (t) => t.place, Distribution: (t) => t.distributions[0], ContractTemplate: (t) => t.template, ContractTemplateTerms: (t) => t.template, MembershipPeriod: (t) => t.period,
  DutyRole: (t) => t.dutyRole, DutyShift: (t) => t.dutyShift, Household: (t) => t.household, Person: (t) => t.secondPerson,
  Membership: (t) => t.membership, Subscription: (t) => t.subscription, Installment: (t) => t.installment, WaitingListEntry: (t) => t.waitingListEntry,
  Postponement: (t) => t.postponement, BasketHandover: (t) => t.basketOffer, Amendment: (t) => t.amendment, Handover: (t) => t.handover,
  NetworkMembership: (t) => t.networkMembership, CharterVersion: (t) => t.charterVersion, CharterCommitment: (t) => t.charterCommitment,
  FarmVisit: (t) => t.farmVisit, VisitQuestion: (t) => t.visitQuestion, VisitAction: (t) => t.visitAction, Announcement: (t) => t.announcement,
  AnnouncementReply: (t) => t.announcement, NetworkShareRemittance: (t) => t.remittance, RoleGrant: (t) => t.spareGrant, ApiToken: (t) => t.spareApiToken,
};

/** Operations whose `id` names something else than what they return. */
const ID_OF_OPERATION: Record<string, (c: Call) => string> = {
  "Mutation.deletePlace": (c) => c.t.place,
  "Mutation.removePerson": (c) => c.t.secondPerson,
  "Mutation.deleteNetwork": (c) => c.t.network,
  "Mutation.removeVisitMember": (c) => c.t.visitMember,
  "Mutation.withdrawAbsence": (c) => c.t.absence,
  "Mutation.withdrawFromDuty": (c) => c.t.dutySignup,
  "Mutation.deleteAccount": (c) => c.accountOf(c.t),
  "Mutation.replyToAnnouncement": (c) => c.t.announcement,
};

/** Id arguments (and filter fields) by name. */
const BY_NAME: Record<string, (t: Tenant) => string | string[]> = {
  amapId: (t) => t.amap, networkId: (t) => t.network, farmId: (t) => t.farm, householdId: (t) => t.household, templateId: (t) => t.template,
  subscriptionId: (t) => t.subscription, distributionId: (t) => t.distributions[0], fromDistributionId: (t) => t.distributions[2],
  toDistributionId: (t) => t.distributions[1], shiftId: (t) => t.dutyShift, visitId: (t) => t.farmVisit, offerId: (t) => t.basketOffer,
  periodId: (t) => t.period, personId: (t) => t.person, parentId: (t) => t.network, charterVersionId: (t) => t.charterVersion,
  questionId: (t) => t.visitQuestion, templateLineId: (t) => t.templateLine, placeId: (t) => t.place, membershipPeriodId: (t) => t.period,
  productId: (t) => t.product, scopeId: (t) => t.amap, roleId: (t) => t.dutyRole,
  ids: (t) => [t.installment], amapIds: (t) => [t.amap], farmIds: (t) => [t.farm], networkIds: (t) => [t.network], distributionIds: (t) => t.distributions,
};

/** Filters name one tenant, by this preference (a filter on two keys would ask for their intersection). */
const FILTER_KEYS = ["amapId", "householdId", "templateId", "subscriptionId", "farmId", "networkId", "distributionId", "visitId", "scopeId"];

/** Whole variables (or some of them) for operations a generated value cannot satisfy. */
export const OVERRIDES: Record<string, (c: Call) => Record<string, unknown> | Promise<Record<string, unknown>>> = {
  "Query.amaps": (c) => ({ filter: { networkId: c.t.subNetwork } }),
  "Query.networks": (c) => ({ filter: { parentId: c.t.network } }),
  "Mutation.login": (c) => ({ email: c.loginEmail, password: c.loginPassword }),
  "Mutation.refreshSession": async (c) => ({ refreshToken: await c.freshRefreshToken() }),
  "Mutation.logout": async (c) => ({ refreshToken: await c.freshRefreshToken() }),
  "Query.amendments": (c) => ({ amapId: c.t.amap, distributionId: undefined }),
  "Mutation.createNetwork": (c) => ({ input: { name: "Sous-réseau", parentId: c.t.network } }),
  "Mutation.createAmap": (c) => ({ input: { name: "Nouvelle AMAP", networkId: c.t.network } }),
  "Mutation.createFarm": (c) => ({ input: { name: "Ferme", networkIds: [c.t.network] } }),
  "Mutation.createCharterVersion": (c) => ({ input: { networkId: c.t.network, title: "Charte", adoptedOn: "2026-01-01", text: "…", principles: [] } }),
  "Mutation.createAnnouncement": (c) => ({ input: { networkId: c.t.network, kind: "amap_seeks_farm", amapId: c.t.amap, title: "t", body: "b", expiresOn: "2030-01-01" } }),
  "Mutation.acceptRoleGrant": (c) => ({ input: { id: c.t.spareGrant } }),
  "Mutation.grantRole": (c) => ({ input: { personId: c.t.accounts.spare, role: "member", scopeId: c.t.otherHousehold } }),
  "Mutation.createApiToken": (c) => ({ input: { name: "Site", scopeType: "amap", scopeId: c.t.amap } }),
  "Mutation.takeBasket": (c) => ({ offerId: c.t.basketOffer, householdId: c.t.household }),
  "Mutation.withdrawFromWaitingList": (c) => ({ id: c.t.waitingListEntry }),
  "Mutation.markInstallmentsReceived": (c) => ({ ids: [c.t.installment] }),
};

function scalarValue(name: string, typeName: string): unknown {
  if (typeName === "ID") return undefined; // ids come from the tenant, by name
  if (typeName === "Int") return 1;
  if (typeName === "Float") return 1;
  if (typeName === "Boolean") return false;
  if (typeName === "Date") return "2030-06-06";
  if (typeName === "DateTimeISO") return "2030-06-06T10:00:00.000Z";
  if (/email/i.test(name)) return "matrix@example.org";
  if (/password/i.test(name)) return "un mot de passe assez long";
  if (/season/i.test(name)) return "2030";
  return "x";
}

/** A value for an argument or input field: required ones always; optional ones only when they name a tenant and `optionalIds`. */
function valueFor(name: string, type: GraphQLInputType, t: Tenant, required: boolean, optionalIds = false): unknown {
  const named = getNamedType(type);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  if (!required && !optionalIds) return undefined;
  if (BY_NAME[name] && (named.name === "ID" || named.name === "String")) {
    const v = BY_NAME[name](t);
    return list ? (Array.isArray(v) ? v : [v]) : Array.isArray(v) ? v[0] : v;
  }
  if (!required) return undefined;
  let one: unknown;
  if (isEnumType(named)) one = named.getValues()[0].value;
  else if (isInputObjectType(named)) one = inputObject(named, t);
  else if (isScalarType(named)) one = scalarValue(name, named.name) ?? "00000000-0000-7000-8000-000000000000";
  return list ? [one] : one;
}

/** An input with its required fields (ids from the tenant by name). */
function inputObject(type: GraphQLInputObjectType, t: Tenant): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of Object.values(type.getFields())) {
    const v = valueFor(f.name, f.type, t, isNonNullType(f.type) && f.defaultValue === undefined);
    if (v !== undefined) out[f.name] = v;
  }
  return out;
}

/** A filter naming the tenant on one key. */
function filterFor(type: GraphQLInputObjectType, t: Tenant): Record<string, unknown> | undefined {
  const fields = type.getFields();
  const key = FILTER_KEYS.find((k) => k in fields);
  const out: Record<string, unknown> = {};
  for (const f of Object.values(fields)) if (isNonNullType(f.type)) out[f.name] = valueFor(f.name, f.type, t, true);
  if (key) out[key] = valueFor(key, fields[key].type, t, true);
  return Object.keys(out).length ? out : undefined;
}

export async function variablesFor(op: string, field: GraphQLField<unknown, unknown>, c: Call): Promise<Record<string, unknown>> {
  const vars: Record<string, unknown> = {};
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const named = getNamedType(arg.type);
    if (arg.name === "id") vars.id = (ID_OF_OPERATION[op] ?? ((x: Call) => BY_TYPE[getNamedType(field.type).name]?.(x.t)))(c);
    else if (arg.name === "filter" && isInputObjectType(named)) vars.filter = filterFor(named, c.t);
    else {
      const v = valueFor(arg.name, arg.type, c.t, required, true);
      if (v !== undefined) vars[arg.name] = v;
    }
  }
  return { ...vars, ...(OVERRIDES[op] ? await OVERRIDES[op](c) : {}) };
}

/** `__typename` and `id` of objects; `total` and the items of pages; nothing for scalars. */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return "";
  const fields = named.getFields();
  if ("items" in fields && "total" in fields) return `{ total items ${selectionFor(fields.items.type) || ""} }`;
  return `{ __typename${"id" in fields ? " id" : ""} }`;
}

/** The operation with the arguments given in `variables` (the others keep their defaults). */
export function documentFor(op: string, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const [kind] = op.split(".");
  const args = field.args.filter((a) => variables[a.name] !== undefined);
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const call = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  return `${kind === "Query" ? "query" : "mutation"}${defs ? `(${defs})` : ""} { r: ${field.name}${call ? `(${call})` : ""} ${selectionFor(field.type)} }`;
}

/** Empty: null, an empty list, a page without items. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object" && Array.isArray((value as { items?: unknown[] }).items)) return (value as { items: unknown[] }).items.length === 0;
  return false;
}
