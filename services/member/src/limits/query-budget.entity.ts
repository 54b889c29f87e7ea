import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A caller's spending of query items in the current window (issue 11: cost in items): one row per
 * caller, shared by every gateway replica. The gateway writes it through `spendQueryBudget`.
 */
@Entity("query_budget")
export class QueryBudgetWindow {
  /** The caller: `person:<id>`, `partner:<id>` or `address:<ip>`. */
  @PrimaryColumn({ type: "varchar", length: 120 })
  key: string;

  @Column({ type: "datetime" })
  windowStart: Date;

  @Column({ type: "int" })
  spent: number;
}
