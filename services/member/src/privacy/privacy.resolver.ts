import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { actorId } from "../audit/audit";
import { ErasureRequest } from "./erasure-request.entity";
import { ErasureService } from "./erasure.service";
import { HouseholdExportService } from "./household-export.service";
import {
  CancelDataErasureInput,
  ConfirmDataErasureInput,
  DataFile,
  ErasureRequestFilter,
  ErasureRequestPage,
  FileEncoding,
  RequestDataErasureInput,
} from "./privacy.types";
import DataLoader from "dataloader";
import { In } from "typeorm";
import { ErasureStatus } from "./erasure-request.entity";
import type { MemberContext } from "../context";

/** Pending requests of a page of households: one query per request. */
const pendingLoaders = new WeakMap<MemberContext, DataLoader<string, ErasureRequest | null>>();
function pendingOf(ctx: MemberContext): DataLoader<string, ErasureRequest | null> {
  let loader = pendingLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.ds
        .getRepository(ErasureRequest)
        .find({ where: { householdId: In([...ids]), status: ErasureStatus.requested } });
      const by = new Map(rows.map((r) => [r.householdId, r]));
      return ids.map((id) => by.get(id) ?? null);
    });
    pendingLoaders.set(ctx, loader);
  }
  return loader;
}

const now = (ctx: MemberContext) => (ctx.now ? ctx.now() : new Date());

@Resolver(() => ErasureRequest)
export class PrivacyResolver {
  @Query(() => DataFile, {
    description:
      "A household's data export: every record that names the household or one of its people (memberships, subscriptions and grids, installments, amendments, co-subscriptions, absences, postponements, baskets, duty sign-ups, accounts and roles, audit entries), as one JSON file.",
  })
  async householdDataExport(
    @Arg("householdId", () => ID, { description: "The household." }) householdId: string,
    @Ctx() ctx: MemberContext,
  ): Promise<DataFile> {
    const data = await new HouseholdExportService(ctx.ds.manager).build(householdId, now(ctx));
    const content = JSON.stringify(data, null, 2);
    return {
      fileName: `mes-donnees-${data.exportedAt.slice(0, 10)}.json`,
      mediaType: "application/json",
      encoding: FileEncoding.utf8,
      content,
      byteSize: Buffer.byteLength(content),
    };
  }

  @Query(() => ErasureRequestPage, {
    description: "An AMAP's erasure requests, latest first: for its admins, who confirm them.",
  })
  erasureRequests(
    @Arg("filter", () => ErasureRequestFilter, { description: "Which erasure requests to list." })
    filter: ErasureRequestFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return new ErasureService(ctx.ds.manager, actorId(ctx.identity)).list(filter, page);
  }

  @FieldResolver(() => Household, { nullable: true, description: "The household (its anonymous name once erased)." })
  household(@Root() r: ErasureRequest, @Ctx() ctx: MemberContext) {
    return ctx.loaders.household.load(r.householdId);
  }

  @Mutation(() => ErasureRequest, {
    description:
      "A household asks for its identity to be erased; it runs when an AMAP admin confirms, or by itself after a delay (30 days by default). Asking again gives the pending request.",
  })
  requestDataErasure(
    @Arg("input", () => RequestDataErasureInput, { description: "The household whose data is to be erased." })
    input: RequestDataErasureInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new ErasureService(ctx.ds.manager, actorId(ctx.identity)).request(input.householdId, now(ctx));
  }

  @Mutation(() => ErasureRequest, {
    description:
      "An AMAP admin confirms an erasure request: names, e-mails, phones, accounts, sessions and links are erased now; accounting records stay under an anonymous household.",
  })
  confirmDataErasure(
    @Arg("input", () => ConfirmDataErasureInput, { description: "The erasure request to confirm." })
    input: ConfirmDataErasureInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new ErasureService(ctx.ds.manager, actorId(ctx.identity)).confirm(input.id, now(ctx));
  }

  @Mutation(() => ErasureRequest, {
    description: "Cancels a pending erasure request (the household or an AMAP admin).",
  })
  cancelDataErasure(
    @Arg("input", () => CancelDataErasureInput, { description: "The erasure request to cancel." })
    input: CancelDataErasureInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new ErasureService(ctx.ds.manager, actorId(ctx.identity)).cancel(input.id, now(ctx));
  }
}

@Resolver(() => Household)
export class HouseholdErasureResolver {
  @FieldResolver(() => ErasureRequest, {
    nullable: true,
    description: "The household's pending erasure request, if any.",
  })
  pendingErasure(@Root() h: Household, @Ctx() ctx: MemberContext) {
    return pendingOf(ctx).load(h.id);
  }
}

export const privacyResolvers = [PrivacyResolver, HouseholdErasureResolver] as const;
