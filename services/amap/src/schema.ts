import { AmapArchivePartResolver } from "./resolvers/archive-part.resolver";
import { buildSubgraph, policyMiddleware, Subgraph } from "@champ-commun/kit";
import { PlaceResolver } from "./resolvers/place.resolver";
import { DistributionResolver } from "./resolvers/distribution.resolver";
import { ContractTemplateResolver } from "./resolvers/contract-template.resolver";
import { TemplateLineResolver } from "./resolvers/template-line.resolver";
import { MembershipPeriodResolver } from "./resolvers/membership-period.resolver";
import { AmapResolver } from "./resolvers/amap.resolver";
import { FarmResolver } from "./resolvers/farm.resolver";
import { DistributionChangeResolver } from "./resolvers/distribution-change.resolver";
import { DutyRoleResolver } from "./resolvers/duty-role.resolver";
import { DutyShiftResolver } from "./resolvers/duty-shift.resolver";
import { LineAvailabilityResolver } from "./resolvers/line-availability.resolver";
import { statisticsResolvers } from "./resolvers/statistics.resolver";
import { Amap, Farm, Product } from "./entities/references";
import { amapPolicy } from "./policy";
import type { AmapContext } from "./context";

/** The amap subgraph: places, distributions and their changes, contract templates, membership periods, duty roster; extends Amap and Farm. */
export function buildAmapSubgraph(): Promise<Subgraph> {
  return buildSubgraph({
    resolvers: [
      PlaceResolver,
      DistributionResolver,
      DistributionChangeResolver,
      ContractTemplateResolver,
      TemplateLineResolver,
      LineAvailabilityResolver,
      MembershipPeriodResolver,
      DutyRoleResolver,
      DutyShiftResolver,
      AmapResolver,
      FarmResolver,
      ...statisticsResolvers,
      AmapArchivePartResolver,
    ],
    orphanedTypes: [Amap, Farm, Product],
    middlewares: [policyMiddleware(amapPolicy)],
    references: {
      Distribution: {
        __resolveReference: (ref: { id: string }, ctx: AmapContext) => ctx.loaders.distribution.load(ref.id),
      },
      ContractTemplate: {
        __resolveReference: (ref: { id: string }, ctx: AmapContext) => ctx.loaders.contractTemplate.load(ref.id),
      },
      DutyShift: { __resolveReference: (ref: { id: string }, ctx: AmapContext) => ctx.loaders.dutyShift.load(ref.id) },
      DistributionChange: {
        __resolveReference: (ref: { id: string }, ctx: AmapContext) => ctx.loaders.distributionChange.load(ref.id),
      },
    },
  });
}
