import { Init1795909295193 } from "./1795909295193-Init";
import { NetworkLevel1795909897950 } from "./1795909897950-NetworkLevel";
import { MoveNetworkConsent1796590109694 } from "./1796590109694-MoveNetworkConsent";
import { TrustRecordVersion1796592648127 } from "./1796592648127-TrustRecordVersion";
import { TrustIdempotency1796592686696 } from "./1796592686696-TrustIdempotency";
import { TrustNetworkAudit1796593290239 } from "./1796593290239-TrustNetworkAudit";

/** In order: TypeORM runs those not yet recorded in its migrations table. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const sqliteMigrations: Function[] = [
  Init1795909295193,
  NetworkLevel1795909897950,
  MoveNetworkConsent1796590109694,
  TrustRecordVersion1796592648127,
  TrustIdempotency1796592686696,
  TrustNetworkAudit1796593290239,
];
