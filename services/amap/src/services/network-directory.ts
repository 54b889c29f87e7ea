import { askSubgraph } from "@champ-commun/kit";

/** What a contract template needs to know from the network subgraph, which owns AMAPs, farms and products. */
export interface ContractParties {
  amap: { id: string } | null;
  farm: { id: string; name: string; payeeName: string } | null;
  products: Array<{ id: string; farmId: string; name: string; unit: string }>;
}

export interface NetworkDirectory {
  contractParties(amapId: string, farmId: string, productIds: string[]): Promise<ContractParties>;
}

const CONTRACT_PARTIES = `query ContractParties($amapId: ID!, $farmId: ID!, $ids: [ID!]) {
  amap(id: $amapId) { id }
  farm(id: $farmId) { id name payeeName }
  products(filter: { ids: $ids }, perPage: 100) { items { id farmId name unit } }
}`;

/** The network subgraph over GraphQL, with the caller's identity forwarded: one request per check. */
export function networkDirectory(forwardHeaders: Record<string, string> = {}): NetworkDirectory {
  return {
    async contractParties(amapId, farmId, productIds) {
      const res = await askSubgraph<{
        amap: ContractParties["amap"];
        farm: ContractParties["farm"];
        products: { items: ContractParties["products"] };
      }>("network", CONTRACT_PARTIES, { amapId, farmId, ids: productIds }, forwardHeaders);
      return { amap: res.amap, farm: res.farm, products: res.products.items };
    },
  };
}
