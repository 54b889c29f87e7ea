import { Arg, Args, Ctx, Directive, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { actorId } from "../audit/audit";
import { ApiToken } from "./api-token.entity";
import { ApiTokenService } from "./api-token.service";
import {
  ApiTokenFilter,
  CreateApiTokenInput,
  CreatedApiToken,
  PartnerAccess,
  PartnerAccessInput,
  RevokeApiTokenInput,
} from "./types";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of partner API tokens." })
export class ApiTokenPage extends PageOf(ApiToken) {}

const tokens = (ctx: MemberContext) => new ApiTokenService(ctx.ds.manager, ctx.accounts);

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenPage, {
    description: "Partner API tokens of the networks and AMAPs the caller administers, latest first.",
  })
  apiTokens(
    @Arg("filter", () => ApiTokenFilter, {
      nullable: true,
      description: "Which partner API tokens to list (omit for all the caller may see).",
    })
    filter: ApiTokenFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return tokens(ctx).list(filter, page);
  }

  @Mutation(() => CreatedApiToken, {
    description: "Creates a partner API token for a network or an AMAP one administers; the token is shown once.",
  })
  createApiToken(
    @Arg("input", () => CreateApiTokenInput, { description: "The token's name and scope." }) input: CreateApiTokenInput,
    @Ctx() ctx: MemberContext,
  ) {
    return tokens(ctx).create(input, actorId(ctx.identity));
  }

  @Mutation(() => ApiToken, { description: "Revokes a partner API token (it stops working within minutes)." })
  revokeApiToken(
    @Arg("input", () => RevokeApiTokenInput, { description: "The token to revoke." }) input: RevokeApiTokenInput,
    @Ctx() ctx: MemberContext,
  ) {
    return tokens(ctx).revoke(input.id, actorId(ctx.identity));
  }

  @Mutation(() => PartnerAccess, {
    description: "Exchanges a partner API token for a short access token (internal: the gateway asks).",
  })
  @Directive("@inaccessible")
  partnerAccess(
    @Arg("input", () => PartnerAccessInput, { description: "The partner API token." }) input: PartnerAccessInput,
    @Ctx() ctx: MemberContext,
  ) {
    return tokens(ctx).exchange(input.token);
  }
}
