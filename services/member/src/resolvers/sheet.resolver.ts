import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { DateScalar, exportView } from "@champ-commun/kit";
import { DistributionRef } from "../entities/federation.types";
import { FarmerRecap, RecapHousehold } from "../entities/recap.types";
import { Household } from "../entities/household.entity";
import { FarmerRecapService, RecapData } from "../services/farmer-recap.service";
import {
  farmerRecapCsv,
  farmerRecapHtml,
  SheetExport,
  SheetHeader,
  signOffSheetCsv,
  signOffSheetHtml,
} from "../services/sheet-export";
import { amapNames } from "../services/amap-names.client";
import type { MemberContext } from "../context";

/**
 * The sheet as `signOffSheet` shows it to the caller (policy.visibility.ts, `exports`): the files
 * never show more; with the AMAP, time and place every printed page repeats.
 */
async function sheetExport(ctx: MemberContext, info: GraphQLResolveInfo, d: DistributionRef): Promise<SheetExport> {
  const [{ date, lines }, header] = await Promise.all([ctx.loaders.signOffSheet.load(d.id), sheetHeader(ctx, d.id)]);
  return { date, rows: await exportView(info, ctx, d, lines), header };
}

/** The AMAP, time and place every printed page repeats; a sheet still prints when another subgraph does not answer. */
async function sheetHeader(ctx: MemberContext, distributionId: string): Promise<SheetHeader> {
  const d = await ctx.amap.distribution(distributionId).catch(() => null);
  if (!d) return {};
  const place = (d.status === "moved" && d.movedToPlace) || d.place;
  const names = await amapNames([d.amapId], ctx.forwardHeaders);
  return {
    amapName: names.get(d.amapId) ?? null,
    placeName: place?.name ?? null,
    placeAddress: [place?.address, place?.city].filter(Boolean).join(", ") || null,
    startTime: d.startTime,
    endTime: d.endTime ?? null,
  };
}

/** The sign-off sheet as files: CSV for spreadsheets, HTML to print (A4). */
@Resolver(() => DistributionRef)
export class DistributionSheetExportResolver {
  @FieldResolver(() => String, {
    description:
      "The sign-off sheet as CSV (`;` separated, UTF-8 with BOM): one row per item, households by name; the lines the caller sees on `signOffSheet`, no more.",
  })
  async signOffSheetCsv(@Root() d: DistributionRef, @Ctx() ctx: MemberContext, @Info() info: GraphQLResolveInfo) {
    return signOffSheetCsv(await sheetExport(ctx, info, d), ctx.lang);
  }

  @FieldResolver(() => String, {
    description:
      "The sign-off sheet as a printable HTML page (A4, a signature column; print it to PDF from the browser): the lines the caller sees on `signOffSheet`, no more.",
  })
  async signOffSheetHtml(@Root() d: DistributionRef, @Ctx() ctx: MemberContext, @Info() info: GraphQLResolveInfo) {
    return signOffSheetHtml(await sheetExport(ctx, info, d), ctx.lang);
  }
}

/** The recap as `farmerRecap` shows it to the caller. */
async function recapExport(
  ctx: MemberContext,
  info: GraphQLResolveInfo,
  args: ReturnType<typeof recapArgs>,
): Promise<RecapData> {
  return exportView(info, ctx, undefined, await new FarmerRecapService(ctx.ds.manager, ctx.amap).recap(...args));
}

const recapArgs = (farmId: string, distributionId?: string, from?: string, to?: string) =>
  [farmId, distributionId ?? null, from ?? null, to ?? null] as const;

@Resolver(() => FarmerRecap)
export class FarmerRecapResolver {
  @Query(() => FarmerRecap, {
    description:
      "The farmer recap (récapitulatif paysan) of one distribution, or of a season (`from`–`to`), across every AMAP the farm supplies.",
  })
  farmerRecap(
    @Arg("farmId", () => ID, { description: "The farm." }) farmId: string,
    @Arg("distributionId", () => ID, {
      nullable: true,
      description: "One distribution (omit and give from and to for a season).",
    })
    distributionId: string | undefined,
    @Arg("from", () => DateScalar, { nullable: true, description: "First day of the season." })
    from: string | undefined,
    @Arg("to", () => DateScalar, { nullable: true, description: "Last day of the season." }) to: string | undefined,
    @Ctx() ctx: MemberContext,
  ) {
    return new FarmerRecapService(ctx.ds.manager, ctx.amap).recap(...recapArgs(farmId, distributionId, from, to));
  }

  @Query(() => String, { description: "The farmer recap as CSV (`;` separated, UTF-8 with BOM)." })
  async farmerRecapCsv(
    @Arg("farmId", () => ID, { description: "The farm." }) farmId: string,
    @Arg("distributionId", () => ID, {
      nullable: true,
      description: "One distribution (omit and give from and to for a season).",
    })
    distributionId: string | undefined,
    @Arg("from", () => DateScalar, {
      nullable: true,
      description: "First day of the season (YYYY-MM-DD, the AMAP's calendar date).",
    })
    from: string | undefined,
    @Arg("to", () => DateScalar, {
      nullable: true,
      description: "Last day of the season (YYYY-MM-DD, the AMAP's calendar date).",
    })
    to: string | undefined,
    @Ctx() ctx: MemberContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const recap = await recapExport(ctx, info, recapArgs(farmId, distributionId, from, to));
    return farmerRecapCsv(
      recap,
      ctx.lang,
      await amapNames(
        recap.amaps.map((a) => a.amapId),
        ctx.forwardHeaders,
      ),
    );
  }

  @Query(() => String, {
    description: "The farmer recap as a printable HTML page (A4); print it to PDF from the browser.",
  })
  async farmerRecapHtml(
    @Arg("farmId", () => ID, { description: "The farm." }) farmId: string,
    @Arg("distributionId", () => ID, {
      nullable: true,
      description: "One distribution (omit and give from and to for a season).",
    })
    distributionId: string | undefined,
    @Arg("from", () => DateScalar, {
      nullable: true,
      description: "First day of the season (YYYY-MM-DD, the AMAP's calendar date).",
    })
    from: string | undefined,
    @Arg("to", () => DateScalar, {
      nullable: true,
      description: "Last day of the season (YYYY-MM-DD, the AMAP's calendar date).",
    })
    to: string | undefined,
    @Ctx() ctx: MemberContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const recap = await recapExport(ctx, info, recapArgs(farmId, distributionId, from, to));
    return farmerRecapHtml(
      recap,
      ctx.lang,
      await amapNames(
        recap.amaps.map((a) => a.amapId),
        ctx.forwardHeaders,
      ),
    );
  }
}

@Resolver(() => RecapHousehold)
export class RecapHouseholdResolver {
  @FieldResolver(() => Household, { nullable: true, description: "The household; null for an intermittent." })
  household(@Root() h: RecapHousehold, @Ctx() ctx: MemberContext) {
    return h.householdId ? ctx.loaders.household.load(h.householdId) : null;
  }
}
