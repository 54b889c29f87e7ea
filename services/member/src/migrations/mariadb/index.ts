import { Init1795909752976 } from "./1795909752976-Init";
import { Season1795911168643 } from "./1795911168643-Season";
import { Accounts1795911677042 } from "./1795911677042-Accounts";
import { Statistics1795912538867 } from "./1795912538867-Statistics";
import { MoveErasure1796589083864 } from "./1796589083864-MoveErasure";
import { LivingNotifications1796589182061 } from "./1796589182061-LivingNotifications";
import { TrustRoleGrantAcceptance1796589288728 } from "./1796589288728-TrustRoleGrantAcceptance";
import { LivingCalendarFeeds1796589357195 } from "./1796589357195-LivingCalendarFeeds";
import { MoveImport1796589531131 } from "./1796589531131-MoveImport";
import { ScaleRateLimits1796589571385 } from "./1796589571385-ScaleRateLimits";
import { TrustTokenVersion1796589580667 } from "./1796589580667-TrustTokenVersion";
import { TrustQueryBudget1796590058799 } from "./1796590058799-TrustQueryBudget";
import { TrustPaperSignature1796591342339 } from "./1796591342339-TrustPaperSignature";
import { TrustRecordVersion1796592645310 } from "./1796592645310-TrustRecordVersion";
import { TrustIdempotency1796592682985 } from "./1796592682985-TrustIdempotency";

/** In order: TypeORM runs those not yet recorded in its migrations table. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const mariadbMigrations: Function[] = [
  Init1795909752976,
  Season1795911168643,
  Accounts1795911677042,
  Statistics1795912538867,
  MoveErasure1796589083864,
  LivingNotifications1796589182061,
  TrustRoleGrantAcceptance1796589288728,
  LivingCalendarFeeds1796589357195,
  MoveImport1796589531131,
  ScaleRateLimits1796589571385,
  TrustTokenVersion1796589580667,
  TrustQueryBudget1796590058799,
  TrustPaperSignature1796591342339,
  TrustRecordVersion1796592645310,
  TrustIdempotency1796592682985,
];
