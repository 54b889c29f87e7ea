import { In } from "typeorm";
import {
  AccessPolicy,
  AccessRequest,
  anyPerson,
  argAt,
  ensure,
  ensurePerson,
  PUBLIC,
  Rule,
  signedIn,
  Tenant,
  TenantScope,
  when,
} from "@champ-commun/kit";
import { Household } from "./entities/household.entity";
import { Person } from "./entities/person.entity";
import { Membership } from "./entities/membership.entity";
import { Subscription } from "./entities/subscription.entity";
import { Installment } from "./entities/installment.entity";
import { Absence } from "./entities/absence.entity";
import { Postponement } from "./entities/postponement.entity";
import { BasketHandover } from "./entities/basket-handover.entity";
import { Amendment } from "./entities/amendment.entity";
import { DutySignup } from "./entities/duty-signup.entity";
import { WaitingListEntry } from "./entities/waiting-list-entry.entity";
import { ApiScopeType, ApiToken } from "./accounts/api-token.entity";
import { RoleGrant, RoleGrantStatus, RoleName } from "./accounts/role-grant.entity";
import { DirectoryClient } from "./accounts/directory.client";
import { grantAuthority, locateScope } from "./accounts/role-scope";
import { memberVisibility, visibleHouseholds } from "./policy.visibility";
import { livingOperations } from "./living.policy";
import { ErasureRequest } from "./privacy/erasure-request.entity";
import { ImportJob } from "./import/import-job.entity";
import { ImportPreset } from "./import/import-preset.entity";
import type { MemberContext } from "./context";

/*
 * The one place where the member subgraph decides who may do what (domain.md, "who may do
 * what"): a member over their household (profile, memberships, subscriptions, absences, baskets,
 * duty); AMAP admins over everything of their AMAP; référents over their template's subscriptions
 * and installments; farmers countersign and read their farm's subscriptions and recaps; network
 * admins and partner tools get aggregates only. Every root operation has a rule below (one
 * without is refused); what each caller then sees is `memberVisibility` (policy.visibility.ts).
 */

type Req = AccessRequest<MemberContext>;
type Check = (t: Tenant, s: TenantScope, req: Req) => boolean | Promise<boolean>;

const admin: Check = (t, s) => s.isAmapAdmin(t.amapId);
/** The household itself (a Household's own id, or a record's householdId) or its AMAP's admins. */
const household: Check = (t, s) => s.isAmapAdmin(t.amapId) || s.isMemberOf(t.householdId ?? t.id);
/** …or the référents of the subscription's template. */
const contract: Check = (t, s, req) => household(t, s, req) || s.isReferentOf(t.templateId);
const either =
  (...checks: Check[]): Check =>
  async (t, s, req) => {
    for (const c of checks) if (await c(t, s, req)) return true;
    return false;
  };

/** The subscription a record belongs to, checked as a contract (household, admins, référents), or by its farmer. */
const viaSubscription =
  (check: Check): Check =>
  async (t, s, req) => {
    const sub = await req.context.loaders.subscription.load(
      String((t as { subscriptionId?: string }).subscriptionId ?? ""),
    );
    return !!sub && check(sub, s, req);
  };
/** The farm's farmer, where the record's AMAP let them in. */
const farmer: Check = (t, s) => s.isFarmerIn(t.farmId, t.amapId);
/** The AMAP's admins and the template's référents (not the household: the farmer's consent is not theirs). */
const team: Check = (t, s) => s.isAmapAdmin(t.amapId) || s.isReferentOf(t.templateId);

/** The rule's records: tenant columns read by id (subscriptionId is read too, where there is one). */
const on =
  <T extends object>(entity: new () => T, idPath: string, check: Check): Rule<MemberContext> =>
  async (req) => {
    const id = argAt(req.args, idPath);
    if (typeof id !== "string") return;
    const rec = await req.context.ds.getRepository(entity).findOne({ where: { id } as never });
    if (rec) ensure(await check(rec, req.scope, req));
  };

/** A template's AMAP, asked of the amap subgraph with the caller's identity (null if they cannot see it). */
async function templateAmap(req: Req, templateId: unknown): Promise<string | null> {
  if (typeof templateId !== "string") return null;
  return (await req.context.templateTerms.get(templateId).catch(() => null))?.amapId ?? null;
}

/**
 * Personal lists: narrowed to what the caller holds, so that pages and totals are exact. An
 * admin listing their AMAP passes; others are narrowed to their households (and, for référents and
 * farmers, to their templates' and farms' subscribers); the visibility rules do the rest.
 */
const personalList =
  (keys: { amapId?: string; householdId?: string; ids?: string; templateId?: string }): Rule<MemberContext> =>
  async (req) => {
    const { args, scope } = req;
    ensurePerson(scope);
    if (scope.all) return;
    const filter = { ...((args.filter as Record<string, unknown> | undefined) ?? {}) };
    const amapId = keys.amapId ? filter[keys.amapId] : undefined;
    if (typeof amapId === "string" && scope.isAmapAdmin(amapId)) return;
    // A référent finds the AMAP's households to enter a paper member's contract: by name only (policy.visibility.ts).
    if (keys.ids && typeof amapId === "string" && referentAmaps(scope).has(amapId)) return;
    if (
      keys.templateId &&
      typeof filter[keys.templateId] === "string" &&
      scope.isReferentOf(filter[keys.templateId] as string)
    )
      return;
    // A référent of one template and nothing else: the list is that template's, so that its total
    // counts the rows shown (it counted the whole AMAP's, and the visibility rules then hid most).
    if (
      keys.templateId &&
      filter[keys.templateId] === undefined &&
      scope.templates.size === 1 &&
      !scope.households.size &&
      !scope.farmReach.size &&
      !scope.adminAmaps.size
    ) {
      args.filter = { ...filter, [keys.templateId]: [...scope.templates][0] };
      return;
    }
    if (
      amapId === undefined &&
      scope.adminAmaps.size === 1 &&
      !scope.households.size &&
      !scope.templates.size &&
      !scope.farmReach.size &&
      keys.amapId
    ) {
      args.filter = { ...filter, [keys.amapId]: [...scope.adminAmaps][0] };
      return;
    }
    if (scope.adminAmaps.size && amapId === undefined) return; // several roles: the rules filter
    const mine = await visibleHouseholds(req.context, scope);
    if (keys.ids) {
      const given = Array.isArray(filter[keys.ids]) ? (filter[keys.ids] as string[]) : null;
      const kept = given ? given.filter((id) => mine.has(id)) : [...mine];
      if (!kept.length) return "empty";
      args.filter = { ...filter, [keys.ids]: kept };
    } else if (keys.householdId) {
      const given = filter[keys.householdId];
      if (typeof given === "string") return mine.has(given) ? undefined : "empty";
      if (mine.size === 0) return "empty";
      if (mine.size === 1 && !scope.templates.size && !scope.farmReach.size)
        args.filter = { ...filter, [keys.householdId]: [...mine][0] };
    }
  };

/** The AMAPs of the templates the caller is référent of. */
export function referentAmaps(scope: TenantScope): Set<string> {
  return new Set((scope.identity?.grants ?? []).filter((g) => g.role === "referent").flatMap((g) => g.amapIds ?? []));
}

/** Aggregates for the network subgraph: the AMAPs the caller administers or reaches as a network. */
async function statisticsScope({ args, scope }: Req) {
  if (scope.all) return;
  const reach = new Set([...scope.adminAmaps, ...(await scope.amapsOfMyNetworks())]);
  args.amapIds = ((args.amapIds as string[]) ?? []).filter((id) => reach.has(id));
  if (!(args.amapIds as string[]).length) return "empty";
}

/** Who may grant a role, directly or by invitation: see accounts/role-scope.ts. */
async function authorityOver(req: Req, role: RoleName, scopeId: string, amapId: string | null) {
  ensurePerson(req.scope);
  const target = await locateScope(
    req.context.ds.manager,
    new DirectoryClient(req.context.accounts),
    role,
    scopeId,
    amapId,
  );
  return grantAuthority(req.scope, role, target);
}

/** Revoking: those who may give the role directly; a pending grant also by whoever proposed it. */
async function mayRevoke(req: Req, g: RoleGrant): Promise<boolean> {
  if (g.status === RoleGrantStatus.pending && req.scope.isPerson && req.scope.identity?.subject === g.grantedBy)
    return true;
  const farmReach = g.role === RoleName.farmer ? g.amapId : null;
  return (await authorityOver(req, g.role, g.scopeId, farmReach)) === "direct";
}

const tokenAuthority = (s: TenantScope, scopeType: unknown, scopeId: unknown) =>
  s.isPerson &&
  (scopeType === ApiScopeType.network
    ? s.isNetworkAdmin(scopeId as string)
    : scopeType === ApiScopeType.amap && s.isAmapAdmin(scopeId as string));

export const memberPolicy: AccessPolicy<MemberContext> = {
  operations: {
    // Public: signing in, and the links sent by e-mail. Internal ones are @inaccessible (not in the public API).
    "Mutation.login": PUBLIC,
    "Mutation.refreshSession": PUBLIC,
    "Mutation.logout": PUBLIC,
    "Mutation.requestPasswordReset": PUBLIC,
    "Mutation.resetPassword": PUBLIC,
    "Mutation.acceptInvitation": PUBLIC,
    "Mutation.partnerAccess": PUBLIC,
    "Query.credentialActive": PUBLIC,
    "Mutation.spendQueryBudget": PUBLIC,
    "Query.me": signedIn,
    // Super admins only (they pass every rule): accounts with a password set by someone else.
    "Mutation.createAccount": when(() => false),
    "Mutation.deleteAccount": when(
      ({ args, scope }) => scope.isPerson && scope.identity?.subject === argAt(args, "input.id"),
    ),
    "Mutation.inviteHousehold": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "input.amapId") as string)),
    // Roles: no escalation (role-scope.ts): the AMAP's admins give what reads its members' data; a network admin invites.
    "Mutation.grantRole": when(
      async (req) =>
        (await authorityOver(
          req,
          argAt(req.args, "input.role") as RoleName,
          argAt(req.args, "input.scopeId") as string,
          (argAt(req.args, "input.amapId") as string) ?? null,
        )) !== null,
    ),
    "Mutation.acceptRoleGrant": on(RoleGrant, "input.id", (g, s) => s.isPerson && s.isAmapAdmin(g.amapId)),
    "Mutation.revokeRole": on(RoleGrant, "input.id", (g, _s, req) => mayRevoke(req, g as unknown as RoleGrant)),
    "Query.roleGrants": anyPerson,
    "Query.auditEntries": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "filter.amapId") as string)),
    "Mutation.createApiToken": when(({ args, scope }) =>
      tokenAuthority(scope, argAt(args, "input.scopeType"), argAt(args, "input.scopeId")),
    ),
    "Mutation.revokeApiToken": on(ApiToken, "input.id", (t, s) =>
      tokenAuthority(s, (t as unknown as ApiToken).scopeType, (t as unknown as ApiToken).scopeId),
    ),
    "Query.apiTokens": anyPerson,

    // Households and people: the household itself and its AMAP's admins.
    "Query.household": anyPerson,
    "Query.households": personalList({ amapId: "amapId", ids: "ids" }),
    "Mutation.createHousehold": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "input.amapId") as string)),
    "Mutation.updateHousehold": on(Household, "input.id", household),
    "Mutation.addPerson": on(Household, "input.householdId", household),
    "Mutation.updatePerson": on(Person, "input.id", household),
    "Mutation.removePerson": on(Person, "input.id", household),
    // Memberships: a household records its own; amounts and statuses are the treasurer's.
    "Query.membership": anyPerson,
    "Query.memberships": personalList({ amapId: "amapId", householdId: "householdId" }),
    "Mutation.createMembership": on(Household, "input.householdId", household),
    "Mutation.updateMembership": on(Membership, "input.id", admin),
    "Query.networkShareDue": when(
      async ({ args, scope }) =>
        scope.isAmapAdmin(args.amapId as string) || (await scope.networkReaches(args.amapId as string)),
    ),
    "Query.networkShareFigures": when(
      async ({ args, scope }) =>
        scope.isAmapAdmin(args.amapId as string) || (await scope.networkReaches(args.amapId as string)),
    ),
    // Subscriptions: the household signs, référents enter and manage them, the farmer countersigns.
    "Query.subscription": anyPerson,
    "Query.subscriptions": personalList({ amapId: "amapId", householdId: "householdId", templateId: "templateId" }),
    "Query.installments": personalList({ amapId: "amapId", householdId: "householdId", templateId: "templateId" }),
    "Mutation.createSubscription": on(
      Household,
      "input.householdId",
      (t, s, req) => household(t, s, req) || s.isReferentOf(argAt(req.args, "input.templateId") as string),
    ),
    "Mutation.requestSubscription": on(
      Household,
      "input.householdId",
      (t, s, req) => household(t, s, req) || s.isReferentOf(argAt(req.args, "input.templateId") as string),
    ),
    // Consent: only the household's people sign; a paper contract is recorded by the référents or the AMAP's admins.
    "Mutation.signSubscription": on(Subscription, "input.id", (t, s) => s.isMemberOf(t.householdId)),
    "Mutation.recordPaperSignature": on(
      Subscription,
      "input.subscriptionId",
      (t, s) => s.isAmapAdmin(t.amapId) || s.isReferentOf(t.templateId),
    ),
    "Mutation.countersignSubscription": on(Subscription, "input.id", farmer),
    "Mutation.terminateSubscription": on(
      Subscription,
      "input.id",
      (t, s) => s.isAmapAdmin(t.amapId) || s.isReferentOf(t.templateId),
    ),
    "Mutation.updateSubscriptionGrid": on(Subscription, "input.id", contract),
    "Mutation.updateFlexibleQuantities": on(Subscription, "input.subscriptionId", contract),
    "Mutation.updateSubscriptionSharing": on(Subscription, "input.id", contract),
    "Query.waitingList": anyPerson,
    "Mutation.promoteWaitingList": when(
      async (req) =>
        req.scope.isReferentOf(argAt(req.args, "input.templateId") as string) ||
        req.scope.isAmapAdmin(await templateAmap(req, argAt(req.args, "input.templateId"))),
    ),
    "Mutation.withdrawFromWaitingList": on(WaitingListEntry, "input.id", contract),
    // The season: absences, postponements (the farmer consents), baskets handed over, amendments, duty.
    "Mutation.declareAbsence": on(Subscription, "input.subscriptionId", contract),
    "Mutation.withdrawAbsence": on(Absence, "input.id", viaSubscription(contract)),
    "Mutation.postponeDelivery": on(Subscription, "input.subscriptionId", contract),
    "Mutation.approvePostponement": on(Postponement, "input.id", viaSubscription(either(farmer, team))),
    "Mutation.refusePostponement": on(Postponement, "input.id", viaSubscription(either(farmer, team))),
    "Query.postponements": anyPerson,
    "Mutation.offerBasket": on(Subscription, "input.subscriptionId", household),
    "Mutation.takeBasket": on(BasketHandover, "input.offerId", (t, s, req) => {
      const householdId = argAt(req.args, "input.householdId");
      return s.isAmapAdmin(t.amapId) || (typeof householdId === "string" && s.isMemberOf(householdId));
    }),
    "Mutation.withdrawBasketOffer": on(BasketHandover, "input.offerId", viaSubscription(household)),
    "Query.basketOffers": anyPerson,
    "Mutation.syncDistributionChanges": when(({ args, scope }) =>
      scope.isAmapAdmin(argAt(args, "input.amapId") as string),
    ),
    "Mutation.acceptAmendment": on(Amendment, "input.id", household),
    "Mutation.refuseAmendment": on(Amendment, "input.id", household),
    "Query.amendments": anyPerson,
    "Mutation.signUpForDuty": on(Household, "input.householdId", household),
    "Mutation.withdrawFromDuty": on(DutySignup, "input.id", household),
    "Query.whoIsOnDuty": anyPerson,
    // Payments: the AMAP's admins (treasurer) and the référents of the contracts; the farmer reads.
    "Mutation.markInstallmentsReceived": when(async (req) => {
      const ids = (argAt(req.args, "input.ids") as string[] | undefined) ?? [];
      const rows = ids.length ? await req.context.ds.getRepository(Installment).find({ where: { id: In(ids) } }) : [];
      for (const i of rows) if (!(await either(admin, viaSubscription(team))(i, req.scope, req))) return false;
      return true;
    }),
    "Mutation.handOverInstallments": when(({ args, scope }) =>
      scope.isAmapAdmin(argAt(args, "input.amapId") as string),
    ),
    "Mutation.correctInstallment": on(Installment, "input.id", either(admin, viaSubscription(team))),
    "Query.handover": anyPerson,
    "Query.handovers": when(
      ({ args, scope }) =>
        scope.isAmapAdmin(args.amapId as string) || scope.isFarmerIn(args.farmId as string, args.amapId as string),
    ),
    "Query.farmBalance": when(
      ({ args, scope }) =>
        scope.isAmapAdmin(args.amapId as string) || scope.isFarmerIn(args.farmId as string, args.amapId as string),
    ),
    // Recaps across every AMAP a farm supplies: its farmer (households named only where the AMAP let the farmer in, see visibility).
    "Query.farmerRecap": when(({ args, scope }) => scope.farmsFor(args.farmId as string)),
    "Query.farmerRecapCsv": when(({ args, scope }) => scope.farmsFor(args.farmId as string)),
    "Query.farmerRecapHtml": when(({ args, scope }) => scope.farmsFor(args.farmId as string)),
    // Aggregates asked by the network subgraph for its statistics (@inaccessible).
    "Query.subscriptionStatistics": statisticsScope,
    // Living in it (living.policy.ts): mail choices, events, agendas, documents.
    ...livingOperations,
    // A household's own data: its export and the erasure of its identity (the household asks, an AMAP admin confirms).
    "Query.householdDataExport": on(Household, "householdId", household),
    "Query.erasureRequests": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "filter.amapId") as string)),
    "Mutation.requestDataErasure": on(Household, "input.householdId", household),
    "Mutation.confirmDataErasure": on(ErasureRequest, "input.id", admin),
    "Mutation.cancelDataErasure": on(ErasureRequest, "input.id", household),
    // Imports of files into an AMAP: its admins.
    "Query.importJob": on(ImportJob, "id", admin),
    "Query.importJobs": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "filter.amapId") as string)),
    "Query.importPresets": when(({ args, scope }) => scope.isAmapAdmin(args.amapId as string)),
    "Mutation.uploadImportFile": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "input.amapId") as string)),
    "Mutation.checkImport": on(ImportJob, "input.jobId", admin),
    "Mutation.confirmImport": on(ImportJob, "input.jobId", admin),
    "Mutation.saveImportPreset": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "input.amapId") as string)),
    "Mutation.deleteImportPreset": on(ImportPreset, "input.id", admin),
    // The AMAP's archive: its admins take it; restoring one into an instance is for super admins only.
    "Query.amapArchive": when(({ args, scope }) => scope.isAmapAdmin(args.amapId as string)),
    "Mutation.restoreAmapArchive": when(() => false),
  },
  visibility: memberVisibility,
};
