/**
 * What the member subgraph answers the network's statistics with (internal subscriptionAggregates),
 * written once for both sides of the wire.
 */

/** The templates of one season (the member subgraph does not know seasons: templates do). */
export interface SeasonTemplates {
  season: string;
  templateIds: string[];
}

/**
 * One AMAP × template of a season (`templateId` set) or one AMAP × season over all its templates
 * (`templateId` null: households counted once however many contracts they hold).
 */
export interface SubscriptionAggregate {
  amapId: string;
  season: string;
  templateId: string | null;
  householdCount: number;
  subscriptionCount: number;
  totalCents: number;
}
