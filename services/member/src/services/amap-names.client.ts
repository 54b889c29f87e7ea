import { askSubgraph } from "@champ-commun/kit";

/**
 * Names of AMAPs for printed recaps, asked of the network subgraph. A recap still prints when the
 * network subgraph is down: it then shows the AMAPs' ids.
 */
export async function amapNames(ids: string[], headers: Record<string, string> = {}): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  try {
    const res = await askSubgraph<{ amaps: { items: Array<{ id: string; name: string }> } }>(
      "network",
      `query ($ids: [ID!]) { amaps(filter: { ids: $ids }, perPage: 100) { items { id name } } }`,
      { ids: ids.slice(0, 100) },
      headers,
    );
    return new Map(res.amaps.items.map((a) => [a.id, a.name]));
  } catch {
    return new Map();
  }
}
