import { askSubgraph, type ArchiveRows, type RestoreCount } from "@champ-commun/kit";

/** The other subgraphs' parts of an archive (over GraphQL with the caller's identity; a plain object in tests). */
export interface ArchiveParts {
  network(amapId: string, farmIds: string[]): Promise<ArchiveRows>;
  amap(amapId: string): Promise<ArchiveRows>;
  restoreNetwork(rows: ArchiveRows): Promise<RestoreCount[]>;
  restoreAmap(rows: ArchiveRows): Promise<RestoreCount[]>;
}

/** The queries this subgraph sends for an archive (checked against their schemas by move-contract.test.ts). */
export const ARCHIVE_QUERIES = {
  network: `query ($a: ID!, $f: [ID!]!) { networkArchivePart(amapId: $a, farmIds: $f) }`,
  amap: `query ($a: ID!) { amapActivityArchivePart(amapId: $a) }`,
  restoreNetwork: `mutation ($r: String!) { restoreNetworkArchivePart(input: { rows: $r }) }`,
  restoreAmap: `mutation ($r: String!) { restoreAmapActivityArchivePart(input: { rows: $r }) }`,
};

export function remoteArchiveParts(headers: Record<string, string>): ArchiveParts {
  return {
    async network(amapId, farmIds) {
      return JSON.parse(
        (
          await askSubgraph<{ networkArchivePart: string }>(
            "network",
            ARCHIVE_QUERIES.network,
            { a: amapId, f: farmIds },
            headers,
          )
        ).networkArchivePart,
      ) as ArchiveRows;
    },
    async amap(amapId) {
      return JSON.parse(
        (await askSubgraph<{ amapActivityArchivePart: string }>("amap", ARCHIVE_QUERIES.amap, { a: amapId }, headers))
          .amapActivityArchivePart,
      ) as ArchiveRows;
    },
    async restoreNetwork(rows) {
      return JSON.parse(
        (
          await askSubgraph<{ restoreNetworkArchivePart: string }>(
            "network",
            ARCHIVE_QUERIES.restoreNetwork,
            { r: JSON.stringify(rows) },
            headers,
          )
        ).restoreNetworkArchivePart,
      ) as RestoreCount[];
    },
    async restoreAmap(rows) {
      return JSON.parse(
        (
          await askSubgraph<{ restoreAmapActivityArchivePart: string }>(
            "amap",
            ARCHIVE_QUERIES.restoreAmap,
            { r: JSON.stringify(rows) },
            headers,
          )
        ).restoreAmapActivityArchivePart,
      ) as RestoreCount[];
    },
  };
}
