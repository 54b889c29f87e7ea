import { LRUCache } from "lru-cache";
import { askSubgraph, loaderFrom, MAX_PER_PAGE } from "@champ-commun/kit";
import { AMAP_TIME_ZONE } from "./time";

/**
 * Each AMAP's time zone (`Amap.timeZone`, kept by the network subgraph): the instants computed
 * here (a distribution's start, absence and flexible deadlines, duty sign-up closing) use it, so an
 * AMAP in La Réunion gets its 18:30 at 14:30Z, not at 17:30Z. Asked of the network subgraph and
 * kept 10 minutes per process; Europe/Paris (the default of every AMAP) while it cannot be asked.
 * The AMAPs a request needs are asked together, in one call (a walk over 300 AMAPs is one request).
 */
export interface AmapZones {
  of(amapId: string): Promise<string>;
}

const cache = new LRUCache<string, string>({ max: 10_000, ttl: Number(process.env.AMAP_ZONE_CACHE_MS ?? 600_000) });

export function remoteAmapZones(headers: Record<string, string>): AmapZones {
  const loader = loaderFrom<string>(async (ids) => {
    const found = new Map<string, string>();
    const missing = ids.filter((id) => {
      const hit = cache.get(id);
      if (hit) found.set(id, hit);
      return !hit;
    });
    try {
      for (let i = 0; i < missing.length; i += MAX_PER_PAGE) {
        const r = await askSubgraph<{ amaps: { items: Array<{ id: string; timeZone: string | null }> } }>(
          "network",
          `query($ids: [ID!]) { amaps(filter: { ids: $ids }, perPage: ${MAX_PER_PAGE}) { items { id timeZone } } }`,
          { ids: missing.slice(i, i + MAX_PER_PAGE) },
          headers,
        );
        for (const a of r.amaps.items) {
          const zone = a.timeZone || AMAP_TIME_ZONE;
          cache.set(a.id, zone);
          found.set(a.id, zone);
        }
      }
    } catch {
      // The network subgraph is unreachable: Paris for now, asked again next time (not cached).
    }
    return found;
  }, () => AMAP_TIME_ZONE);
  return { of: (amapId: string) => loader.load(amapId) };
}

/** Every AMAP in Paris: in-process tests and scripts without a network subgraph. */
export const parisZones: AmapZones = { of: async () => AMAP_TIME_ZONE };

/** Forgets cached zones (an AMAP's zone changed in a test). */
export function forgetAmapZones(): void {
  cache.clear();
}
