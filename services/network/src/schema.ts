import { NetworkAuditEntryResolver } from "./audit/network-audit.resolver";
import { buildSubgraph, policyMiddleware, Subgraph } from "@champ-commun/kit";
import { NetworkResolver } from "./resolvers/network.resolver";
import { AmapResolver } from "./resolvers/amap.resolver";
import { FarmResolver } from "./resolvers/farm.resolver";
import { ProductResolver } from "./resolvers/product.resolver";
import { NetworkMembershipResolver } from "./resolvers/network-membership.resolver";
import { CharterVersionResolver } from "./resolvers/charter-version.resolver";
import { CharterCommitmentResolver } from "./resolvers/charter-commitment.resolver";
import { FarmVisitResolver } from "./resolvers/farm-visit.resolver";
import { VisitAnswerResolver, VisitQuestionResolver } from "./resolvers/visit-grid.resolver";
import { VisitActionResolver } from "./resolvers/visit-action.resolver";
import { AnnouncementResolver } from "./resolvers/announcement.resolver";
import { DirectoryResolver } from "./resolvers/directory.resolver";
import { NetworkShareRemittanceResolver } from "./resolvers/network-share-remittance.resolver";
import { statisticsResolvers } from "./resolvers/statistics.resolver";
import { NetworkConsentResolver } from "./resolvers/network-consent.resolver";
import { NetworkArchivePartResolver } from "./resolvers/archive-part.resolver";
import { networkPolicy } from "./policy";
import type { NetworkContext } from "./context";

/**
 * The network subgraph: networks, the AMAP and farm directory, products, network memberships and
 * share remittances, charters and commitments, SPG farm visits, announcements, the public directory feed.
 */
export function buildNetworkSubgraph(): Promise<Subgraph> {
  return buildSubgraph({
    resolvers: [
      NetworkResolver,
      AmapResolver,
      FarmResolver,
      ProductResolver,
      NetworkMembershipResolver,
      NetworkShareRemittanceResolver,
      CharterVersionResolver,
      CharterCommitmentResolver,
      FarmVisitResolver,
      VisitQuestionResolver,
      VisitAnswerResolver,
      VisitActionResolver,
      AnnouncementResolver,
      DirectoryResolver,
      NetworkAuditEntryResolver,
      ...statisticsResolvers,
      NetworkConsentResolver,
      NetworkArchivePartResolver,
    ],
    middlewares: [policyMiddleware(networkPolicy)],
    references: {
      Network: { __resolveReference: (ref: { id: string }, ctx: NetworkContext) => ctx.loaders.network.load(ref.id) },
      Amap: { __resolveReference: (ref: { id: string }, ctx: NetworkContext) => ctx.loaders.amap.load(ref.id) },
      Farm: { __resolveReference: (ref: { id: string }, ctx: NetworkContext) => ctx.loaders.farm.load(ref.id) },
      Product: { __resolveReference: (ref: { id: string }, ctx: NetworkContext) => ctx.loaders.product.load(ref.id) },
    },
  });
}
