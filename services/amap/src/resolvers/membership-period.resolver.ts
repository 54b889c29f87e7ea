import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { MembershipPeriod } from "../entities/membership-period.entity";
import { Amap } from "../entities/references";
import {
  CreateMembershipPeriodInput,
  MembershipPeriodFilter,
  UpdateMembershipPeriodInput,
} from "../inputs/membership-period.input";
import { MembershipPeriodService } from "../services/membership-period.service";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of membership periods." })
export class MembershipPeriodPage extends PageOf(MembershipPeriod) {}

@Resolver(() => MembershipPeriod)
export class MembershipPeriodResolver {
  @Query(() => MembershipPeriod, { nullable: true, description: "One membership period, or null." })
  membershipPeriod(
    @Arg("id", () => ID, { description: "Id of the membership period." }) id: string,
    @Ctx() ctx: AmapContext,
  ) {
    return ctx.loaders.membershipPeriod.load(id);
  }

  @Query(() => MembershipPeriodPage, {
    description: "Membership periods, filtered and paginated (latest first by default).",
  })
  membershipPeriods(
    @Arg("filter", () => MembershipPeriodFilter, {
      nullable: true,
      description: "Which membership periods to list (omit for all the caller may see).",
    })
    filter: MembershipPeriodFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return new MembershipPeriodService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => MembershipPeriod, { description: "Opens a membership period (campaign) for an AMAP." })
  createMembershipPeriod(
    @Arg("input", () => CreateMembershipPeriodInput) input: CreateMembershipPeriodInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new MembershipPeriodService(ctx.ds.manager).create(input);
  }

  @Mutation(() => MembershipPeriod, { description: "Changes a membership period." })
  updateMembershipPeriod(
    @Arg("input", () => UpdateMembershipPeriodInput, { description: "The period and the fields to change." })
    input: UpdateMembershipPeriodInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new MembershipPeriodService(ctx.ds.manager).update(input.id, input);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() p: MembershipPeriod): Amap {
    return { id: p.amapId };
  }
}
