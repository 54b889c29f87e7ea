import { Init1795909680611 } from "./1795909680611-Init";
import { Season1795910974873 } from "./1795910974873-Season";
import { LivingEventOutbox1796589225014 } from "./1796589225014-LivingEventOutbox";
import { TrustRecordVersion1796592646451 } from "./1796592646451-TrustRecordVersion";
import { TrustIdempotency1796592685237 } from "./1796592685237-TrustIdempotency";

/** In order: TypeORM runs those not yet recorded in its migrations table. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const sqliteMigrations: Function[] = [
  Init1795909680611,
  Season1795910974873,
  LivingEventOutbox1796589225014,
  TrustRecordVersion1796592646451,
  TrustIdempotency1796592685237,
];
