import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "@champ-commun/kit";
import { AmapRef, ContractTemplateRef, DistributionRef, SignOffLine } from "../entities/federation.types";
import { Subscription } from "../entities/subscription.entity";
import { HouseholdFilter } from "../inputs/household.input";
import { HouseholdPage } from "./household.resolver";
import type { MemberContext } from "../context";

/** Fields the member subgraph adds to types of other subgraphs; each goes through a DataLoader. */
@Resolver(() => AmapRef)
export class AmapHouseholdsResolver {
  @FieldResolver(() => HouseholdPage, { description: "The AMAP's households, filtered and paginated." })
  households(
    @Root() amap: AmapRef,
    @Arg("filter", () => HouseholdFilter, {
      nullable: true,
      description: "Which of the AMAP's households to list (omit for all).",
    })
    filter: HouseholdFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return ctx.loaders.householdPages.load({
      amapId: amap.id,
      filter,
      page: { sort: page.sort, page: page.page, perPage: page.perPage },
    });
  }
}

@Resolver(() => ContractTemplateRef)
export class ContractTemplateSubscriptionsResolver {
  @FieldResolver(() => [Subscription], {
    description: "Every subscription to the template (drafts and terminated ones included), oldest first.",
  })
  subscriptions(@Root() t: ContractTemplateRef, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscriptionsByTemplate.load(t.id);
  }
}

@Resolver(() => DistributionRef)
export class DistributionSignOffResolver {
  @FieldResolver(() => [SignOffLine], {
    description:
      "The sign-off sheet (feuille d'émargement): one line per household (or intermittent taking a basket), by name, with all it collects that day: alternating baskets resolved, co-subscribers named, absences, postponements, basket handovers and amendments (moves, cancellations) applied.",
  })
  async signOffSheet(@Root() d: DistributionRef, @Ctx() ctx: MemberContext) {
    return (await ctx.loaders.signOffSheet.load(d.id)).lines;
  }
}
