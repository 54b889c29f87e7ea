import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from "type-graphql";
import { amapOwnedEntities, ArchiveRows, badInput, restoreRows, rowsWhere } from "@champ-commun/kit";
import type { AmapContext } from "../context";
import { t } from "../i18n";
import { RestoreAmapActivityArchivePartInput } from "../inputs/archive-part.input";

const INTERNAL =
  "Internal: asked by the member subgraph, which builds (and restores) an AMAP's archive; not part of the public API.";

/**
 * The amap subgraph's part of an AMAP's archive: every row carrying its id (places, calendar and
 * its changes, contract templates with lines, dates and availability, membership periods, duty
 * roster and rules), read through TypeORM's metadata so a new entity is archived without a list.
 */
@Resolver()
export class AmapArchivePartResolver {
  @Query(() => String, { description: `${INTERNAL} The AMAP's records of this subgraph, as JSON rows by entity.` })
  @Directive("@inaccessible")
  async amapActivityArchivePart(
    @Arg("amapId", () => ID, { description: "The AMAP." }) amapId: string,
    @Ctx() ctx: AmapContext,
  ): Promise<string> {
    const rows: ArchiveRows = {};
    for (const meta of amapOwnedEntities(ctx.ds.manager))
      rows[meta.targetName] = await rowsWhere(ctx.ds.manager, meta, "amapId", [amapId]);
    return JSON.stringify(rows);
  }

  @Mutation(() => String, {
    description: `${INTERNAL} Writes back an archived part (JSON rows by entity), keeping ids; returns what was inserted and skipped, as JSON.`,
  })
  @Directive("@inaccessible")
  async restoreAmapActivityArchivePart(
    @Arg("input", () => RestoreAmapActivityArchivePartInput, { description: "The part to write back." })
    { rows }: RestoreAmapActivityArchivePartInput,
    @Ctx() ctx: AmapContext,
  ): Promise<string> {
    let parsed: ArchiveRows;
    try {
      parsed = JSON.parse(rows) as ArchiveRows;
    } catch {
      throw badInput("rows", t("archivePart.unreadableArchivePart"));
    }
    const order = amapOwnedEntities(ctx.ds.manager).map((m) => m.targetName);
    return JSON.stringify(await ctx.ds.manager.transaction((em) => restoreRows(em, parsed, order)));
  }
}
