import { apiClient } from "./client";
import { buildWorld, DEMO_SIZE } from "./world";
import { createDemoAccounts, DemoAccount } from "./accounts";
import { enrichWorld } from "./enrich";
import { systemAuthorization } from "./system-token";

export interface Seeded {
  summary: string;
  accounts: DemoAccount[];
}

/**
 * Adds the demo world through the API when the database holds no network yet, so a second
 * `npm start` keeps whatever is there, then one demo account per role. The seed holds the signing
 * key (it runs beside the services) and acts as a super admin. Returns null when nothing was added.
 */
export async function seedIfEmpty(graphqlUrl: string, log: (m: string) => void = () => {}): Promise<Seeded | null> {
  const gql = apiClient(graphqlUrl, await systemAuthorization("seed"));
  const existing = await gql(`{ networks(perPage: 1) { total } }`);
  if (existing.networks.total > 0) return null;
  const w = await buildWorld(gql, DEMO_SIZE, (m) => log(`  demo data: ${m}`));
  await enrichWorld(gql, w, (m) => log(`  demo data: ${m}`));
  const accounts = await createDemoAccounts(gql, w);
  return {
    summary: `2 networks, ${w.amapIds.length} AMAPs, ${w.farmIds.length} farms, ${w.templateIds.length} contract templates, ${w.distributionIds.length} distributions, ${w.householdIds.length} households, ${w.subscriptionIds.length} subscriptions, ${accounts.length} demo accounts`,
    accounts,
  };
}
