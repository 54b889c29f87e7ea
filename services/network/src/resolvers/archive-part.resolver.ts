import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "@champ-commun/kit";
import { NetworkArchivePart } from "../services/archive-part.service";
import type { NetworkContext } from "../context";
import { t } from "../i18n";
import { RestoreNetworkArchivePartInput } from "../inputs/archive-part.input";

const INTERNAL =
  "Internal: asked by the member subgraph, which builds (and restores) an AMAP's archive; not part of the public API.";

@Resolver()
export class NetworkArchivePartResolver {
  @Query(() => String, {
    description: `${INTERNAL} The AMAP's records of this subgraph, and what they refer to, as JSON rows by entity.`,
  })
  @Directive("@inaccessible")
  async networkArchivePart(
    @Arg("farmIds", () => [ID], { description: "The farms of the AMAP's contract templates." }) farmIds: string[],
    @Arg("amapId", () => ID, { description: "The AMAP." }) amapId: string,
    @Ctx() ctx: NetworkContext,
  ): Promise<string> {
    return JSON.stringify(await new NetworkArchivePart(ctx.ds.manager).build(amapId, farmIds));
  }

  @Mutation(() => String, {
    description: `${INTERNAL} Writes back an archived part (JSON rows by entity), keeping ids; returns what was inserted and skipped, as JSON.`,
  })
  @Directive("@inaccessible")
  async restoreNetworkArchivePart(
    @Arg("input", () => RestoreNetworkArchivePartInput, { description: "The part to write back." })
    { rows }: RestoreNetworkArchivePartInput,
    @Ctx() ctx: NetworkContext,
  ): Promise<string> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rows);
    } catch {
      throw badInput("rows", t("archivePart.unreadableArchivePart"));
    }
    return JSON.stringify(await new NetworkArchivePart(ctx.ds.manager).restore(parsed as never));
  }
}
