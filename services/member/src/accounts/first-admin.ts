import type { DataSource } from "typeorm";
import { AccountService } from "./account.service";

/**
 * The first administrator from configuration: ADMIN_EMAIL and ADMIN_PASSWORD at start. There is
 * no default password: without both variables nothing is created (use scripts/create-admin.js).
 */
export async function ensureAdminFromEnv(ds: DataSource, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return;
  const { account, created } = await new AccountService(ds.manager).ensureSuperAdmin(env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
  console.log(created ? `[accounts] first administrator ${account.email} created` : `[accounts] administrator ${account.email} already exists`);
}
