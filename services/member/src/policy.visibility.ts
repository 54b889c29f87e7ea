import { In } from "typeorm";
import { byTenantKeys, markVisible, TenantScope, Visibility } from "@champ-commun/kit";
import { Subscription } from "./entities/subscription.entity";
import { DeliveryLine } from "./entities/delivery-line.entity";
import { DutySignup } from "./entities/duty-signup.entity";
import { RoleGrant, RoleName } from "./accounts/role-grant.entity";
import { ApiScopeType } from "./accounts/api-token.entity";
import type { MemberContext } from "./context";
import { livingVisibility } from "./living.policy";

/*
 * Who sees which record of the member subgraph: people's data stays within their household, their
 * AMAP's admins, and the référents and farmers of the contracts they signed. Network admins and
 * partner tools see aggregates only (subscription statistics), never a name, e-mail or address.
 * Applied to every object any field returns (kit guard.ts); policy.ts imports it.
 */

type Obj = Record<string, any>;

/** People with a personal role (member, référent, farmer) in the scope, whose view depends on their contracts. */
const contractRoles = (s: TenantScope) => s.templates.size > 0 || s.farmReach.size > 0;

/** A subscription (by id) of a template the caller is référent of, or of the caller's farm. */
async function subscriptionOfMine(ctx: MemberContext, s: TenantScope, subscriptionId: unknown): Promise<boolean> {
  if (typeof subscriptionId !== "string" || !contractRoles(s)) return false;
  const sub = await ctx.loaders.subscription.load(subscriptionId);
  return !!sub && (s.isReferentOf(sub.templateId) || s.isFarmerIn(sub.farmId, sub.amapId));
}

/** A household that subscribed to a template the caller is référent of, or to the caller's farm. */
async function subscriberOfMine(ctx: MemberContext, s: TenantScope, householdId: string): Promise<boolean> {
  if (!contractRoles(s)) return false;
  const subs = await ctx.loaders.subscriptionsByHousehold.load(householdId);
  return subs.some((x) => s.isReferentOf(x.templateId) || s.isFarmerIn(x.farmId, x.amapId));
}

const subscribersMemo = new WeakMap<object, Promise<Set<string>>>();

/** The account a sign-in (login, refresh, invitation) of this request answers for: it sees its own grants before holding a token. */
const signingIn = new WeakMap<object, string>();

/** The households a non-admin caller sees: their own, and the subscribers of their templates and farms. */
export function visibleHouseholds(ctx: MemberContext, s: TenantScope): Promise<Set<string>> {
  let memo = subscribersMemo.get(ctx);
  if (!memo) {
    memo = (async () => {
      const out = new Set(s.households);
      const reach = [...s.farmReach].map(([farmId, amaps]) => ({ farmId, amapId: In([...amaps]) }));
      const where = [...(s.templates.size ? [{ templateId: In([...s.templates]) }] : []), ...reach];
      if (where.length)
        for (const sub of await ctx.ds.getRepository(Subscription).find({ select: { householdId: true }, where }))
          out.add(sub.householdId);
      return out;
    })();
    subscribersMemo.set(ctx, memo);
  }
  return memo;
}

/** A household: its people, its AMAP's admins, the référents and farmer of its contracts. */
async function householdVisible(h: Obj, s: TenantScope, ctx: MemberContext): Promise<boolean> {
  return s.isAmapAdmin(h.amapId) || s.isMemberOf(h.id) || (await subscriberOfMine(ctx, s, h.id));
}

/** A member of the same AMAP (they see its duty roster and its basket offers). */
const memberOfAmap = (s: TenantScope, amapId: string) => s.households.size > 0 && s.attachedAmaps.has(amapId);

/**
 * The duty-team hook: is this person on the duty team of this distribution? Read from the duty
 * roster's sign-ups: a sign-up naming the person, or their household's without a name.
 */
export async function isOnDutyTeam(
  ctx: MemberContext,
  s: TenantScope,
  personId: string,
  distributionId: string,
): Promise<boolean> {
  if (!s.isPerson || !s.households.size) return false;
  const signups = await ctx.ds
    .getRepository(DutySignup)
    .find({ where: { distributionId, householdId: In([...s.households]) } });
  return signups.some((x) => x.personId === personId || x.personId === null);
}

/** Who sees a whole sign-off sheet: the AMAP's admins, the référents whose contract delivers that day, that day's duty team. */
async function seesWholeSheet(
  ctx: MemberContext,
  s: TenantScope,
  distributionId: string,
  amapId: string,
): Promise<boolean> {
  if (s.isAmapAdmin(amapId)) return true;
  if (s.templates.size) {
    const delivering = await ctx.ds
      .getRepository(DeliveryLine)
      .createQueryBuilder("dl")
      .innerJoin(Subscription, "sub", "sub.id = dl.subscriptionId")
      .where("dl.distributionId = :distributionId AND sub.templateId IN (:...templates)", {
        distributionId,
        templates: [...s.templates],
      })
      .getCount();
    if (delivering > 0) return true;
  }
  return s.identity ? isOnDutyTeam(ctx, s, s.identity.subject, distributionId) : false;
}

/**
 * A household as a sheet or a roster shows it to those who may not see its record: its name. A
 * new field of Household is absent here until someone decides it may be shown.
 */
const NAME_ONLY = Symbol("name only");

function nameOnly(h: Obj): Obj {
  return {
    id: h.id,
    amapId: h.amapId,
    displayName: h.displayName,
    status: h.status,
    address: "",
    notes: "",
    version: h.version,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    [NAME_ONLY]: true,
  };
}

export const memberVisibility: Visibility<MemberContext> = {
  types: {
    Household: householdVisible,
    // A person's contact details: as their household's record (not through a name shown on a sheet).
    Person: (p, s, ctx) => householdVisible({ id: p.householdId, amapId: p.amapId }, s, ctx),
    Subscription: (x, s) => byTenantKeys(x, s) || s.isMemberOf(x.partnerHouseholdId),
    // A sheet line shows a household: to those who see the household (an intermittent's line: to those who see the whole sheet, see `after`).
    SignOffLine: (l, s, ctx) => !!l.household && householdVisible(l.household, s, ctx),
    DutySignup: (d, s) => byTenantKeys(d, s) || memberOfAmap(s, d.amapId),
    BasketHandover: async (b, s, ctx) =>
      byTenantKeys(b, s) || memberOfAmap(s, b.amapId) || (await subscriptionOfMine(ctx, s, b.subscriptionId)),
    // Aggregates, no person in them: the AMAP's admins and the networks above it.
    SubscriptionStatistic: async (x, s) => s.isAmapAdmin(x.amapId) || (await s.networkReaches(x.amapId)),
    NetworkShareFigures: async (x, s) => s.isAmapAdmin(x.amapId) || (await s.networkReaches(x.amapId)),
    // Sign-in records.
    Account: async (a, s, ctx) =>
      s.identity?.subject === a.id ||
      (await ctx.ds.getRepository(RoleGrant).find({ where: { personId: a.id } })).some((g) => s.isAmapAdmin(g.amapId)),
    // A grant: its holder and grantor, the AMAP's admins, the network admins above its network or AMAP.
    RoleGrant: async (g, s) =>
      (s.isPerson && (s.identity?.subject === g.personId || s.identity?.subject === g.grantedBy)) ||
      s.isAmapAdmin(g.amapId) ||
      (g.role === RoleName.network_admin && s.isNetworkAdmin(g.scopeId)) ||
      (g.role === RoleName.amap_admin && s.isPerson && (await s.networkReaches(g.scopeId))),
    ApiToken: (t, s) =>
      s.isPerson && (t.scopeType === ApiScopeType.network ? s.isNetworkAdmin(t.scopeId) : s.isAmapAdmin(t.scopeId)),
    AuditEntry: (e, s) => s.isAmapAdmin(e.amapId),
    // Returned to the AMAP admin who invited (the operation's rule checked them).
    Invitation: "public",
    ...livingVisibility,
  },
  // Records of a subscription (installments, absences, amendments, lines): its household, the
  // AMAP's admins, the référents of its template and its farmer.
  keyed: async (o: Obj, s, ctx) => byTenantKeys(o, s) || (await subscriptionOfMine(ctx, s, o.subscriptionId)),
  inherit: [
    "Subscription.lines",
    // The terms frozen at signature are part of the subscription (they carry the farm's id, not a tenant of the reader).
    "Subscription.terms",
    "Subscription.installments",
    // The terms frozen at signature are part of the subscription (their farmId must not hide them from its household).
    "Subscription.terms",
    "Membership.installments",
    // A sheet line is one record: its items are shown with it (the line's rule decided).
    "SignOffLine.items",
    // A farmer recap is one record, for the farm the operation's rule checked: its parts by date,
    // AMAP and household are shown with it (their amapId alone hid them from the farmer).
    "FarmerRecap.dates",
    "FarmerRecap.amaps",
    "RecapAmap.households",
    // Signing in returns the person before any token exists (and their grants, see `after`).
    "AuthPayload.person",
    "CreatedApiToken.apiToken",
    // A farmer recap is its farm's (the operation's rule checked the farmer): its quantities per
    // date go with it; its AMAP parts name households only where the AMAP let the farmer in (`after`).
    "FarmerRecap.dates",
  ],
  // What each export renders (kit guard.ts `exportView`): the view of the field the caller could ask for.
  exports: {
    "Distribution.signOffSheetCsv": "Distribution.signOffSheet",
    "Distribution.signOffSheetHtml": "Distribution.signOffSheet",
    "Query.farmerRecapCsv": "Query.farmerRecap",
    "Query.farmerRecapHtml": "Query.farmerRecap",
    // The participants of an event, as its organisers see them on `event` (registrations with names).
    "Query.eventParticipantsCsv": "Query.event",
  },
  after: {
    // A household shown by name only keeps its accounts to itself (what it owes is computed from its id).
    "Household.balanceCents": (h: Obj, cents: number) => ((h as Record<symbol, unknown>)?.[NAME_ONLY] ? 0 : cents),
    // A référent lists the AMAP's households to enter a paper member's contract: those they do not
    // otherwise see come by name only (no person, no contact), as on a sign-off sheet.
    "Query.households": async (_r: Obj, page: Obj, s, ctx) => {
      if (!page?.items || s.all || !s.templates.size) return page;
      const amaps = new Set(
        (s.identity?.grants ?? []).filter((g) => g.role === "referent").flatMap((g) => g.amapIds ?? []),
      );
      const items = [];
      for (const h of page.items as Obj[]) {
        if ((await householdVisible(h, s, ctx)) || !amaps.has(h.amapId)) items.push(h);
        else {
          const named = nameOnly(h);
          markVisible(ctx, named);
          items.push(named);
        }
      }
      return { ...page, items };
    },
    // Signing in shows the person their grants, exactly as `me` will (the caller holds no token yet).
    "AuthPayload.person": (_p: Obj, person: Obj, _s, ctx) => {
      if (person?.id) signingIn.set(ctx, person.id);
      return person;
    },
    "Account.grants": (a: Obj, grants: Obj[], _s, ctx) => {
      if (signingIn.get(ctx) === a.id) for (const g of grants ?? []) markVisible(ctx, g);
      return grants;
    },
    "FarmerRecap.amaps": (r: Obj, amaps: Obj[], s, ctx) =>
      (amaps ?? []).map((a) => {
        const shown = s.isFarmerIn(r.farmId, a.amapId) || s.isAmapAdmin(a.amapId) ? a : { ...a, households: [] };
        markVisible(ctx, shown);
        return shown;
      }),
    "Distribution.signOffSheet": async (d: Obj, lines: Obj[], s, ctx) => {
      const amapId = lines?.find((l) => l.household)?.household?.amapId ?? lines?.[0]?.items?.[0]?.amapId;
      if (!amapId || s.all || !(await seesWholeSheet(ctx, s, d.id, amapId))) return lines;
      // Those who see the whole sheet see the other households' names, not their records.
      const shown = [];
      for (const line of lines) {
        const household =
          !line.household || (await householdVisible(line.household, s, ctx))
            ? line.household
            : nameOnly(line.household);
        const copy = { ...line, household };
        markVisible(ctx, copy);
        markVisible(ctx, household);
        shown.push(copy);
      }
      return shown;
    },
    // The roster shows who is on duty to the AMAP's members, by household name.
    "DutySignup.household": async (d: Obj, h: Obj, s, ctx) => {
      if (!h || s.all || (await householdVisible(h, s, ctx)) || !memberOfAmap(s, d.amapId)) return h;
      const named = nameOnly(h);
      markVisible(ctx, named);
      return named;
    },
  },
};
