import type { DataSource } from "typeorm";
import { log } from "@champ-commun/kit";
import { AccountService } from "./account.service";

/**
 * The first administrator from configuration: ADMIN_EMAIL and ADMIN_PASSWORD at start. There is
 * no default password: without both variables nothing is created (use scripts/create-admin.js).
 */
export async function ensureAdminFromEnv(ds: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return;
  const { account, created } = await new AccountService(ds.manager).ensureSuperAdmin(
    env.ADMIN_EMAIL,
    env.ADMIN_PASSWORD,
  );
  log().info({ accountId: account.id }, created ? "first administrator created" : "administrator already exists");
}
