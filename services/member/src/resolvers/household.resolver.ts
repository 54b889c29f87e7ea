import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { Membership } from "../entities/membership.entity";
import { Subscription } from "../entities/subscription.entity";
import { AmapRef } from "../entities/federation.types";
import {
  AddPersonInput,
  CreateHouseholdInput,
  HouseholdFilter,
  RemovePersonInput,
  UpdateHouseholdInput,
  UpdatePersonInput,
} from "../inputs/household.input";
import { HouseholdService } from "../services/household.service";
import DataLoader from "dataloader";
import { DutyCount } from "../entities/balance.types";
import { DutyService } from "../services/duty.service";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of households." })
export class HouseholdPage extends PageOf(Household) {}

/** Duty counts of a page of households: one query per period asked (per request). */
const dutyCountLoaders = new WeakMap<MemberContext, DataLoader<string, DutyCount>>();
function dutyCounts(ctx: MemberContext): DataLoader<string, DutyCount> {
  let loader = dutyCountLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader<string, DutyCount>(async (keys) => {
      const byPeriod = new Map<string, string[]>();
      for (const k of keys) {
        const [householdId, periodId] = k.split("|");
        byPeriod.set(periodId, [...(byPeriod.get(periodId) ?? []), householdId]);
      }
      const answers = new Map<string, DutyCount | Error>();
      for (const [periodId, ids] of byPeriod)
        for (const [id, c] of await new DutyService(ctx.ds.manager, ctx.amap).counts(ids, periodId))
          answers.set(`${id}|${periodId}`, c);
      return keys.map((k) => answers.get(k)!);
    });
    dutyCountLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => Household, { nullable: true, description: "One household, or null." })
  household(@Arg("id", () => ID, { description: "Id of the household." }) id: string, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(id);
  }

  @Query(() => HouseholdPage, { description: "Households, filtered and paginated." })
  households(
    @Arg("filter", () => HouseholdFilter, {
      nullable: true,
      description: "Which households to list (omit for all the caller may see).",
    })
    filter: HouseholdFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return new HouseholdService(ctx.ds.manager).list(filter, page);
  }

  @Mutation(() => Household, { description: "Records a household with its people." })
  createHousehold(
    @Arg("input", () => CreateHouseholdInput, { description: "The new household and its people." })
    input: CreateHouseholdInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new HouseholdService(ctx.ds.manager).create(input);
  }

  @Mutation(() => Household, { description: "Changes a household's name, status, address or notes." })
  updateHousehold(
    @Arg("input", () => UpdateHouseholdInput, { description: "The household and its changes." })
    input: UpdateHouseholdInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { id, ...changes } = input;
    return new HouseholdService(ctx.ds.manager).update(id, changes);
  }

  @Mutation(() => Person, { description: "Adds a person (co-adhérent) to a household." })
  addPerson(
    @Arg("input", () => AddPersonInput, { description: "The household and the person." }) input: AddPersonInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { householdId, ...person } = input;
    return new HouseholdService(ctx.ds.manager).addPerson(householdId, person);
  }

  @Mutation(() => Person, { description: "Changes a person of a household." })
  updatePerson(
    @Arg("input", () => UpdatePersonInput, { description: "The person and the changes." }) input: UpdatePersonInput,
    @Ctx() ctx: MemberContext,
  ) {
    const { id, ...changes } = input;
    return new HouseholdService(ctx.ds.manager).updatePerson(id, changes);
  }

  @Mutation(() => Boolean, { description: "Removes a person from a household (a household keeps at least one)." })
  removePerson(
    @Arg("input", () => RemovePersonInput, { description: "The person to remove." }) input: RemovePersonInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new HouseholdService(ctx.ds.manager).removePerson(input.id);
  }

  @FieldResolver(() => [Person], { description: "The people of the household, primary contact first." })
  people(@Root() h: Household, @Ctx() ctx: MemberContext) {
    return ctx.loaders.peopleByHousehold.load(h.id);
  }

  @FieldResolver(() => [Membership], { description: "The household's memberships, oldest first." })
  memberships(@Root() h: Household, @Ctx() ctx: MemberContext) {
    return ctx.loaders.membershipsByHousehold.load(h.id);
  }

  @FieldResolver(() => [Subscription], { description: "The household's subscriptions, oldest first." })
  subscriptions(@Root() h: Household, @Ctx() ctx: MemberContext) {
    return ctx.loaders.subscriptionsByHousehold.load(h.id);
  }

  @FieldResolver(() => Int, {
    description:
      "What the household still owes, in cents, over its subscriptions and memberships (negative: a credit in its favour).",
  })
  balanceCents(@Root() h: Household, @Ctx() ctx: MemberContext) {
    return ctx.loaders.householdBalance.load(h.id);
  }

  @FieldResolver(() => DutyCount, {
    description: "The household's duty shifts over a membership period, against what the AMAP requires.",
  })
  dutyCount(
    @Root() h: Household,
    @Arg("periodId", () => ID, { description: "The membership period (season) the duties are counted in." })
    periodId: string,
    @Ctx() ctx: MemberContext,
  ) {
    return dutyCounts(ctx).load(`${h.id}|${periodId}`);
  }

  @FieldResolver(() => AmapRef, { nullable: true, description: "The household's AMAP (network subgraph)." })
  amap(@Root() h: Household): AmapRef {
    return { id: h.amapId };
  }
}
