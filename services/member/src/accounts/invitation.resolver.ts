import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { actorId } from "../audit/audit";
import { InvitationService } from "./invitation.service";
import { Invitation, InviteHouseholdInput } from "./types";
import type { MemberContext } from "../context";

@Resolver(() => Invitation)
export class InvitationResolver {
  @Mutation(() => Invitation, { description: "Invites a person into a household of an AMAP (new or existing) by e-mail: a link to choose a password, valid 7 days." })
  inviteHousehold(@Arg("input", () => InviteHouseholdInput) input: InviteHouseholdInput, @Ctx() ctx: MemberContext) {
    return new InvitationService(ctx.ds.manager, ctx.accounts).invite(input, actorId(ctx.identity), ctx.lang);
  }
}
