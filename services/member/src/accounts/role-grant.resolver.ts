import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf, scopeOf } from "@champ-commun/kit";
import { actorId } from "../audit/audit";
import { Account } from "./account.entity";
import { RoleGrant } from "./role-grant.entity";
import { RoleGrantService } from "./role-grant.service";
import { AcceptRoleGrantInput, GrantRoleInput, RevokeRoleInput, RoleGrantFilter } from "./types";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of role grants." })
export class RoleGrantPage extends PageOf(RoleGrant) {}

const grants = (ctx: MemberContext) => new RoleGrantService(ctx.ds.manager, ctx.accounts);

/** Scoped roles; who may grant which role where is decided in policy.ts (see role-scope.ts). */
@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @Query(() => RoleGrantPage, { description: "Role grants, latest first (an AMAP admin sees those within the AMAP)." })
  roleGrants(
    @Arg("filter", () => RoleGrantFilter, {
      nullable: true,
      description: "Which role grants to list (omit for all the caller may see).",
    })
    filter: RoleGrantFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return grants(ctx).list(filter, page);
  }

  @Mutation(() => RoleGrant, {
    description:
      "Grants a role to a person who has an account (audited). Nobody grants himself a role. A network admin's grant of a role that reads an AMAP's members' data (AMAP admin, a farmer's reach into the AMAP) is pending until the AMAP's admins accept it.",
  })
  grantRole(
    @Arg("input", () => GrantRoleInput, { description: "The person, the role and its scope." }) input: GrantRoleInput,
    @Ctx() ctx: MemberContext,
  ) {
    return grants(ctx).grant(input, actorId(ctx.identity), scopeOf(ctx));
  }

  @Mutation(() => RoleGrant, {
    description:
      "Accepts a pending grant proposed by a network admin (the AMAP's admins, never its holder; audited): the role is held from the holder's next request.",
  })
  acceptRoleGrant(
    @Arg("input", () => AcceptRoleGrantInput, { description: "The pending grant to accept." })
    input: AcceptRoleGrantInput,
    @Ctx() ctx: MemberContext,
  ) {
    return grants(ctx).accept(input.id, actorId(ctx.identity));
  }

  @Mutation(() => RoleGrant, {
    description:
      "Revokes a role grant, or declines or withdraws a pending one (audited; the grant is kept, marked revoked).",
  })
  revokeRole(
    @Arg("input", () => RevokeRoleInput, { description: "The grant to revoke." }) input: RevokeRoleInput,
    @Ctx() ctx: MemberContext,
  ) {
    return grants(ctx).revoke(input.id, actorId(ctx.identity));
  }

  @FieldResolver(() => Account, { nullable: true, description: "The person holding the role." })
  person(@Root() g: RoleGrant, @Ctx() ctx: MemberContext) {
    return ctx.ds.getRepository(Account).findOne({ where: { id: g.personId } });
  }
}
