import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { AmapArchiveService } from "./amap-archive.service";
import { remoteArchiveParts } from "./archive-parts";
import { decodeBase64 } from "../import/import-file";
import { DataFile, FileEncoding } from "../privacy/privacy.types";
import type { MemberContext } from "../context";

@ObjectType({ description: "Rows of one table written back by a restoration." })
export class RestoredTable {
  @Field(() => String, { description: "Which subgraph holds the table: network, amap or member." }) subgraph: string;
  @Field(() => String, { description: "The table (entity name)." }) entity: string;
  @Field(() => Int, { description: "Rows written." }) inserted: number;
  @Field(() => Int, { description: "Rows already there, left as they were." }) skipped: number;
}

@ObjectType({ description: "What restoring an AMAP's archive wrote." })
export class AmapRestoreReport {
  @Field(() => ID, { description: "The AMAP restored." }) amapId: string;
  @Field(() => String, { description: "Its name." }) amapName: string;
  @Field(() => [RestoredTable], { description: "Per table: rows written, rows already there." })
  counts: RestoredTable[];
}

@InputType({ description: "An AMAP's archive (the ZIP Champ Commun made), as base64." })
export class RestoreAmapArchiveInput {
  @Field(() => String, { description: "The ZIP file's bytes, base64-encoded." }) contentBase64: string;
}

@Resolver()
export class AmapArchiveResolver {
  @Query(() => DataFile, {
    description:
      "Everything an AMAP holds in the three subgraphs (places, calendar, contract templates, households, people, memberships, subscriptions and grids, installments, absences, handovers, duty, audit trail) as one ZIP: CSV tables for people, JSON for machines, a manifest with its format version and counts. For the AMAP's admins.",
  })
  async amapArchive(
    @Arg("amapId", () => ID, { description: "The AMAP." }) amapId: string,
    @Ctx() ctx: MemberContext,
  ): Promise<DataFile> {
    const { zip, manifest } = await new AmapArchiveService(
      ctx.ds.manager,
      remoteArchiveParts(ctx.forwardHeaders),
    ).build(amapId, ctx.now ? ctx.now() : new Date());
    const slug =
      manifest.amap.name
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "amap";
    return {
      fileName: `archive-${slug}-${manifest.exportedAt.slice(0, 10)}.zip`,
      mediaType: "application/zip",
      encoding: FileEncoding.base64,
      content: Buffer.from(zip).toString("base64"),
      byteSize: zip.byteLength,
    };
  }

  @Mutation(() => AmapRestoreReport, {
    description:
      "Restores an AMAP's archive into this instance (ids kept; what exists already is left as it is, so restoring twice changes nothing). For super administrators, moving an AMAP to a new instance.",
  })
  restoreAmapArchive(
    @Arg("input", () => RestoreAmapArchiveInput, { description: "The archive to restore." })
    input: RestoreAmapArchiveInput,
    @Ctx() ctx: MemberContext,
  ) {
    return new AmapArchiveService(ctx.ds.manager, remoteArchiveParts(ctx.forwardHeaders)).restore(
      decodeBase64(input.contentBase64),
    );
  }
}
