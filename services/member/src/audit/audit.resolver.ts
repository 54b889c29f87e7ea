import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { findPage, isUuid, PageArgs, PageOf } from "@champ-commun/kit";
import { AuditEntry } from "./audit-entry.entity";
import { AuditFilter } from "../accounts/types";
import type { MemberContext } from "../context";

@ObjectType({ description: "A page of audit entries." })
export class AuditEntryPage extends PageOf(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Query(() => AuditEntryPage, {
    description: "The audit trail of an AMAP (roles, money records), latest first: for its admins.",
  })
  auditEntries(
    @Arg("filter", () => AuditFilter, { description: "Which audit entries to list." }) filter: AuditFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    const where: Record<string, unknown> = { amapId: filter.amapId };
    if (filter.entity) where.entity = filter.entity;
    if (filter.entityId) where.entityId = filter.entityId;
    // Latest first; ids are time-ordered, so they break ties within a second (MariaDB DATETIME).
    return findPage(ctx.ds.getRepository(AuditEntry), where, page, ["at"], { at: "DESC", id: "DESC" });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Who made the change, by name (first and last name of the person); null for the system, an API token or someone unknown.",
  })
  async actorName(@Root() e: AuditEntry, @Ctx() ctx: MemberContext): Promise<string | null> {
    if (!e.actorId || !isUuid(e.actorId)) return null;
    const a = await ctx.loaders.account.load(e.actorId);
    return a ? [a.firstName, a.lastName].filter(Boolean).join(" ") || a.email : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The household the changed record belongs to, by name; null when it concerns none.",
  })
  async householdName(@Root() e: AuditEntry, @Ctx() ctx: MemberContext): Promise<string | null> {
    const id = (e.after?.householdId ?? e.before?.householdId ?? (e.entity === "Household" ? e.entityId : null)) as
      string | null;
    if (typeof id !== "string" || !isUuid(id)) return null;
    return (await ctx.loaders.household.load(id))?.displayName ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The record before the change, as JSON; null on creation.",
  })
  before(@Root() e: AuditEntry): string | null {
    return e.before ? JSON.stringify(e.before) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The record after the change, as JSON; null on deletion.",
  })
  after(@Root() e: AuditEntry): string | null {
    return e.after ? JSON.stringify(e.after) : null;
  }
}
