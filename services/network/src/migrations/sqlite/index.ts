import { Init1795909295193 } from "./1795909295193-Init";
import { NetworkLevel1795909897950 } from "./1795909897950-NetworkLevel";
import { MoveNetworkConsent1796590109694 } from "./1796590109694-MoveNetworkConsent";

/** In order: TypeORM runs those not yet recorded in its migrations table. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const sqliteMigrations: Function[] = [Init1795909295193, NetworkLevel1795909897950, MoveNetworkConsent1796590109694];
