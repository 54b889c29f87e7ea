import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
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
  geojson(@Root() d: Directory): string {
    return directoryGeoJson(d);
  }

  @FieldResolver(() => String, { description: "The directory as CSV for spreadsheets: `;`-separated, UTF-8 with BOM, French header." })
  csv(@Root() d: Directory): string {
    return directoryCsv(d);
  }
}
