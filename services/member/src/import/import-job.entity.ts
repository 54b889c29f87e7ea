import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ColumnMapping } from "./import-presets";
import type { ImportOptions } from "./import-plan";

export enum ImportStatus {
  uploaded = "uploaded",
  checking = "checking",
  checked = "checked",
  importing = "importing",
  done = "done",
  failed = "failed",
}
registerEnumType(ImportStatus, {
  name: "ImportStatus",
  description:
    "uploaded (read; its columns wait for their mapping) → checking (dry run) → checked (report ready, nothing written) → importing → done; or failed.",
  valuesConfig: {
    uploaded: { description: "File read; its columns wait for their mapping." },
    checking: { description: "Dry run under way." },
    checked: { description: "Report ready; nothing written yet." },
    importing: { description: "Writing the records." },
    done: { description: "Imported." },
    failed: { description: "Failed (see the report)." },
  },
});

/** What an import did or would do, household by household. */
export interface ImportReportData {
  rows: number;
  refusedRows: number;
  households: { created: number; updated: number; unchanged: number; refused: number };
  people: number;
  memberships: number;
  subscriptions: number;
}

/**
 * One import of a file into an AMAP: its rows are staged (ImportRow) until it is done, checked by
 * a dry run with the API's rules, and written only once the treasurer confirms.
 */
@Entity("import_job")
@Index(["amapId", "createdAt"])
@ObjectType({
  description:
    "An import of a CSV or XLSX file (households and people, memberships, subscriptions) into an AMAP: dry run first, then, once confirmed, written batch by batch.",
})
export class ImportJob {
  @PrimaryColumn({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the import (UUID)." })
  id: string;

  @Column({ type: "varchar", length: 36 })
  @Field(() => ID, { description: "Id of the AMAP imported into." })
  amapId: string;

  @Column({ type: "varchar", length: 80 })
  @Field(() => String, { description: "Who uploaded the file (person id)." })
  createdBy: string;

  @Column({ type: "varchar", length: 200 })
  @Field(() => String, { description: "Name of the uploaded file." })
  fileName: string;

  @Column({ type: "varchar", length: 10 })
  @Field(() => String, { description: "Format of the file: csv or xlsx." })
  format: string;

  @Column({ type: "varchar", length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: "The sheet read, for a workbook." })
  sheetName: string | null;

  @Column({ type: "simple-enum", enum: ImportStatus, default: ImportStatus.uploaded })
  @Field(() => ImportStatus, { description: "Where the import stands." })
  status: ImportStatus;

  @Column({ type: "simple-json" })
  @Field(() => [String], { description: "The file's column headers, in order." })
  columns: string[];

  @Column({ type: "simple-json", nullable: true })
  mapping: ColumnMapping[] | null;

  @Column({ type: "simple-json", nullable: true })
  options: ImportOptions | null;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, { description: "Rows of the file (under its header)." })
  totalRows: number;

  @Column({ type: "int", default: 0 })
  @Field(() => Int, {
    description: "Rows checked or imported so far by the running step: progress is processedRows / totalRows.",
  })
  processedRows: number;

  @Column({ type: "simple-json", nullable: true })
  report: ImportReportData | null;

  @Column({ type: "varchar", length: 1000, default: "" })
  @Field(() => String, { description: "Why the import failed, when it did; empty otherwise." })
  failure: string;

  @CreateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the file was uploaded (UTC)." })
  createdAt: Date;

  @UpdateDateColumn({ type: "datetime" })
  @Field(() => Date, { description: "When the import last changed (UTC)." })
  updatedAt: Date;

  @Column({ type: "datetime", nullable: true })
  @Field(() => Date, { nullable: true, description: "When the last step (dry run or import) ended (UTC)." })
  finishedAt: Date | null;
}
