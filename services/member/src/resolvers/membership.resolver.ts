import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Installment } from "../entities/installment.entity";
import { NetworkShareFigures } from "../entities/balance.types";
import { ruleOpts } from "./rule-options";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Membership } from "../entities/membership.entity";
import { Household } from "../entities/household.entity";
import { CreateMembershipInput, MembershipFilter, UpdateMembershipInput } from "../inputs/membership.input";
import { MembershipService } from "../services/membership.service";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of memberships." })
export class MembershipPage extends PageOf(Membership) {}

const service = (ctx: MemberContext) => new MembershipService(ctx.ds.manager, ctx.amap, ruleOpts(ctx).actorId);

@Resolver(() => Membership)
export class MembershipResolver {
  @Query(() => Membership, { nullable: true, description: "One membership, or null." })
  membership(@Arg("id", () => ID, { description: "Id of the membership." }) id: string, @Ctx() ctx: MemberContext) {
    return new MembershipService(ctx.ds.manager).get(id).catch(() => null);
  }

  @Query(() => MembershipPage, { description: "Memberships, filtered and paginated." })
  memberships(
    @Arg("filter", () => MembershipFilter, {
      nullable: true,
      description: "Which memberships to list (omit for all the caller may see).",
    })
    filter: MembershipFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return new MembershipService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Membership, {
    description:
      "Records a household's membership for a period: the fee is checked against the period (fixed, or free above the minimum) and gets one installment to pay it.",
  })
  createMembership(
    @Arg("input", () => CreateMembershipInput, { description: "The household, the period and the fee." })
    input: CreateMembershipInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).create(input);
  }

  @Mutation(() => Membership, {
    description:
      "Changes a pending membership's fee, or cancels it; payments are recorded on its installment (markInstallmentsReceived).",
  })
  updateMembership(
    @Arg("input", () => UpdateMembershipInput, { description: "The membership and its changes." })
    input: UpdateMembershipInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { id, ...changes } = input;
    return service(ctx).update(id, changes);
  }

  @Query(() => NetworkShareFigures, {
    description:
      "What an AMAP owes its network for a membership period: Σ network shares of paid memberships (remittances are recorded in the network subgraph).",
  })
  async networkShareDue(
    @Arg("amapId", () => ID, { description: "The AMAP paying the share to its network." }) amapId: string,
    @Arg("periodId", () => ID, { description: "The membership period (season) the share is computed for." })
    periodId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return (await new MembershipService(ctx.ds.manager).networkShares(amapId, periodId))[0];
  }

  @Query(() => [NetworkShareFigures], {
    description: "Membership figures and network shares due of an AMAP, per membership period.",
  })
  networkShareFigures(
    @Arg("amapId", () => ID, { description: "The AMAP whose figures are read, one per membership period." })
    amapId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return new MembershipService(ctx.ds.manager).networkShares(amapId);
  }

  @FieldResolver(() => [Installment], {
    description: "The installments paying the fee (corrections included), by rank.",
  })
  installments(@Root() m: Membership, @Ctx() ctx: MemberContext) {
    return ctx.loaders.installmentsByMembership.load(m.id);
  }

  @FieldResolver(() => Household, { description: "The household." })
  household(@Root() m: Membership, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(m.householdId);
  }
}
