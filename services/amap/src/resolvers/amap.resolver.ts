import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DateScalar } from "@champ-commun/kit";
import { Amap } from "../entities/references";
import { Place } from "../entities/place.entity";
import { Distribution } from "../entities/distribution.entity";
import { ContractTemplate } from "../entities/contract-template.entity";
import { MembershipPeriod } from "../entities/membership-period.entity";
import { DutyRole } from "../entities/duty-role.entity";
import { DutyRules } from "../entities/duty-rules.entity";
import type { AmapContext } from "../context";

/** What the amap subgraph adds to the network subgraph's Amap: its activity. */
@Resolver(() => Amap)
export class AmapResolver {
  @FieldResolver(() => [Place], { description: "The AMAP's distribution places, by name." })
  places(@Root() a: Amap, @Ctx() ctx: AmapContext) {
    return ctx.loaders.placesByAmap.load(a.id);
  }

  @FieldResolver(() => [Distribution], {
    description: "The AMAP's distributions, by date, optionally within a date range.",
  })
  distributions(
    @Root() a: Amap,
    // type-graphql lists arguments last parameter first: `to` is written first so `from` reads first.
    @Arg("to", () => DateScalar, { nullable: true, description: "On or before this date." }) to: string | undefined,
    @Arg("from", () => DateScalar, { nullable: true, description: "On or after this date." }) from: string | undefined,
    @Ctx() ctx: AmapContext,
  ) {
    return ctx.loaders.distributionsByAmap(from, to).load(a.id);
  }

  @FieldResolver(() => [ContractTemplate], { description: "The AMAP's contract templates, latest season first." })
  contractTemplates(@Root() a: Amap, @Ctx() ctx: AmapContext) {
    return ctx.loaders.templatesByAmap.load(a.id);
  }

  @FieldResolver(() => [DutyRole], { description: "The AMAP's duty roles, in roster order." })
  dutyRoles(@Root() a: Amap, @Ctx() ctx: AmapContext) {
    return ctx.loaders.dutyRolesByAmap.load(a.id);
  }

  @FieldResolver(() => DutyRules, { description: "The AMAP's duty sign-up rules (the defaults until it sets them)." })
  dutyRules(@Root() a: Amap, @Ctx() ctx: AmapContext) {
    return ctx.loaders.dutyRules.load(a.id);
  }

  @FieldResolver(() => [MembershipPeriod], { description: "The AMAP's membership periods, latest first." })
  membershipPeriods(@Root() a: Amap, @Ctx() ctx: AmapContext) {
    return ctx.loaders.periodsByAmap.load(a.id);
  }
}
