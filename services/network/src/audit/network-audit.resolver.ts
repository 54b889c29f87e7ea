import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { findPage, PageArgs, PageOf } from "@champ-commun/kit";
import { NetworkAuditEntry } from "./network-audit-entry.entity";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A page of a network's audit entries." })
export class NetworkAuditEntryPage extends PageOf(NetworkAuditEntry) {}

@InputType({ description: "Which network's audit trail, and optionally which record." })
export class NetworkAuditFilter {
  @Field(() => ID, { description: "The network." }) networkId: string;
  @Field(() => String, {
    nullable: true,
    description: "Kind of record (`NetworkMembership`, `NetworkShareRemittance`).",
  })
  entity?: string;
  @Field(() => ID, { nullable: true, description: "One record." }) entityId?: string;
}

@Resolver(() => NetworkAuditEntry)
export class NetworkAuditEntryResolver {
  @Query(() => NetworkAuditEntryPage, {
    description:
      "The audit trail of a network's money records (memberships, remittances), latest first: for its admins.",
  })
  networkAuditEntries(
    @Arg("filter", () => NetworkAuditFilter, { description: "Which network audit entries to list." })
    filter: NetworkAuditFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: NetworkContext,
  ) {
    const where: Record<string, unknown> = { networkId: filter.networkId };
    if (filter.entity) where.entity = filter.entity;
    if (filter.entityId) where.entityId = filter.entityId;
    return findPage(ctx.ds.getRepository(NetworkAuditEntry), where, page, ["at"], { at: "DESC", id: "DESC" });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The record before the change, as JSON; null on creation.",
  })
  before(@Root() e: NetworkAuditEntry): string | null {
    return e.before ? JSON.stringify(e.before) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The record after the change, as JSON; null on creation's before.",
  })
  after(@Root() e: NetworkAuditEntry): string | null {
    return e.after ? JSON.stringify(e.after) : null;
  }
}
