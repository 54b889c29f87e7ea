import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Account } from "./account.entity";
import { ApiScopeType, ApiToken } from "./api-token.entity";
import { RoleGrantStatus, RoleName } from "./role-grant.entity";

@ObjectType({
  description: "What signing in (or refreshing) gives: a short-lived access token and a rotating refresh token.",
})
export class AuthPayload {
  @Field(() => String, { description: "Signed access token (JWT, EdDSA) to send as `Authorization: Bearer …`." })
  accessToken: string;

  @Field(() => String, { description: "Refresh token: use it once with refreshSession; keep it secret." })
  refreshToken: string;

  @Field(() => Int, { description: "Seconds until the access token expires." })
  expiresIn: number;

  @Field(() => Account, { description: "The signed-in person." })
  person: Account;
}

// Only the gateway asks for it (partnerAccess is @inaccessible): hidden from the public schema too,
// or partners would see a type no operation of theirs can return.
@ObjectType({ description: "A short-lived access token for a partner tool (internal: the gateway asks for it)." })
@Directive("@inaccessible")
export class PartnerAccess {
  @Field(() => String, { description: "Access token of kind partner." })
  accessToken: string;

  @Field(() => Int, { description: "Seconds until it expires." })
  expiresIn: number;
}

@InputType({ description: "A role to grant to a person who has an account." })
export class GrantRoleInput {
  @Field(() => ID, { description: "The person (account id)." }) personId: string;
  @Field(() => RoleName, { description: "The role." }) role: RoleName;
  @Field(() => ID, { description: "The network, AMAP, contract template, farm or household it applies to." })
  scopeId: string;
  @Field(() => ID, {
    nullable: true,
    description:
      "Farmer role only: the AMAP whose members' contracts with the farm the farmer reads (granted by that AMAP's admins). Omit for the role over the farm itself (profile, products), granted by the farm's networks.",
  })
  amapId?: string | null;
}

@InputType({ description: "A pending role grant to accept." })
export class AcceptRoleGrantInput {
  @Field(() => ID, { description: "The pending grant (proposed by a network admin)." }) id: string;
}

@InputType({ description: "Filter for role grants." })
export class RoleGrantFilter {
  @Field(() => ID, { nullable: true, description: "Grants within this AMAP (AMAP admin, référent and member roles)." })
  amapId?: string;
  @Field(() => ID, { nullable: true, description: "Grants on this scope." }) scopeId?: string;
  @Field(() => ID, { nullable: true, description: "Grants of this person." }) personId?: string;
  @Field(() => Boolean, { nullable: true, description: "Include revoked grants (default false)." })
  includeRevoked?: boolean;
  @Field(() => RoleGrantStatus, { nullable: true, description: "Only active, or only pending grants (default both)." })
  status?: RoleGrantStatus;
}

@InputType({ description: "Who to invite into a household of an AMAP." })
export class InviteHouseholdInput {
  @Field(() => ID, { description: "The AMAP." }) amapId: string;
  @Field(() => ID, { nullable: true, description: "An existing household of that AMAP; omit to create one." })
  householdId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Name of the new household (when householdId is omitted); default: the last name.",
  })
  displayName?: string | null;
  @Field(() => String, { description: "E-mail address the invitation is sent to." }) email: string;
  @Field(() => String, { nullable: true, description: "First name." }) firstName?: string | null;
  @Field(() => String, { description: "Last name." }) lastName: string;
}

@InputType({
  description:
    "Who to invite to a role: a référent (template), a farmer (farm), an AMAP admin (AMAP) or a network admin (network).",
})
export class InviteToRoleInput {
  @Field(() => String, { description: "E-mail address the invitation is sent to." }) email: string;
  @Field(() => RoleName, { description: "The role (not member: members are invited into their household)." })
  role: RoleName;
  @Field(() => ID, { description: "The template, farm, AMAP or network the role applies to." }) scopeId: string;
  @Field(() => String, { nullable: true, description: "First name." }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: "Last name." }) lastName?: string | null;
}

@ObjectType({ description: "An invitation sent: the person and household it concerns, and until when its link works." })
export class Invitation {
  @Field(() => ID, { description: "The invited person (account id)." }) personId: string;
  @Field(() => ID, { description: "The household (empty for a role outside any household)." }) householdId: string;
  @Field(() => String, { description: "Where it was sent." }) email: string;
  @Field(() => Date, { description: "When the link expires (UTC)." }) expiresAt: Date;
}

@InputType({ description: "A sign-in created directly by a super administrator (first set-up, demo data)." })
export class CreateAccountInput {
  @Field(() => String, { description: "E-mail address." }) email: string;
  @Field(() => String, { description: "Password (12 characters at least, not the e-mail)." }) password: string;
  @Field(() => String, { nullable: true, description: "First name." }) firstName?: string | null;
  @Field(() => String, { nullable: true, description: "Last name." }) lastName?: string | null;
  @Field(() => ID, { nullable: true, description: "Id of an existing household Person this account is (same id)." })
  personId?: string | null;
}

@InputType({ description: "A new partner API token." })
export class CreateApiTokenInput {
  @Field(() => String, { description: "What it is for." }) name: string;
  @Field(() => ApiScopeType, { description: "network or amap." }) scopeType: ApiScopeType;
  @Field(() => ID, { description: "The network or AMAP." }) scopeId: string;
  @Field(() => Boolean, {
    defaultValue: true,
    description: "Read-only (default). False lets the tool also write within its scope (no personal data either way).",
  })
  readOnly: boolean;
}

@ObjectType({ description: "A partner API token just created: the secret is shown this once." })
export class CreatedApiToken {
  @Field(() => String, { description: "The token: copy it now, it cannot be shown again." }) token: string;
  @Field(() => ApiToken, { description: "The token's record." }) apiToken: ApiToken;
}

@InputType({ description: "Filter for partner API tokens." })
export class ApiTokenFilter {
  @Field(() => ID, { nullable: true, description: "Tokens scoped to this network or AMAP." }) scopeId?: string;
  @Field(() => Boolean, { nullable: true, description: "Include revoked tokens (default false)." })
  includeRevoked?: boolean;
}

@InputType({ description: "Filter for the audit trail." })
export class AuditFilter {
  @Field(() => ID, { description: "The AMAP whose trail is read." }) amapId: string;
  @Field(() => String, { nullable: true, description: "Only this kind of record (RoleGrant, Installment…)." })
  entity?: string;
  @Field(() => ID, { nullable: true, description: "Only this record." }) entityId?: string;
}

/* Inputs of the sign-in and account mutations (one per mutation, api.md). */

@InputType({ description: "E-mail and password to sign in with." })
export class LoginInput {
  @Field(() => String, { description: "E-mail address of the account." }) email: string;
  @Field(() => String, { description: "Password." }) password: string;
}

@InputType({ description: "A refresh token to exchange for new tokens." })
export class RefreshSessionInput {
  @Field(() => String, { description: "The refresh token of the session (it stops working once exchanged)." })
  refreshToken: string;
}

@InputType({ description: "The session to sign out of." })
export class LogoutInput {
  @Field(() => String, {
    description: "The refresh token of the session (those rotated from the same sign-in stop working too).",
  })
  refreshToken: string;
}

@InputType({ description: "The address to send a password-reset link to." })
export class RequestPasswordResetInput {
  @Field(() => String, { description: "E-mail address of the account." }) email: string;
}

@InputType({ description: "A new password, with the token of a password-reset link." })
export class ResetPasswordInput {
  @Field(() => String, { description: "The token of the link (single use, one hour)." }) token: string;
  @Field(() => String, { description: "The new password." }) newPassword: string;
}

@InputType({ description: "An invitation to accept, with the password chosen." })
export class AcceptInvitationInput {
  @Field(() => String, { description: "The token of the invitation link (single use, 7 days)." }) token: string;
  @Field(() => String, { description: "The password chosen." }) password: string;
}

@InputType({ description: "A sign-in to delete." })
export class DeleteAccountInput {
  @Field(() => ID, { description: "Id of the account." }) id: string;
}

@InputType({ description: "A role grant to revoke, decline or withdraw." })
export class RevokeRoleInput {
  @Field(() => ID, { description: "Id of the role grant." }) id: string;
}

@InputType({ description: "An AMAP whose members are invited after an import." })
export class InviteAmapMembersInput {
  @Field(() => ID, { description: "Id of the AMAP." }) amapId: string;
}

@InputType({ description: "A partner API token to revoke." })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: "Id of the API token." }) id: string;
}

@InputType({ description: "A partner API token to exchange for a short access token (internal: the gateway asks)." })
@Directive("@inaccessible")
export class PartnerAccessInput {
  @Field(() => String, { description: "The partner API token (its secret)." }) token: string;
}
