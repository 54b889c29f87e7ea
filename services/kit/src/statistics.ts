/**
 * What the amap and member subgraphs answer the network's statistics with (internal templateAggregates and
 * subscriptionAggregates),
 * written once for both sides of the wire.
 */

/**
 * One AMAP × farm × season as the amap subgraph counts its templates (internal templateAggregates),
 * with the template ids other subgraphs group their own figures by.
 */
export interface TemplateAggregate {
  amapId: string;
  farmId: string;
  season: string;
  templateCount: number;
  templateIds: string[];
}

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
