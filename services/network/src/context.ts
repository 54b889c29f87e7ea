import type { BaseContext } from "@champ-commun/kit";
import type { Loaders } from "./loaders";

export interface NetworkContext extends BaseContext {
  loaders: Loaders;
}
