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
import { IMPORT_MAPPING, type Tenant } from "./world";
import type { Gql } from "../../../tools/src/demo/client";
import { addDays, todayIn } from "../../../services/kit/src/calendar";

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
  /** Links the mails would carry, made fresh for the public operations that consume one (a reset, an invitation). */
  freshResetToken?: () => Promise<string>;
  freshInvitationToken?: () => Promise<string>;
  /** The super admin, to read a record's current version. */
  admin?: Gql;
}

/** The record an `id` argument names, by the operation's return type. */
const BY_TYPE: Record<string, (t: Tenant) => string> = {
  Network: (t) => t.network,
  Amap: (t) => t.amap,
  Farm: (t) => t.farm,
  Product: (t) => t.product,
  Place: (t) => t.place,
  Distribution: (t) => t.distributions[0],
  ContractTemplate: (t) => t.template,
  ContractTemplateTerms: (t) => t.template,
  MembershipPeriod: (t) => t.period,
  DutyRole: (t) => t.dutyRole,
  DutyShift: (t) => t.dutyShift,
  Household: (t) => t.household,
  Person: (t) => t.secondPerson,
  Membership: (t) => t.membership,
  Subscription: (t) => t.subscription,
  Installment: (t) => t.installment,
  WaitingListEntry: (t) => t.waitingListEntry,
  Postponement: (t) => t.postponement,
  BasketHandover: (t) => t.basketOffer,
  Amendment: (t) => t.amendment,
  Handover: (t) => t.handover,
  NetworkMembership: (t) => t.networkMembership,
  CharterVersion: (t) => t.charterVersion,
  CharterCommitment: (t) => t.charterCommitment,
  FarmVisit: (t) => t.farmVisit,
  VisitQuestion: (t) => t.visitQuestion,
  VisitAction: (t) => t.visitAction,
  Announcement: (t) => t.announcement,
  AnnouncementReply: (t) => t.announcement,
  NetworkShareRemittance: (t) => t.remittance,
  RoleGrant: (t) => t.spareGrant,
  ApiToken: (t) => t.spareApiToken,
  Event: (t) => t.event,
  EventRegistration: (t) => t.eventRegistration,
  CalendarFeed: (t) => t.calendarFeed,
  CreatedCalendarFeed: (t) => t.calendarFeed,
  ErasureRequest: (t) => t.erasureRequest,
  ImportJob: (t) => t.importJob,
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
};

/** The record an operation acts on: its `id` argument, or the `id` of its one input (issue 14). */
const idOf = (op: string, field: GraphQLField<unknown, unknown>, c: Call): string =>
  (ID_OF_OPERATION[op] ?? ((x: Call) => BY_TYPE[getNamedType(field.type).name]?.(x.t)))(c);

/** Id arguments (and filter fields) by name. */
const BY_NAME: Record<string, (t: Tenant) => string | string[]> = {
  amapId: (t) => t.amap,
  networkId: (t) => t.network,
  farmId: (t) => t.farm,
  householdId: (t) => t.household,
  templateId: (t) => t.template,
  subscriptionId: (t) => t.subscription,
  distributionId: (t) => t.distributions[0],
  fromDistributionId: (t) => t.distributions[2],
  toDistributionId: (t) => t.distributions[1],
  shiftId: (t) => t.dutyShift,
  visitId: (t) => t.farmVisit,
  offerId: (t) => t.basketOffer,
  periodId: (t) => t.period,
  personId: (t) => t.person,
  parentId: (t) => t.network,
  charterVersionId: (t) => t.charterVersion,
  questionId: (t) => t.visitQuestion,
  templateLineId: (t) => t.templateLine,
  placeId: (t) => t.place,
  membershipPeriodId: (t) => t.period,
  productId: (t) => t.product,
  scopeId: (t) => t.amap,
  roleId: (t) => t.dutyRole,
  eventId: (t) => t.event,
  jobId: (t) => t.importJob,
  announcementId: (t) => t.announcement,
  ids: (t) => [t.installment],
  amapIds: (t) => [t.amap],
  farmIds: (t) => [t.farm],
  networkIds: (t) => [t.network],
  distributionIds: (t) => t.distributions,
};

/** Filters name one tenant, by this preference (a filter on two keys would ask for their intersection). */
const FILTER_KEYS = [
  "amapId",
  "householdId",
  "templateId",
  "subscriptionId",
  "farmId",
  "networkId",
  "distributionId",
  "visitId",
  "scopeId",
];

const today = () => todayIn("Europe/Paris");
const eggs = (t: Tenant, q: number) =>
  t.distributions
    .slice(0, 3)
    .map((distributionId) => ({ templateLineId: t.openTemplateLine, distributionId, quantity: q }));

/**
 * Whole variables (or some of them) for operations a generated value cannot satisfy: a cell marked
 * "a" must succeed, so each operation gets valid values, and a target that earlier cells do not
 * consume where one exists (a spare distribution to move and cancel, a spare place to delete…).
 */
export const OVERRIDES: Record<string, (c: Call) => Record<string, unknown> | Promise<Record<string, unknown>>> = {
  "Mutation.createDistribution": (c) => ({
    input: { amapId: c.t.amap, placeId: c.t.place, date: "2031-03-06", startTime: "18:30", endTime: "20:00" },
  }),
  "Mutation.generateDistributions": (c) => ({
    input: {
      amapId: c.t.amap,
      placeId: c.t.place,
      from: "2031-04-03",
      to: "2031-04-17",
      cycle: "weekly",
      startTime: "18:30",
      endTime: "20:00",
    },
  }),
  "Mutation.moveDistribution": (c) => ({ input: { id: c.t.spareDistribution, date: "2031-05-02", reason: "Travaux" } }),
  "Mutation.cancelDistribution": (c) => ({ input: { id: c.t.spareDistribution, reason: "Grève" } }),
  "Mutation.deletePlace": (c) => ({ input: { id: c.t.sparePlace } }),
  "Mutation.renewContractTemplate": (c) => ({
    input: { id: c.t.template, season: "2031", distributionIds: c.t.distributions.slice(0, 2) },
  }),
  "Mutation.createMembership": (c) => ({
    input: { householdId: c.t.household, periodId: c.t.sparePeriod, amountCents: 1000 },
  }),
  "Mutation.createSubscription": (c) => ({
    input: {
      templateId: c.t.openTemplate,
      householdId: c.t.freshHousehold,
      installmentCount: 1,
      means: "cheque",
      lines: eggs(c.t, 1),
    },
  }),
  "Mutation.requestSubscription": (c) => ({
    input: {
      templateId: c.t.openTemplate,
      householdId: c.t.freshHousehold,
      installmentCount: 1,
      means: "cheque",
      lines: eggs(c.t, 1),
    },
  }),
  "Mutation.signSubscription": (c) => ({ id: c.t.draftSubscription }),
  "Mutation.recordPaperSignature": (c) => ({
    input: { subscriptionId: c.t.paperSubscription, signedOn: today(), reference: "Contrat papier n° 1" },
  }),
  "Mutation.updateSubscriptionGrid": (c) => ({ id: c.t.draftSubscription, lines: eggs(c.t, 2) }),
  "Mutation.updateFlexibleQuantities": (c) => ({
    subscriptionId: c.t.draftSubscription,
    distributionId: c.t.distributions[0],
    lines: [{ templateLineId: c.t.openTemplateLine, quantity: 3 }],
  }),
  "Mutation.declareAbsence": (c) => ({ subscriptionId: c.t.draftSubscription, distributionId: c.t.distributions[0] }),
  "Mutation.postponeDelivery": (c) => ({
    subscriptionId: c.t.draftSubscription,
    fromDistributionId: c.t.distributions[1],
    toDistributionId: c.t.distributions[2],
  }),
  "Mutation.offerBasket": (c) => ({ subscriptionId: c.t.draftSubscription, distributionId: c.t.distributions[2] }),
  "Mutation.markInstallmentsReceived": (c) => ({
    ids: [c.t.waitingInstallment],
    details: [
      { installmentId: c.t.waitingInstallment, chequeNumber: "2002", bank: "La Nef", issuer: "Camille Dupont" },
    ],
  }),
  "Mutation.signUpForDuty": (c) => ({ shiftId: c.t.spareShift, householdId: c.t.household }),
  "Mutation.handOverInstallments": (c) => ({
    amapId: c.t.amap,
    farmId: c.t.farm,
    date: today(),
    ids: [c.t.waitingInstallment],
  }),
  "Mutation.correctInstallment": async (c) => {
    const r = await c.admin!(`query($ids: [ID!]) { installments(filter: { ids: $ids }) { items { version } } }`, {
      ids: [c.t.installment],
    });
    return {
      id: c.t.installment,
      expectedVersion: r.installments.items[0]?.version ?? 1,
      reason: "Erreur de saisie",
      bank: "La Nef",
    };
  },
  "Mutation.resetPassword": async (c) => ({ token: await c.freshResetToken!(), newPassword: c.loginPassword }),
  "Mutation.acceptInvitation": async (c) => ({ token: await c.freshInvitationToken!(), password: c.loginPassword }),
  "Mutation.createNetworkMembership": (c) => ({
    input: { networkId: c.t.network, year: 2031, amapId: c.t.amap, amountCents: 5000 },
  }),
  "Mutation.recordNetworkShareRemittance": (c) => ({
    input: { networkId: c.t.network, amapId: c.t.amap, year: 2031, amountCents: 300, remittedOn: today() },
  }),
  "Mutation.commitToCharter": (c) => ({
    input: { charterVersionId: c.t.charterVersion, networkId: c.t.network, farmId: c.t.farm, committedOn: today() },
  }),
  "Mutation.createVisitQuestion": (c) => ({
    input: { networkId: c.t.network, principleCode: "p1", text: "Les haies ?" },
  }),
  "Mutation.closeAnnouncement": (c) => ({ input: { id: c.t.spareAnnouncement } }),
  "Mutation.deleteNetwork": (c) => ({ input: { id: c.t.spareNetwork } }),
  "Query.amaps": (c) => ({ filter: { networkId: c.t.subNetwork } }),
  "Query.networks": (c) => ({ filter: { parentId: c.t.network } }),
  "Mutation.login": (c) => ({ email: c.loginEmail, password: c.loginPassword }),
  "Mutation.refreshSession": async (c) => ({ refreshToken: await c.freshRefreshToken() }),
  "Mutation.logout": async (c) => ({ refreshToken: await c.freshRefreshToken() }),
  "Query.amendments": (c) => ({ amapId: c.t.amap, distributionId: undefined }),
  "Mutation.createNetwork": (c) => ({ input: { name: "Sous-réseau", parentId: c.t.network } }),
  "Mutation.createAmap": (c) => ({ input: { name: "Nouvelle AMAP", networkId: c.t.network } }),
  "Mutation.createFarm": (c) => ({ input: { name: "Ferme", networkIds: [c.t.network] } }),
  "Mutation.createCharterVersion": (c) => ({
    input: {
      networkId: c.t.network,
      title: "Charte",
      adoptedOn: "2026-01-01",
      text: "…",
      principles: [{ code: "p9", title: "Transparence" }],
    },
  }),
  "Mutation.createAnnouncement": (c) => ({
    input: {
      networkId: c.t.network,
      kind: "amap_seeks_farm",
      amapId: c.t.amap,
      title: "t",
      body: "b",
      expiresOn: addDays(today(), 30),
    },
  }),
  "Mutation.acceptRoleGrant": (c) => ({ input: { id: c.t.spareGrant } }),
  "Mutation.grantRole": (c) => ({
    input: { personId: c.t.accounts.spare, role: "member", scopeId: c.t.otherHousehold },
  }),
  "Mutation.createApiToken": (c) => ({ input: { name: "Site", scopeType: "amap", scopeId: c.t.amap } }),
  // Taken by the other household (the offering one cannot take its own basket back).
  "Mutation.takeBasket": (c) => ({ offerId: c.t.basketOffer, householdId: c.t.otherHousehold }),
  "Mutation.withdrawFromWaitingList": (c) => ({ id: c.t.waitingListEntry }),
  "Mutation.createEvent": (c) => ({
    input: {
      amapId: c.t.amap,
      kind: "work_day",
      title: "Chantier à la ferme",
      startsAt: "2030-06-06T08:00:00.000Z",
      seats: 5,
    },
  }),
  "Mutation.createCalendarFeed": (c) => ({ input: { kind: "amap", scopeId: c.t.amap } }),
  "Mutation.inviteToRole": (c) => ({
    input: { email: "invitee@example.org", role: "referent", scopeId: c.t.template },
  }),
  "Mutation.confirmDataErasure": (c) => ({ input: { id: c.t.erasureToConfirm } }),
  "Mutation.recordEventAttendance": (c) => ({ input: { eventId: c.t.event, presentIds: [c.t.eventRegistration] } }),
  "Mutation.uploadImportFile": (c) => ({
    input: {
      amapId: c.t.amap,
      fileName: "foyers.csv",
      contentBase64: Buffer.from("Nom;E-mail\nVert;vert@example.org\n").toString("base64"),
    },
  }),
  "Mutation.checkImport": (c) => ({ input: { jobId: c.t.importJob, mapping: IMPORT_MAPPING } }),
  "Mutation.confirmImport": (c) => ({ input: { jobId: c.t.checkedImportJob } }),
  "Mutation.saveImportPreset": (c) => ({ input: { amapId: c.t.amap, name: "Autre tableur", mapping: IMPORT_MAPPING } }),
  "Mutation.cancelDataErasure": (c) => ({ input: { id: c.t.erasureRequest } }),
  "Mutation.deleteImportPreset": (c) => ({ input: { id: c.t.importPreset } }),
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

/**
 * Operations whose arguments became the fields of their one `input` (issue 14): the input is filled
 * as the arguments were (`id` by the operation, other ids by name, optional ids too), and their
 * OVERRIDES give those fields.
 */
export const INPUT_OF_ARGUMENTS = new Set(
  (
    "updateHousehold addPerson updatePerson removePerson updateMembership signSubscription countersignSubscription terminateSubscription " +
    "markInstallmentsReceived handOverInstallments correctInstallment updateSubscriptionGrid updateFlexibleQuantities updateSubscriptionSharing " +
    "promoteWaitingList withdrawFromWaitingList declareAbsence withdrawAbsence postponeDelivery approvePostponement refusePostponement offerBasket " +
    "takeBasket withdrawBasketOffer syncDistributionChanges acceptAmendment refuseAmendment signUpForDuty withdrawFromDuty login refreshSession " +
    "logout requestPasswordReset resetPassword acceptInvitation deleteAccount revokeRole inviteAmapMembers revokeApiToken partnerAccess " +
    "unsubscribeWithToken updateEvent cancelEvent cancelEventRegistration revokeCalendarFeed regenerateCalendarFeed"
  )
    .split(" ")
    .map((name) => `Mutation.${name}`),
);

export async function variablesFor(
  op: string,
  field: GraphQLField<unknown, unknown>,
  c: Call,
): Promise<Record<string, unknown>> {
  const input = field.args.find((a) => a.name === "input");
  const inputType = input && getNamedType(input.type);
  if (INPUT_OF_ARGUMENTS.has(op) && inputType && isInputObjectType(inputType)) {
    const fields = await argumentValues(op, field, Object.values(inputType.getFields()), c);
    return { input: { ...fields, ...(OVERRIDES[op] ? await OVERRIDES[op](c) : {}) } };
  }
  return { ...(await argumentValues(op, field, field.args, c)), ...(OVERRIDES[op] ? await OVERRIDES[op](c) : {}) };
}

async function argumentValues(
  op: string,
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: string; type: GraphQLInputType; defaultValue?: unknown }[],
  c: Call,
): Promise<Record<string, unknown>> {
  const vars: Record<string, unknown> = {};
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const named = getNamedType(arg.type);
    if (arg.name === "id") vars.id = idOf(op, field, c);
    else if (arg.name === "filter" && isInputObjectType(named)) vars.filter = filterFor(named, c.t);
    else if (arg.name === "input" && isInputObjectType(named) && "id" in named.getFields())
      vars.input = { ...inputObject(named, c.t), id: idOf(op, field, c) };
    else {
      const v = valueFor(arg.name, arg.type, c.t, required, true);
      if (v !== undefined) vars[arg.name] = v;
    }
  }
  return vars;
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
export function documentFor(
  op: string,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): string {
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
  if (typeof value === "object" && Array.isArray((value as { items?: unknown[] }).items))
    return (value as { items: unknown[] }).items.length === 0;
  return false;
}
