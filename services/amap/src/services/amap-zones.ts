import { LRUCache } from "lru-cache";
import { askSubgraph } from "@champ-commun/kit";
import { AMAP_TIME_ZONE } from "./time";

/**
 * Each AMAP's time zone (`Amap.timeZone`, kept by the network subgraph): the instants computed
 * here (a distribution's start, absence and flexible deadlines, duty sign-up closing) use it, so an
 * AMAP in La Réunion gets its 18:30 at 14:30Z, not at 17:30Z. Asked of the network subgraph and
 * kept 10 minutes per process; Europe/Paris (the default of every AMAP) while it cannot be asked.
 */
export interface AmapZones {
  of(amapId: string): Promise<string>;
}

const cache = new LRUCache<string, string>({ max: 10_000, ttl: Number(process.env.AMAP_ZONE_CACHE_MS ?? 600_000) });

export function remoteAmapZones(headers: Record<string, string>): AmapZones {
  return {
    async of(amapId: string) {
      const hit = cache.get(amapId);
      if (hit) return hit;
      try {
        const r = await askSubgraph<{ amap: { timeZone: string } | null }>("network", `query($id: ID!) { amap(id: $id) { timeZone } }`, { id: amapId }, headers);
        const zone = r.amap?.timeZone || AMAP_TIME_ZONE;
        cache.set(amapId, zone);
        return zone;
      } catch {
        return AMAP_TIME_ZONE;
      }
    },
  };
}

/** Every AMAP in Paris: in-process tests and scripts without a network subgraph. */
export const parisZones: AmapZones = { of: async () => AMAP_TIME_ZONE };

/** Forgets cached zones (an AMAP's zone changed in a test). */
export function forgetAmapZones(): void {
  cache.clear();
}
