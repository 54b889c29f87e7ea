import type { AmapZones, BaseContext } from "@champ-commun/kit";
import type { Loaders } from "./loaders";

export interface AmapContext extends BaseContext {
  loaders: Loaders;
  /** Each AMAP's time zone (network subgraph), for the instants computed here. */
  zones: AmapZones;
}
