import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "@champ-commun/kit";
import { actorId } from "../audit/audit";
import { ImportJob } from "./import-job.entity";
import { ImportService } from "./import.service";
import { remoteCatalog } from "./import-catalog";
import {
  CheckImportInput,
  ImportColumnMapping,
  ImportErrorPage,
  ImportJobFilter,
  ConfirmImportInput,
  ImportJobPage,
  DeleteImportPresetInput,
  ImportPresetView,
  ImportReport,
  SaveImportPresetInput,
  UploadImportFileInput,
} from "./import.types";
import type { MemberContext } from "../context";

const service = (ctx: MemberContext) =>
  new ImportService(ctx.ds, actorId(ctx.identity), remoteCatalog(ctx.forwardHeaders));

/** « Adresse e-mail invalide. » → « adresse e-mail invalide » (inside a sentence); acronyms kept. */
const inSentence = (s: string) =>
  (/^[A-ZÀ-Ý][a-zà-ÿ]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s).replace(/\.$/, "");

@Resolver(() => ImportJob)
export class ImportResolver {
  @Query(() => ImportJob, { nullable: true, description: "One import, with its progress and report." })
  importJob(@Arg("id", () => ID, { description: "Id of the import job." }) id: string, @Ctx() ctx: MemberContext) {
    return service(ctx).get(id);
  }

  @Query(() => ImportJobPage, { description: "An AMAP's imports, latest first." })
  importJobs(
    @Arg("filter", () => ImportJobFilter, { description: "Which import jobs to list." }) filter: ImportJobFilter,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).list(filter.amapId, page);
  }

  @Query(() => [ImportPresetView], {
    description:
      "Column presets an AMAP may import with: the built-in ones (our layout, AMAPJ, Cagette/CAMAP) and its own.",
  })
  importPresets(@Arg("amapId", () => ID, { description: "The AMAP." }) amapId: string, @Ctx() ctx: MemberContext) {
    return service(ctx).presets(amapId);
  }

  @Mutation(() => ImportJob, {
    description:
      "Uploads a CSV or XLSX file (base64, 8 MiB at most) to import into an AMAP: it is read and its columns get a suggested mapping; nothing of the AMAP is written.",
  })
  uploadImportFile(
    @Arg("input", () => UploadImportFileInput, { description: "The AMAP and the file." }) input: UploadImportFileInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).upload(input);
  }

  @Mutation(() => ImportJob, {
    description:
      "Sets what each column holds and starts the dry run: every row checked with the API's rules, nothing written. Follow `importJob` until it is checked.",
  })
  checkImport(
    @Arg("input", () => CheckImportInput, { description: "The import and the column mapping." })
    input: CheckImportInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).check(input);
  }

  @Mutation(() => ImportJob, {
    description:
      "Confirms a checked import: households, people, memberships and subscriptions are written, one transaction per batch; a refused household leaves nothing. Re-importing the same file changes nothing.",
  })
  confirmImport(
    @Arg("input", () => ConfirmImportInput, { description: "The import to apply." }) input: ConfirmImportInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).confirm(input.jobId);
  }

  @Mutation(() => ImportPresetView, { description: "Saves a column mapping as a preset of the AMAP." })
  saveImportPreset(
    @Arg("input", () => SaveImportPresetInput, { description: "The AMAP, the name and the column mapping." })
    input: SaveImportPresetInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).savePreset(input.amapId, input.name, input.mapping);
  }

  @Mutation(() => Boolean, { description: "Deletes a preset the AMAP saved." })
  deleteImportPreset(
    @Arg("input", () => DeleteImportPresetInput, { description: "The preset to delete." })
    input: DeleteImportPresetInput,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).deletePreset(input.id);
  }

  @FieldResolver(() => [ImportColumnMapping], {
    description: "What each column holds: suggested at upload, set by checkImport.",
  })
  mapping(@Root() job: ImportJob): ImportColumnMapping[] {
    return job.mapping ?? [];
  }

  @FieldResolver(() => ID, { nullable: true, description: "Membership period of rows that name none." })
  periodId(@Root() job: ImportJob): string | null {
    return job.options?.periodId ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "Contract template of rows that name none." })
  templateId(@Root() job: ImportJob): string | null {
    return job.options?.templateId ?? null;
  }

  @FieldResolver(() => ImportReport, {
    nullable: true,
    description: "The report of the last dry run or import; null before the first one ends.",
  })
  report(@Root() job: ImportJob): ImportReport | null {
    return job.report;
  }

  @FieldResolver(() => [[String]], {
    description: "The first rows of the file, as read (to check the mapping); empty once imported.",
  })
  preview(
    @Root() job: ImportJob,
    @Arg("count", () => Int, { defaultValue: 5, description: "How many rows (20 at most)." }) count: number,
    @Ctx() ctx: MemberContext,
  ) {
    return service(ctx).preview(job.id, Math.min(Math.max(count, 0), 20));
  }

  @FieldResolver(() => ImportErrorPage, {
    description: "The messages of the last run, line by line, in the caller's language.",
  })
  async errors(@Root() job: ImportJob, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: MemberContext) {
    const found = await service(ctx).errors(job.id, page);
    const fr = ctx.lang !== "en";
    return {
      total: found.total,
      items: found.items.map((e) => {
        const message = fr ? e.message.fr : e.message.en;
        const where = fr
          ? `ligne ${e.line}${e.column ? `, colonne « ${e.column} »` : ""}`
          : `line ${e.line}${e.column ? `, column "${e.column}"` : ""}`;
        return {
          line: e.line,
          column: e.column,
          message,
          text: `${where} : ${inSentence(message)}`.replace(" : ", fr ? " : " : ": "),
        };
      }),
    };
  }
}
