import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from "type-graphql";
import { exportView } from "@champ-commun/kit";
import { Directory } from "../types/directory.type";
import { DirectoryService } from "../services/directory.service";
import { directoryCsv, directoryGeoJson } from "../services/directory-export";
import type { NetworkContext } from "../context";

@ObjectType({ description: "A file the gateway serves over HTTP (internal)." })
@Directive("@inaccessible")
export class NetworkFile {
  @Field(() => String, { description: "Name to save it as." }) filename: string;
  @Field(() => String, { description: "MIME type." }) contentType: string;
  @Field(() => String, { description: "Contents, base64." }) base64: string;
}

const DIRECTORY_FILE = /^\/files\/networks\/([0-9a-f-]{36})\/directory\.(geojson|csv)$/;

@Resolver(() => Directory)
export class DirectoryResolver {
  @Query(() => Directory, {
    description:
      "Public directory feed of a network for partner sites: active and in-creation AMAPs and farms, public fields only.",
  })
  directory(
    @Arg("networkId", () => ID, { description: "The network publishing the directory." }) networkId: string,
    @Arg("includeSubNetworks", () => Boolean, {
      defaultValue: true,
      description: "Include the sub-networks' AMAPs and farms.",
    })
    includeSubNetworks: boolean,
    @Ctx() ctx: NetworkContext,
  ) {
    return new DirectoryService(ctx.ds.manager).build(networkId, includeSubNetworks);
  }

  @Query(() => NetworkFile, {
    nullable: true,
    description:
      "The public directory as a file at a stable URL (internal: the gateway's /files/networks/<id>/directory.geojson and .csv).",
  })
  @Directive("@inaccessible")
  async networkFile(@Arg("path", () => String) path: string, @Ctx() ctx: NetworkContext): Promise<NetworkFile | null> {
    const m = DIRECTORY_FILE.exec(path);
    if (!m) return null;
    const d = await new DirectoryService(ctx.ds.manager).build(m[1], true);
    if (!d) return null;
    const geojson = m[2] === "geojson";
    const body = geojson ? directoryGeoJson(d) : directoryCsv(d);
    return {
      filename: `annuaire.${m[2]}`,
      contentType: geojson ? "application/geo+json; charset=utf-8" : "text/csv; charset=utf-8",
      base64: Buffer.from(body, "utf8").toString("base64"),
    };
  }

  @FieldResolver(() => String, {
    description: "The directory as a GeoJSON FeatureCollection of points (entries without coordinates left out).",
  })
  async geojson(@Root() d: Directory, @Ctx() ctx: NetworkContext, @Info() info: GraphQLResolveInfo): Promise<string> {
    return directoryGeoJson(await exportView(info, ctx, undefined, d));
  }

  @FieldResolver(() => String, {
    description: "The directory as CSV for spreadsheets: `;`-separated, UTF-8 with BOM, French header.",
  })
  async csv(@Root() d: Directory, @Ctx() ctx: NetworkContext, @Info() info: GraphQLResolveInfo): Promise<string> {
    return directoryCsv(await exportView(info, ctx, undefined, d));
  }
}
