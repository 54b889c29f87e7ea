import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "@champ-commun/kit";
import { DutyRole } from "../entities/duty-role.entity";
import { DutyRules } from "../entities/duty-rules.entity";
import { Amap } from "../entities/references";
import { CreateDutyRoleInput, DutyRoleFilter, UpdateDutyRoleInput, UpdateDutyRulesInput } from "../inputs/duty.input";
import { DutyRoleService } from "../services/duty-role.service";
import { DutyRulesService } from "../services/duty-rules.service";
import type { AmapContext } from "../context";

@ObjectType({ description: "A page of duty roles." })
export class DutyRolePage extends PageOf(DutyRole) {}

@Resolver(() => DutyRole)
export class DutyRoleResolver {
  @Query(() => DutyRole, { nullable: true, description: "One duty role, or null." })
  dutyRole(@Arg("id", () => ID, { description: "Id of the duty role." }) id: string, @Ctx() ctx: AmapContext) {
    return ctx.loaders.dutyRole.load(id);
  }

  @Query(() => DutyRolePage, { description: "Duty roles, filtered and paginated (roster order by default)." })
  dutyRoles(
    @Arg("filter", () => DutyRoleFilter, {
      nullable: true,
      description: "Which duty roles to list (omit for all the caller may see).",
    })
    filter: DutyRoleFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyRoleService(ctx.ds.manager).list(filter, page);
  }

  @Query(() => DutyRules, { description: "The duty sign-up rules of an AMAP (the defaults until it sets them)." })
  dutyRules(
    @Arg("amapId", () => ID, { description: "The AMAP whose duty rules are read." }) amapId: string,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyRulesService(ctx.ds.manager).get(amapId);
  }

  @Mutation(() => DutyRole, { description: "Adds a role to an AMAP's duty roster." })
  createDutyRole(@Arg("input", () => CreateDutyRoleInput) input: CreateDutyRoleInput, @Ctx() ctx: AmapContext) {
    return new DutyRoleService(ctx.ds.manager).create(input);
  }

  @Mutation(() => DutyRole, { description: "Changes a duty role (name, description, default seats, order, active)." })
  updateDutyRole(
    @Arg("input", () => UpdateDutyRoleInput, { description: "The role and the fields to change." })
    input: UpdateDutyRoleInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyRoleService(ctx.ds.manager).update(input.id, input);
  }

  @Mutation(() => DutyRules, { description: "Sets an AMAP's duty sign-up rules." })
  updateDutyRules(
    @Arg("input", () => UpdateDutyRulesInput, { description: "The AMAP and the rules to change." })
    input: UpdateDutyRulesInput,
    @Ctx() ctx: AmapContext,
  ) {
    return new DutyRulesService(ctx.ds.manager).update(input.amapId, input);
  }

  @FieldResolver(() => Amap, { nullable: true, description: "The AMAP (network subgraph)." })
  amap(@Root() r: DutyRole): Amap {
    return { id: r.amapId };
  }
}
