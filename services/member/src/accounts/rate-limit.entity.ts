import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A counter of rate-limiter-flexible (sign-in failures, reset mails), in the database so that
 * every replica of the member subgraph counts the same attempts. Its columns are the library's,
 * in its order (it inserts by position); keys are hashes, never e-mails or addresses in clear.
 */
@Entity("rate_limit")
export class RateLimit {
  @PrimaryColumn({ type: "varchar", length: 255 })
  key: string;

  @Column({ type: "int", default: 0 })
  points: number;

  /** Epoch milliseconds when the counter ends; expired rows are swept by the library. */
  @Column({ type: "bigint", nullable: true })
  expire: number | null;
}
