import {
  AccessPolicy,
  AccessRequest,
  anyPerson,
  argAt,
  listedBy,
  listedByKeys,
  markVisible,
  onRecord,
  PUBLIC,
  signedIn,
  Tenant,
  TenantScope,
  when,
} from "@champ-commun/kit";
import { Amap } from "./entities/amap.entity";
import { FarmNetwork } from "./entities/farm.entity";
import { Product } from "./entities/product.entity";
import { NetworkMembership } from "./entities/network-membership.entity";
import { FarmVisit, FarmVisitMember } from "./entities/farm-visit.entity";
import { VisitAction, VisitQuestion } from "./entities/visit-grid.entity";
import { Announcement } from "./entities/announcement.entity";
import { publicAmap } from "./services/directory.service";
import type { NetworkContext } from "./context";

/*
 * The one place where the network subgraph decides who may do what (domain.md, "who may do
 * what"): network admins over their network and its sub-networks (directory of AMAPs and farms,
 * memberships, charters, SPG visits, announcements, statistics); AMAP admins over their AMAP's
 * record; farmers over their farm and products. Every root operation has a rule below (one
 * without is refused); every object any field returns passes `visibility`.
 */

type Req = AccessRequest<NetworkContext>;

/** Networks a caller manages / reads, and the AMAPs it sees (null = all). */
const networksOf = (s: TenantScope) => (s.all ? null : new Set([...s.networks, ...s.partnerNetworks]));
const adminAmapsOf = (s: TenantScope) => (s.all ? null : s.adminAmaps);
const farmsOf = (s: TenantScope) => (s.all ? null : s.farms);

/** The networks listing a farm (the farm directory is the networks'). */
async function networksOfFarm(ctx: NetworkContext, farmId: unknown): Promise<string[]> {
  if (typeof farmId !== "string") return [];
  return (await ctx.ds.getRepository(FarmNetwork).find({ where: { farmId } })).map((l) => l.networkId);
}

/** A farm's own record: its farmer, or a network admin of a network listing it. */
async function managesFarm(req: Req, farmId: unknown): Promise<boolean> {
  if (typeof farmId === "string" && req.scope.isFarmerOf(farmId)) return true;
  return (await networksOfFarm(req.context, farmId)).some((n) => req.scope.managesNetwork(n));
}

/** Network admins of the record's network. */
const networkOf = (t: Tenant, s: TenantScope) => s.managesNetwork(t.networkId);

/** New directory entries go into networks one manages (a farm may be listed in several). */
const intoManagedNetworks = (ids: unknown, s: TenantScope) =>
  Array.isArray(ids) && ids.length > 0 && ids.every((id) => s.managesNetwork(id as string));

/** An AMAP's identity: its admins, or a network admin above it; moving it to another network needs that network too. */
const updateAmap = onRecord<NetworkContext, Amap>(Amap, "input.id", (t, s, req) => {
  const manages = s.managesAmap(t.id) || s.managesNetwork(t.networkId);
  const to = argAt(req.args, "input.networkId");
  return manages && (to === undefined || to === null || to === t.networkId || s.managesNetwork(to as string));
});

/** Announcements are published by a network, or by an AMAP or a farm into a network. */
const announcer = (t: { networkId?: string | null; amapId?: string | null; farmId?: string | null }, s: TenantScope) =>
  s.managesNetwork(t.networkId) || (!!t.amapId && s.isAmapAdmin(t.amapId)) || (!!t.farmId && s.isFarmerOf(t.farmId));

/**
 * An AMAP named by a public announcement, as the public directory shows it (its other fields
 * empty): a new field of Amap stays hidden here until someone decides it is public.
 */
function publicAmapRecord(a: Amap): Amap {
  const pub = publicAmap(a);
  return Object.assign(new Amap(), {
    ...pub,
    networkId: a.networkId,
    status: a.status,
    rna: "",
    siret: "",
    address: "",
    phone: "",
    timeZone: a.timeZone,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  });
}

export const networkPolicy: AccessPolicy<NetworkContext> = {
  operations: {
    // Public: the movement's shared texts, the announcements and the directory feed partner sites embed.
    "Query.charterVersion": PUBLIC,
    "Query.charterVersions": PUBLIC,
    "Query.announcement": PUBLIC,
    "Query.announcements": PUBLIC,
    "Query.directory": PUBLIC,
    "Query.networkFile": PUBLIC,

    // The movement's map (networks, farms, products) is for every signed-in caller.
    "Query.network": signedIn,
    "Query.networks": signedIn,
    "Query.farm": signedIn,
    "Query.farms": signedIn,
    "Query.product": signedIn,
    "Query.products": signedIn,
    // AMAPs: their people, the networks above them, partners scoped to them (see visibility).
    "Query.amap": signedIn,
    "Query.amaps": listedBy({ many: "ids" }, (s) => s.visibleAmaps()),
    // Internal (@inaccessible, the internal secret required): the subgraphs' calendars, clocks included, which have no caller.
    "Query.amapTimeZones": PUBLIC,
    "Query.networkMembership": signedIn,
    "Query.networkMemberships": listedByKeys({ networkId: networksOf, amapId: adminAmapsOf, farmId: farmsOf }),
    "Query.charterCommitment": signedIn,
    "Query.charterCommitments": listedByKeys({ networkId: networksOf, amapId: adminAmapsOf, farmId: farmsOf }),
    "Query.farmVisit": signedIn,
    "Query.farmVisits": listedByKeys({ networkId: networksOf, farmId: farmsOf }),
    "Query.visitQuestion": signedIn,
    "Query.visitQuestions": listedBy({ one: "networkId" }, networksOf),
    "Query.visitActions": listedByKeys({ networkId: networksOf, farmId: farmsOf }),
    "Query.networkShareRemittance": signedIn,
    "Query.networkShareRemittances": listedByKeys({ networkId: networksOf, amapId: adminAmapsOf }),
    // Aggregates only (no member's identity): the network's admins and partner tools.
    "Query.networkStatistics": when(({ args, scope }) => scope.readsNetwork(args.networkId as string)),
    "Query.networkStatisticsCsv": when(({ args, scope }) => scope.readsNetwork(args.networkId as string)),

    // Networks: a network admin creates sub-networks and manages its subtree; roots are for super admins.
    "Mutation.createNetwork": when(({ args, scope }) => scope.managesNetwork(argAt(args, "input.parentId") as string)),
    "Mutation.updateNetwork": when(
      ({ args, scope }) =>
        scope.managesNetwork(argAt(args, "input.id") as string) &&
        (argAt(args, "input.parentId") == null || scope.managesNetwork(argAt(args, "input.parentId") as string)),
    ),
    "Mutation.deleteNetwork": when(({ args, scope }) => scope.managesNetwork(argAt(args, "input.id") as string)),
    // The AMAP directory.
    "Mutation.createAmap": when(({ args, scope }) => scope.managesNetwork(argAt(args, "input.networkId") as string)),
    "Mutation.updateAmap": updateAmap,
    "Mutation.closeAmap": onRecord(Amap, "input.id", networkOf),
    // The farm directory: network admins list farms; farmers keep their record and products.
    "Mutation.createFarm": when(({ args, scope }) => intoManagedNetworks(argAt(args, "input.networkIds"), scope)),
    "Mutation.updateFarm": when(
      async (req) =>
        (await managesFarm(req, argAt(req.args, "input.id"))) &&
        (argAt(req.args, "input.networkIds") === undefined ||
          intoManagedNetworks(argAt(req.args, "input.networkIds"), req.scope)),
    ),
    "Mutation.createProduct": when((req) => managesFarm(req, argAt(req.args, "input.farmId"))),
    "Mutation.updateProduct": onRecord(Product, "input.id", (t, _s, req) => managesFarm(req, t.farmId)),
    "Mutation.deactivateProduct": onRecord(Product, "input.id", (t, _s, req) => managesFarm(req, t.farmId)),
    // Memberships, charters, remittances: recorded by the network; an AMAP records its own remittances.
    "Mutation.createNetworkMembership": when(({ args, scope }) =>
      scope.managesNetwork(argAt(args, "input.networkId") as string),
    ),
    "Mutation.updateNetworkMembership": onRecord(NetworkMembership, "input.id", networkOf),
    "Mutation.createCharterVersion": when(({ args, scope }) =>
      scope.managesNetwork(argAt(args, "input.networkId") as string),
    ),
    "Mutation.commitToCharter": when(({ args, scope }) =>
      scope.managesNetwork(argAt(args, "input.networkId") as string),
    ),
    "Mutation.recordNetworkShareRemittance": when(
      ({ args, scope }) =>
        scope.managesNetwork(argAt(args, "input.networkId") as string) ||
        scope.isAmapAdmin(argAt(args, "input.amapId") as string),
    ),
    // SPG visits and their grid: the organising network.
    "Mutation.planVisit": when(({ args, scope }) => scope.managesNetwork(argAt(args, "input.networkId") as string)),
    "Mutation.updateVisit": onRecord(FarmVisit, "input.id", networkOf),
    "Mutation.addVisitMember": onRecord(FarmVisit, "input.visitId", networkOf),
    "Mutation.removeVisitMember": onRecord(FarmVisitMember, "input.id", networkOf),
    "Mutation.answerVisitQuestions": onRecord(FarmVisit, "input.visitId", networkOf),
    "Mutation.completeVisit": onRecord(FarmVisit, "input.id", networkOf),
    "Mutation.addVisitAction": onRecord(FarmVisit, "input.visitId", networkOf),
    "Mutation.updateVisitAction": onRecord(VisitAction, "input.id", networkOf),
    "Mutation.createVisitQuestion": when(({ args, scope }) =>
      scope.managesNetwork(argAt(args, "input.networkId") as string),
    ),
    "Mutation.updateVisitQuestion": onRecord(VisitQuestion, "input.id", networkOf),
    // Announcements: a network, or an AMAP or a farm seeking a partner; replies come from signed-in people.
    "Mutation.createAnnouncement": when(({ args, scope }) =>
      announcer(
        {
          networkId: argAt(args, "input.networkId") as string,
          amapId: argAt(args, "input.amapId") as string,
          farmId: argAt(args, "input.farmId") as string,
        },
        scope,
      ),
    ),
    "Mutation.updateAnnouncement": onRecord(Announcement, "input.id", announcer),
    "Mutation.closeAnnouncement": onRecord(Announcement, "input.id", announcer),
    "Mutation.replyToAnnouncement": anyPerson,
    // What the network may see of an AMAP beyond anonymous totals: its admins decide.
    "Mutation.setNetworkConsent": when(({ args, scope }) => scope.isAmapAdmin(argAt(args, "input.amapId") as string)),
    // An AMAP's archive (@inaccessible, asked by the member subgraph): its admins take it; restoring is for super admins only.
    "Query.networkArchivePart": when(({ args, scope }) => scope.isAmapAdmin(args.amapId as string)),
    "Mutation.restoreNetworkArchivePart": when(() => false),
    // The audit trail of the network's money records: its admins.
    "Query.networkAuditEntries": when(
      ({ args, scope }) => scope.isPerson && scope.isNetworkAdmin(argAt(args, "filter.networkId") as string),
    ),
  },

  visibility: {
    types: {
      Network: "public",
      Farm: "public",
      Product: "public",
      CharterVersion: "public",
      CharterPrinciple: "public",
      Announcement: "public",
      Directory: "public",
      // A zone is as public as the directory's town (internal query: the subgraphs' calendars).
      AmapTimeZone: "public",
      // An AMAP's record: its people, the networks above it, partner tools scoped to it.
      Amap: (a, s) => s.seesAmap(a.id),
      // Members of a visit team see the visit they take part in.
      FarmVisit: (v, s) => s.readsNetwork(v.networkId) || s.isFarmerOf(v.farmId),
      VisitAction: (a, s) => s.readsNetwork(a.networkId) || s.isFarmerOf(a.farmId),
      VisitQuestion: (q, s) => s.readsNetwork(q.networkId),
      NetworkStatistics: (x, s) => s.readsNetwork(x.networkId),
      NetworkMembership: (m, s) => s.readsNetwork(m.networkId) || s.isAmapAdmin(m.amapId) || s.isFarmerOf(m.farmId),
      CharterCommitment: (c, s) => s.readsNetwork(c.networkId) || s.isAmapAdmin(c.amapId) || s.isFarmerOf(c.farmId),
      NetworkShareRemittance: (r, s) => s.readsNetwork(r.networkId) || s.isAmapAdmin(r.amapId),
      NetworkAuditEntry: (e, s) => s.isPerson && s.isNetworkAdmin(e.networkId),
      // Replies reach the announcer and the network only (the replier's e-mail is personal data).
      AnnouncementReply: (r, s) => s.isNetworkAdmin(r.networkId),
      // Partnerships and statistics rows name AMAPs and farms the network's admins already see.
      Partnership: (p, s) => s.seesAmap(p.amapId),
      // An AMAP's choice of what the network sees: those who see the AMAP.
      NetworkConsent: (c, s) => s.seesAmap(c.amapId),
    },
    inherit: [
      "FarmVisit.team",
      "FarmVisit.answers",
      "FarmVisit.actions",
      "VisitAnswer.question",
      "Announcement.replies",
    ],
    // What each export renders (kit guard.ts `exportView`): the view of the field or object the caller could ask for.
    exports: {
      "Directory.csv": "Directory",
      "Directory.geojson": "Directory",
      "NetworkStatistics.csv": "NetworkStatistics",
      "Query.networkStatisticsCsv": "Query.networkStatistics",
    },
    fields: {
      "Announcement.replies": (a, s) => announcer(a, s),
    },
    after: {
      // The replier sees the reply they just sent (replies are otherwise the announcer's and the network's).
      "Mutation.replyToAnnouncement": (_root, reply, _s, ctx) => (markVisible(ctx, reply), reply),
      // A public announcement shows who publishes it, with the directory's public fields only.
      "Announcement.amap": async (_a, amap, s, ctx) => {
        if (!amap || (await s.seesAmap(amap.id))) return amap;
        const shown = publicAmapRecord(amap);
        markVisible(ctx, shown);
        return shown;
      },
    },
  },
};
