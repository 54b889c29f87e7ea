import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from "typeorm";
import type { ColumnMapping } from "./import-presets";

/** A column mapping an AMAP saved under a name, to import the same kind of file again. */
@Entity("import_preset")
@Index(["amapId", "name"], { unique: true })
export class ImportPreset {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 36 })
  amapId: string;

  @Column({ type: "varchar", length: 100 })
  name: string;

  @Column({ type: "simple-json" })
  mapping: ColumnMapping[];

  @Column({ type: "varchar", length: 80 })
  createdBy: string;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
