import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import type { RowError } from "./import-plan";

/**
 * A row of an imported file, staged until its import ends (then its cells are dropped: they hold
 * names and e-mails), with what the last dry run or import said about it.
 */
@Entity("import_row")
@Index(["jobId", "line"])
export class ImportRow {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  jobId: string;

  /** The AMAP of the job (erasure looks for a person's name in its staged rows). */
  @Column({ type: "varchar", length: 36 })
  amapId: string;

  /** Line number in the file, as a spreadsheet shows it (the header is line 1). */
  @Column({ type: "int" })
  line: number;

  @Column({ type: "simple-json" })
  cells: string[];

  /** Whether its household was refused by the last run. */
  @Column({ type: "boolean", default: false })
  refused: boolean;

  /** The messages placed on this line by the last run. */
  @Column({ type: "simple-json", nullable: true })
  errors: RowError[] | null;
}
