import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Installment } from "../entities/installment.entity";
import { Household } from "../entities/household.entity";
import { Subscription } from "../entities/subscription.entity";
import { InstallmentFilter } from "../inputs/installment.input";
import { InstallmentService } from "../services/installment.service";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of installments." })
export class InstallmentPage extends PageOf(Installment) {}

@Resolver(() => Installment)
export class InstallmentResolver {
  @Query(() => InstallmentPage, {
    description: "Installments (payment schedule), filtered and paginated, by due date.",
  })
  installments(
    @Arg("filter", () => InstallmentFilter, {
      nullable: true,
      description: "Which installments to list (omit for all the caller may see).",
    })
    filter: InstallmentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return new InstallmentService(ctx.ds.manager).list(filter, page);
  }

  @FieldResolver(() => Household, { description: "The paying household." })
  household(@Root() i: Installment, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(i.householdId);
  }

  @FieldResolver(() => Subscription, { nullable: true, description: "The subscription it pays, if any." })
  subscription(@Root() i: Installment, @Ctx() ctx: MemberContext) {
    return i.subscriptionId ? ctx.loaders.subscription.load(i.subscriptionId) : null;
  }
}
