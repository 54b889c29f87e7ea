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
 * Why demo data must not go in, or null when it may: only the embedded default gets it, never a
 * configured database (DATABASE_URL or a service's own URL) nor a production deployment, whose
 * empty database would otherwise open with demo accounts and their published password.
 */
export function demoDataRefusal(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV === "production") return "NODE_ENV=production";
  const set = ["DATABASE_URL", "NETWORK_DATABASE_URL", "AMAP_DATABASE_URL", "MEMBER_DATABASE_URL"].filter(
    (k) => env[k],
  );
  return set.length ? `${set.join(", ")} set` : null;
}

/**
 * Adds the demo world through the API when the database holds no network yet, so a second
 * `npm start` keeps whatever is there, then one demo account per role; only on the embedded
 * default (`demoDataRefusal`). The seed holds the signing key (it runs beside the services) and
 * acts as a super admin. Returns null when nothing was added.
 */
export async function seedIfEmpty(
  graphqlUrl: string,
  log: (m: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<Seeded | null> {
  const refusal = demoDataRefusal(env);
  if (refusal) {
    log(`No demo data: ${refusal} (demo data only goes into the embedded default database).`);
    return null;
  }
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
