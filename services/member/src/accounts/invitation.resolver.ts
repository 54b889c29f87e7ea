import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { actorId } from "../audit/audit";
import { InvitationService } from "./invitation.service";
import { Invitation, InviteAmapMembersInput, InviteHouseholdInput, InviteToRoleInput } from "./types";
import type { MemberContext } from "../context";

@Resolver(() => Invitation)
export class InvitationResolver {
  @Mutation(() => Invitation, {
    description:
      "Invites a person into a household of an AMAP (new or existing) by e-mail: a link to choose a password, valid 7 days.",
  })
  inviteHousehold(
    @Arg("input", () => InviteHouseholdInput, { description: "The AMAP, the household and the person invited." })
    input: InviteHouseholdInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new InvitationService(ctx.ds.manager, ctx.accounts).invite(input, actorId(ctx.identity), ctx.lang);
  }

  @Mutation(() => Invitation, {
    description:
      "Invites a person by e-mail to a role: référent or farmer (an AMAP admin for their AMAP's templates; a network admin for a farm), AMAP admin, network admin. The link lets them choose a password; someone who already has an account just gets the role.",
  })
  inviteToRole(
    @Arg("input", () => InviteToRoleInput, { description: "The person invited and the role." })
    input: InviteToRoleInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new InvitationService(ctx.ds.manager, ctx.accounts).inviteToRole(input, actorId(ctx.identity), ctx.lang);
  }

  @Mutation(() => [Invitation], {
    description:
      "Invites every person of an AMAP's households who has an e-mail address and no account yet (after an import of the member list).",
  })
  inviteAmapMembers(
    @Arg("input", () => InviteAmapMembersInput, { description: "The AMAP." }) input: InviteAmapMembersInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new InvitationService(ctx.ds.manager, ctx.accounts).inviteMembers(
      input.amapId,
      actorId(ctx.identity),
      ctx.lang,
    );
  }
}
