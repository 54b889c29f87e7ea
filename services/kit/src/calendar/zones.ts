import DataLoader from "dataloader";
import { LRUCache } from "lru-cache";
import { askSubgraph } from "../remote";
import { DEFAULT_TIME_ZONE } from "./dates";

/**
 * Each AMAP's time zone (`Amap.timeZone`, kept by the network subgraph), for the subgraphs that
 * compute its deadlines and its "today": an AMAP in La Réunion gets its 18:30 at 14:30Z, not at 17:30Z.
 */
export interface AmapZones {
  of(amapId: string): Promise<string>;
}

/** Every AMAP in the default zone: in-process tests and scripts that run without a network subgraph. */
export const defaultZones: AmapZones = { of: async () => DEFAULT_TIME_ZONE };

// A zone seldom changes: kept 10 minutes per process, and kept past that while the network subgraph is away.
const cache = new LRUCache<string, string>({
  max: 10_000,
  ttl: Number(process.env.AMAP_ZONE_CACHE_MS ?? 600_000),
  allowStale: false,
  noDeleteOnStaleGet: true,
});

const QUERY = `query($ids: [ID!]!) { amapTimeZones(ids: $ids) { amapId timeZone } }`;
const BATCH = 500;

/**
 * Asks the network subgraph (its internal `amapTimeZones`, which needs no caller: a zone is as
 * public as the directory's town), the AMAPs one request or tick needs in one call. Create one per
 * request or tick. When the network subgraph cannot answer, a zone seen before is used; an AMAP
 * never seen makes the call fail rather than counting its deadlines in another zone.
 */
export function remoteAmapZones(): AmapZones {
  const loader = new DataLoader<string, string>(async (keys) => {
    const ids = [...new Set(keys)];
    const found = new Map<string, string>();
    const missing = ids.filter((id) => {
      const hit = cache.get(id);
      if (hit) found.set(id, hit);
      return !hit;
    });
    try {
      for (let i = 0; i < missing.length; i += BATCH) {
        const r = await askSubgraph<{ amapTimeZones: Array<{ amapId: string; timeZone: string }> }>("network", QUERY, {
          ids: missing.slice(i, i + BATCH),
        });
        for (const z of r.amapTimeZones) {
          cache.set(z.amapId, z.timeZone);
          found.set(z.amapId, z.timeZone);
        }
      }
    } catch (err) {
      for (const id of missing) {
        const stale = cache.get(id, { allowStale: true });
        if (!stale) return keys.map(() => err as Error);
        found.set(id, stale);
      }
    }
    // An id the network subgraph does not know (a test's AMAP of another world, a deleted one): the default zone.
    return keys.map((k) => found.get(k) ?? DEFAULT_TIME_ZONE);
  });
  return { of: (amapId: string) => loader.load(amapId) };
}
