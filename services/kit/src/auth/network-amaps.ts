import { LRUCache } from "lru-cache";
import { askSubgraph } from "../remote";
import type { AmapsOfNetworks } from "./scope";

const cache = new LRUCache<string, string[]>({ max: 2_000, ttl: 60_000 });

const QUERY = `query AmapsOfNetwork($networkId: ID!, $page: Int!) { amaps(filter: { networkId: $networkId }, page: $page, perPage: 100) { total items { id } } }`;

/**
 * The AMAPs of some networks, asked of the network subgraph with the caller's own headers (a
 * network admin may list them), and kept a minute per network: AMAPs rarely change networks, and
 * a network admin browsing templates would otherwise ask on every request.
 */
export function remoteAmapsOfNetworks(headers: Record<string, string>): AmapsOfNetworks {
  return async (networkIds) => {
    const out = new Set<string>();
    for (const networkId of networkIds) {
      const hit = cache.get(networkId);
      if (hit) {
        hit.forEach((id) => out.add(id));
        continue;
      }
      const ids: string[] = [];
      for (let page = 1; ; page++) {
        const r = await askSubgraph<{ amaps: { total: number; items: Array<{ id: string }> } }>(
          "network",
          QUERY,
          { networkId, page },
          headers,
        );
        ids.push(...r.amaps.items.map((a) => a.id));
        if (ids.length >= r.amaps.total || !r.amaps.items.length) break;
      }
      cache.set(networkId, ids);
      ids.forEach((id) => out.add(id));
    }
    return [...out];
  };
}
