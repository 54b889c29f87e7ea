import { AccountResolver } from "./account.resolver";
import { RoleGrantResolver } from "./role-grant.resolver";
import { InvitationResolver } from "./invitation.resolver";
import { ApiTokenResolver } from "./api-token.resolver";
import { AuditEntryResolver } from "../audit/audit.resolver";

/** Sign-in, roles, partner tokens and the audit trail: what the member subgraph serves of them. */
export const accountResolvers = [
  AccountResolver,
  RoleGrantResolver,
  InvitationResolver,
  ApiTokenResolver,
  AuditEntryResolver,
] as const;

export { AccountsRuntime, defaultAccountsRuntime } from "./runtime";
