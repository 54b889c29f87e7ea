import { buildSubgraph, policyMiddleware, Subgraph } from "@champ-commun/kit";
import { HouseholdResolver } from "./resolvers/household.resolver";
import { MembershipResolver } from "./resolvers/membership.resolver";
import { SubscriptionResolver } from "./resolvers/subscription.resolver";
import { DeliveryLineResolver } from "./resolvers/delivery-line.resolver";
import { InstallmentResolver } from "./resolvers/installment.resolver";
import {
  AmapHouseholdsResolver,
  ContractTemplateSubscriptionsResolver,
  DistributionSignOffResolver,
} from "./resolvers/federation.resolver";
import { AmapRef, ContractTemplateRef, DistributionRef } from "./entities/federation.types";
import { statisticsOrphanedTypes, statisticsResolvers } from "./resolvers/statistics.resolver";
import { seasonOrphanedTypes, seasonResolvers } from "./resolvers/season";
import { QueryBudgetResolver } from "./limits/query-budget.resolver";
import { accountResolvers } from "./accounts";
import { livingResolvers } from "./living";
import { memberPolicy } from "./policy";
import { privacyResolvers } from "./privacy/privacy.resolver";
import { ImportResolver } from "./import/import.resolver";
import { AmapArchiveResolver } from "./archive/archive.resolver";
import type { MemberContext } from "./context";

/**
 * The member subgraph: households and their people, memberships, subscriptions with their grid,
 * installments; it extends Amap (households), ContractTemplate (subscriptions) and Distribution
 * (sign-off sheet).
 */
export function buildMemberSubgraph(): Promise<Subgraph> {
  return buildSubgraph({
    resolvers: [
      HouseholdResolver,
      MembershipResolver,
      SubscriptionResolver,
      DeliveryLineResolver,
      InstallmentResolver,
      AmapHouseholdsResolver,
      ContractTemplateSubscriptionsResolver,
      DistributionSignOffResolver,
      ...statisticsResolvers,
      ...accountResolvers,
      ...seasonResolvers,
      ...livingResolvers,
      ...privacyResolvers,
      ImportResolver,
      AmapArchiveResolver,
      QueryBudgetResolver,
    ],
    orphanedTypes: [AmapRef, ContractTemplateRef, DistributionRef, ...statisticsOrphanedTypes, ...seasonOrphanedTypes],
    middlewares: [policyMiddleware(memberPolicy)],
    references: {
      Household: {
        __resolveReference: (ref: { id: string }, ctx: MemberContext) => ctx.loaders.household.load(ref.id),
      },
    },
  });
}
