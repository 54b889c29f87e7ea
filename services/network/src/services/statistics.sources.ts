import {
  askSubgraph,
  type SeasonTemplates,
  type SubscriptionAggregate,
  type TemplateAggregate,
} from "@champ-commun/kit";

export type { SeasonTemplates, SubscriptionAggregate, TemplateAggregate };

/**
 * What the network's statistics and partnerships need from the other subgraphs, as aggregates
 * (the network never receives a member's identity): the amap subgraph's templates per AMAP × farm
 * × season, the member subgraph's subscriptions per AMAP × template and per AMAP × season.
 */

export interface StatisticsSources {
  templates(amapIds: string[], seasons: string[] | null): Promise<TemplateAggregate[]>;
  subscriptions(amapIds: string[], seasons: SeasonTemplates[]): Promise<SubscriptionAggregate[]>;
}

const TEMPLATE_STATISTICS = /* GraphQL */ `
  query ($amapIds: [ID!], $seasons: [String!]) {
    templateStatistics(amapIds: $amapIds, seasons: $seasons) {
      amapIds
      farmIds
      seasons
      templateCounts
      templateIds
    }
  }
`;

const SUBSCRIPTION_STATISTICS = /* GraphQL */ `
  query ($amapIds: [ID!]!, $seasons: [SeasonTemplatesInput!]!) {
    subscriptionStatistics(amapIds: $amapIds, seasons: $seasons) {
      amapIds
      seasons
      templateIds
      householdCounts
      subscriptionCounts
      totalCents
    }
  }
`;

/** The internal answers come as columns (row i = the i-th item of each list): back to rows. */
function rows<K extends string>(columns: Record<K, unknown[]>): Array<Record<K, unknown>> {
  const keys = Object.keys(columns) as K[];
  const length = keys.length ? columns[keys[0]].length : 0;
  return Array.from(
    { length },
    (_, i) => Object.fromEntries(keys.map((k) => [k, columns[k][i]])) as Record<K, unknown>,
  );
}

/** The amap and member subgraphs over GraphQL, with the caller's identity forwarded: one request each. */
export function remoteStatisticsSources(forwardHeaders: Record<string, string> = {}): StatisticsSources {
  return {
    async templates(amapIds, seasons) {
      if (!amapIds.length) return [];
      const res = await askSubgraph<{
        templateStatistics: Record<"amapIds" | "farmIds" | "seasons" | "templateCounts" | "templateIds", unknown[]>;
      }>("amap", TEMPLATE_STATISTICS, { amapIds, seasons }, forwardHeaders);
      return rows(res.templateStatistics).map((r) => ({
        amapId: r.amapIds as string,
        farmId: r.farmIds as string,
        season: r.seasons as string,
        templateCount: r.templateCounts as number,
        templateIds: r.templateIds as string[],
      }));
    },
    async subscriptions(amapIds, seasons) {
      if (!amapIds.length || !seasons.length) return [];
      const res = await askSubgraph<{
        subscriptionStatistics: Record<
          "amapIds" | "seasons" | "templateIds" | "householdCounts" | "subscriptionCounts" | "totalCents",
          unknown[]
        >;
      }>("member", SUBSCRIPTION_STATISTICS, { amapIds, seasons }, forwardHeaders);
      return rows(res.subscriptionStatistics).map((r) => ({
        amapId: r.amapIds as string,
        season: r.seasons as string,
        templateId: r.templateIds as string | null,
        householdCount: r.householdCounts as number,
        subscriptionCount: r.subscriptionCounts as number,
        totalCents: r.totalCents as number,
      }));
    },
  };
}
