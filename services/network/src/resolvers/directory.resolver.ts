import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { exportView } from "@champ-commun/kit";
import { Directory } from "../types/directory.type";
import { DirectoryService } from "../services/directory.service";
import { directoryCsv, directoryGeoJson } from "../services/directory-export";
import type { NetworkContext } from "../context";

@Resolver(() => Directory)
export class DirectoryResolver {
  @Query(() => Directory, { description: "Public directory feed of a network for partner sites: active and in-creation AMAPs and farms, public fields only." })
  directory(
    @Arg("networkId", () => ID, { description: "The network publishing the directory." }) networkId: string,
    @Arg("includeSubNetworks", () => Boolean, { defaultValue: true, description: "Include the sub-networks' AMAPs and farms." }) includeSubNetworks: boolean,
    @Ctx() ctx: NetworkContext,
  ) {
    return new DirectoryService(ctx.ds.manager).build(networkId, includeSubNetworks);
  }

  @FieldResolver(() => String, { description: "The directory as a GeoJSON FeatureCollection of points (entries without coordinates left out)." })
  async geojson(@Root() d: Directory, @Ctx() ctx: NetworkContext, @Info() info: GraphQLResolveInfo): Promise<string> {
    return directoryGeoJson(await exportView(info, ctx, undefined, d));
  }

  @FieldResolver(() => String, { description: "The directory as CSV for spreadsheets: `;`-separated, UTF-8 with BOM, French header." })
  async csv(@Root() d: Directory, @Ctx() ctx: NetworkContext, @Info() info: GraphQLResolveInfo): Promise<string> {
    return directoryCsv(await exportView(info, ctx, undefined, d));
  }
}
