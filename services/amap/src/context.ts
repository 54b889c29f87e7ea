import type { BaseContext } from "@champ-commun/kit";
import type { Loaders } from "./loaders";

export interface AmapContext extends BaseContext {
  loaders: Loaders;
}
