import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { actorId } from "../audit/audit";
import { Account } from "./account.entity";
import { AccountService } from "./account.service";
import { markVisible } from "@champ-commun/kit";
import { activeGrants } from "./claims";
import { credentialActive } from "./credential";
import { InvitationService } from "./invitation.service";
import { PasswordResetService } from "./password-reset.service";
import { RoleGrant } from "./role-grant.entity";
import { isSigningIn, SessionService } from "./session.service";
import {
  AcceptInvitationInput,
  AuthPayload,
  CreateAccountInput,
  DeleteAccountInput,
  LoginInput,
  LogoutInput,
  RefreshSessionInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from "./types";
import type { MemberContext } from "../context";

const sessions = (ctx: MemberContext) => new SessionService(ctx.ds.manager, ctx.accounts);

/** Signing in and out, passwords, the signed-in person. Who may call what: see policy.ts. */
@Resolver(() => Account)
export class AccountResolver {
  @Mutation(() => AuthPayload, {
    description: "Signs in with e-mail and password (attempts are limited per account and per address).",
  })
  login(
    @Arg("input", () => LoginInput, { description: "E-mail and password." }) input: LoginInput,
    @Ctx() ctx: MemberContext,
  ) {
    return sessions(ctx).login(input.email, input.password, ctx.clientAddress);
  }

  @Mutation(() => AuthPayload, {
    description:
      "Exchanges a refresh token for new tokens; the old refresh token stops working (reusing it revokes the session).",
  })
  refreshSession(
    @Arg("input", () => RefreshSessionInput, { description: "The refresh token." }) input: RefreshSessionInput,
    @Ctx() ctx: MemberContext,
  ) {
    return sessions(ctx).refresh(input.refreshToken);
  }

  @Mutation(() => Boolean, {
    description: "Signs out: the refresh token (and those rotated from the same sign-in) stop working.",
  })
  logout(
    @Arg("input", () => LogoutInput, { description: "The refresh token." }) input: LogoutInput,
    @Ctx() ctx: MemberContext,
  ) {
    return sessions(ctx).logout(input.refreshToken);
  }

  @Mutation(() => Boolean, {
    description: "Sends a password-reset link if an account has this address; always answers true.",
  })
  requestPasswordReset(
    @Arg("input", () => RequestPasswordResetInput, { description: "The e-mail address." })
    input: RequestPasswordResetInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new PasswordResetService(ctx.ds.manager, ctx.accounts).request(input.email, ctx.lang, ctx.clientAddress);
  }

  @Mutation(() => Boolean, {
    description: "Sets a new password with the link's token (single use, one hour); signs out every session.",
  })
  resetPassword(
    @Arg("input", () => ResetPasswordInput, { description: "The link's token and the new password." })
    input: ResetPasswordInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new PasswordResetService(ctx.ds.manager, ctx.accounts).reset(input.token, input.newPassword);
  }

  @Mutation(() => AuthPayload, {
    description: "Accepts an invitation: chooses a password with the link's token (single use, 7 days) and signs in.",
  })
  acceptInvitation(
    @Arg("input", () => AcceptInvitationInput, { description: "The link's token and the password chosen." })
    input: AcceptInvitationInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new InvitationService(ctx.ds.manager, ctx.accounts).accept(input.token, input.password);
  }

  @Mutation(() => Account, {
    description:
      "Creates a sign-in with a password directly (super administrators only: set-up, demo data; others are invited).",
  })
  createAccount(
    @Arg("input", () => CreateAccountInput, { description: "The new account." }) input: CreateAccountInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new AccountService(ctx.ds.manager).create({ ...input, superAdmin: false });
  }

  @Mutation(() => Boolean, {
    description: "Deletes a sign-in (one's own, or any for a super administrator): sessions end, roles are revoked.",
  })
  deleteAccount(
    @Arg("input", () => DeleteAccountInput, { description: "The account to delete." }) input: DeleteAccountInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new AccountService(ctx.ds.manager).delete(input.id, actorId(ctx.identity));
  }

  @Query(() => Account, { nullable: true, description: "The signed-in person, or null for a partner tool." })
  me(@Ctx() ctx: MemberContext) {
    return ctx.identity?.kind === "person"
      ? ctx.ds.getRepository(Account).findOne({ where: { id: ctx.identity.subject } })
      : null;
  }

  @Query(() => Boolean, {
    description:
      "Whether an access token may still be used: its account active and at that token version, or its API token not revoked (internal: the gateway and the subgraphs ask on every request).",
  })
  @Directive("@inaccessible")
  credentialActive(
    @Arg("subject", () => ID, { description: "The token's subject: an account id, or an API token id." })
    subject: string,
    @Arg("kind", () => String, { description: "person or partner." }) kind: string,
    @Arg("version", () => Int, { nullable: true, description: "The token version the access token carries." })
    version: number | null,
    @Ctx() ctx: MemberContext,
  ) {
    return credentialActive(ctx.ds.manager, subject, kind, version ?? null);
  }

  @FieldResolver(() => [RoleGrant], { description: "The roles the person holds now." })
  async grants(@Root() a: Account, @Ctx() ctx: MemberContext) {
    const grants = await activeGrants(ctx.ds.manager, a.id);
    // Signing in answers before the caller has a token: the person's own grants are theirs to see.
    if (isSigningIn(a)) for (const g of grants) markVisible(ctx, g);
    return grants;
  }
}
