import { Init1795909752976 } from "./1795909752976-Init";
import { Season1795911168643 } from "./1795911168643-Season";
import { Accounts1795911677042 } from "./1795911677042-Accounts";
import { Statistics1795912538867 } from "./1795912538867-Statistics";
import { ScaleRateLimits1796589571385 } from "./1796589571385-ScaleRateLimits";

/** In order: TypeORM runs those not yet recorded in its migrations table. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const mariadbMigrations: Function[] = [Init1795909752976, Season1795911168643, Accounts1795911677042, Statistics1795912538867, ScaleRateLimits1796589571385];
