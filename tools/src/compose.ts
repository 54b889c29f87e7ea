import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { buildNetworkSubgraph } from "@champ-commun/network/dist/schema";
import { buildAmapSubgraph } from "@champ-commun/amap/dist/schema";
import { buildMemberSubgraph } from "@champ-commun/member/dist/schema";
import { DEFAULT_PORTS } from "@champ-commun/kit";

import { SUPERGRAPH_FILE } from "@champ-commun/gateway/dist/paths";
export { SUPERGRAPH_FILE };

/** The three subgraphs' SDL, as each builds it. */
export async function subgraphDefinitions() {
  const [network, amap, member] = await Promise.all([
    buildNetworkSubgraph(),
    buildAmapSubgraph(),
    buildMemberSubgraph(),
  ]);
  return [
    { name: "network", url: `http://127.0.0.1:${DEFAULT_PORTS.network}/`, typeDefs: network.typeDefs },
    { name: "amap", url: `http://127.0.0.1:${DEFAULT_PORTS.amap}/`, typeDefs: amap.typeDefs },
    { name: "member", url: `http://127.0.0.1:${DEFAULT_PORTS.member}/`, typeDefs: member.typeDefs },
  ];
}

/**
 * Composes the supergraph statically (no introspection at run time: the gateway starts even when a
 * subgraph is not up yet). The URLs inside are defaults; the gateway replaces them from its config.
 */
export async function composeSupergraph(): Promise<string> {
  const result = composeServices(await subgraphDefinitions());
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  }
  return result.supergraphSdl;
}

/** `npm run compose`: writes gateway/supergraph.graphql (committed; a test fails when it is stale). */
if (require.main === module) {
  composeSupergraph()
    .then((sdl) => {
      fs.writeFileSync(SUPERGRAPH_FILE, sdl);
      console.log(`supergraph written to ${path.relative(process.cwd(), SUPERGRAPH_FILE)} (${sdl.length} chars)`);
    })
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
