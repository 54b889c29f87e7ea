import type { BaseContext } from "@champ-commun/kit";
import type { Loaders } from "./loaders";
import type { AmapZones } from "./services/amap-zones";

export interface AmapContext extends BaseContext {
  loaders: Loaders;
  /** Each AMAP's time zone (network subgraph), for the instants computed here. */
  zones: AmapZones;
}
