import {
  AccessPolicy,
  AccessRequest,
  argAt,
  listedBy,
  onRecord,
  signedIn,
  Tenant,
  TenantScope,
  when,
} from "@champ-commun/kit";
import { Place } from "./entities/place.entity";
import { Distribution } from "./entities/distribution.entity";
import { ContractTemplate } from "./entities/contract-template.entity";
import { MembershipPeriod } from "./entities/membership-period.entity";
import { DutyRole } from "./entities/duty-role.entity";
import { DutyShift } from "./entities/duty-shift.entity";
import type { AmapContext } from "./context";

/*
 * The one place where the amap subgraph decides who may do what (domain.md, "who may do what"):
 * AMAP admins run everything of their AMAP (places, calendar, templates, periods, roster);
 * référents manage their contract template; farmers, members and référents read their AMAPs'
 * shared records (calendar, templates, periods, roster); network admins read those of their
 * networks' AMAPs; partner tools read (or, when granted, write) within their scope. Nothing here
 * is personal data. Every root operation has a rule (one without is refused); every object any
 * field returns passes `visibility`.
 */

type Req = AccessRequest<AmapContext>;

/** An AMAP's admins (or a partner tool granted writing there), on the AMAP an input names or a record belongs to. */
const managesInput = (path: string) =>
  when<AmapContext>(({ args, scope }) => scope.managesAmap(argAt(args, path) as string));
const managedRecord = (entity: Parameters<typeof onRecord>[0], idPath = "input.id") =>
  onRecord<AmapContext, object>(entity, idPath, (t: Tenant, s: TenantScope) => s.managesAmap(t.amapId));
/** A template: its AMAP's admins, or its référents. */
const templateManager = (idPath = "input.id") =>
  onRecord<AmapContext, ContractTemplate>(
    ContractTemplate,
    idPath,
    (t, s) => s.managesAmap(t.amapId) || s.isReferentOf(t.id),
  );

/** Lists filtered by AMAP: the AMAPs whose shared records the caller sees. */
const byAmap = listedBy<AmapContext>({ one: "amapId" }, (s) => s.visibleAmaps());

/** Aggregates asked by the network subgraph: narrowed to the AMAPs the caller sees. */
async function statisticsScope({ args, scope }: Req) {
  if (scope.all) return;
  const visible = await scope.visibleAmaps();
  if (Array.isArray(args.amapIds)) args.amapIds = (args.amapIds as string[]).filter((id) => visible?.has(id) ?? true);
  const farms = Array.isArray(args.farmIds) ? (args.farmIds as string[]) : [];
  if (Array.isArray(args.amapIds) && !(args.amapIds as string[]).length && !farms.length) return "empty";
}

/** The AMAP's shared records: everyone attached to it, the networks above it, its partner tools. */
const shared = (o: { amapId?: string; farmId?: string; templateId?: string }, s: TenantScope) =>
  s.isFarmerOf(o.farmId) || s.isReferentOf(o.templateId) || s.seesAmap(o.amapId);

export const amapPolicy: AccessPolicy<AmapContext> = {
  operations: {
    // An AMAP's archive (@inaccessible, asked by the member subgraph): its admins take it; restoring is for super admins only.
    "Query.amapActivityArchivePart": when(({ args, scope }) => scope.isAmapAdmin(args.amapId as string)),
    "Mutation.restoreAmapActivityArchivePart": when(() => false),
    "Query.place": signedIn,
    "Query.places": byAmap,
    "Query.distribution": signedIn,
    "Query.distributions": byAmap,
    "Query.distributionChanges": byAmap,
    "Query.contractTemplate": signedIn,
    "Query.contractTemplates": byAmap,
    "Query.contractTemplateTerms": signedIn,
    "Query.membershipPeriod": signedIn,
    "Query.membershipPeriods": byAmap,
    "Query.dutyRole": signedIn,
    "Query.dutyRoles": byAmap,
    "Query.dutyRules": when(({ args, scope }) => scope.seesAmap(args.amapId as string)),
    "Query.dutyShift": signedIn,
    "Query.dutyShifts": byAmap,
    "Query.templateStatistics": statisticsScope,

    "Mutation.createPlace": managesInput("input.amapId"),
    "Mutation.updatePlace": managedRecord(Place),
    "Mutation.deletePlace": managedRecord(Place),
    "Mutation.createDistribution": managesInput("input.amapId"),
    "Mutation.generateDistributions": managesInput("input.amapId"),
    "Mutation.updateDistribution": managedRecord(Distribution),
    "Mutation.moveDistribution": managedRecord(Distribution),
    "Mutation.cancelDistribution": managedRecord(Distribution),
    "Mutation.createContractTemplate": managesInput("input.amapId"),
    "Mutation.updateContractTemplate": templateManager(),
    "Mutation.openContractTemplate": templateManager(),
    "Mutation.closeContractTemplate": templateManager(),
    "Mutation.startTemplateSeason": templateManager(),
    "Mutation.finishTemplateSeason": templateManager(),
    "Mutation.archiveContractTemplate": templateManager(),
    "Mutation.renewContractTemplate": templateManager(),
    "Mutation.setTemplateAvailability": templateManager("input.templateId"),
    "Mutation.createMembershipPeriod": managesInput("input.amapId"),
    "Mutation.updateMembershipPeriod": managedRecord(MembershipPeriod),
    "Mutation.createDutyRole": managesInput("input.amapId"),
    "Mutation.updateDutyRole": managedRecord(DutyRole),
    "Mutation.updateDutyRules": managesInput("input.amapId"),
    "Mutation.generateDutyShifts": managesInput("input.amapId"),
    "Mutation.updateDutyShift": managedRecord(DutyShift),
  },

  visibility: {
    types: {
      ContractTemplate: (t, s) => s.isReferentOf(t.id) || shared(t, s),
      ContractTemplateTerms: (t, s) => shared(t, s),
      TemplateStatistic: (t, s) => shared(t, s),
    },
    // Everything else here is an AMAP's shared record, keyed by its amapId (and farm, template).
    keyed: (o, s) => shared(o, s),
  },
};
