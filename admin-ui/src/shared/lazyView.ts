import { lazy, type ComponentType } from "react";

/** A screen loaded on first use (its own chunk): `lazyView(() => import("./AmapList"), "AmapList")`. */
export function lazyView<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));
}
