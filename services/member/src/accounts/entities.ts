import { Account } from "./account.entity";
import { RefreshSession } from "./refresh-session.entity";
import { OneTimeToken } from "./one-time-token.entity";
import { RoleGrant } from "./role-grant.entity";
import { ApiToken } from "./api-token.entity";
import { RateLimit } from "./rate-limit.entity";

/** Accounts, sessions, e-mailed links, roles, partner tokens and the attempt counters (the audit trail, audit/, is registered on its own). */
export const accountEntities = [Account, RefreshSession, OneTimeToken, RoleGrant, ApiToken, RateLimit];
