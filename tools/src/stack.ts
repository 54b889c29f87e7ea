import "reflect-metadata";
import type { DataSource } from "typeorm";
import type { RunningServer } from "@champ-commun/kit";
import { openNetworkDb } from "@champ-commun/network/dist/db";
import { startNetworkService } from "@champ-commun/network/dist/app";
import { openAmapDb } from "@champ-commun/amap/dist/db";
import { startAmapService } from "@champ-commun/amap/dist/app";
import { openMemberDb } from "@champ-commun/member/dist/db";
import { startMemberService } from "@champ-commun/member/dist/app";
import { composeSupergraph } from "./compose";
import { startGateway } from "@champ-commun/gateway/dist/http";
import type { SubgraphName, SubgraphUrls } from "@champ-commun/gateway/dist/gateway";

export interface Stack {
  gatewayUrl: string;
  graphqlUrl: string;
  subgraphUrls: SubgraphUrls;
  dataSources: Record<SubgraphName, DataSource>;
  servers: Record<SubgraphName, RunningServer>;
  stop: () => Promise<void>;
}

/**
 * The whole product in one process, on ephemeral ports: the three subgraphs over their real
 * databases and the gateway in front, speaking real HTTP. Used by end-to-end tests and the benchmark.
 */
export async function startStack(
  opts: { dbUrls?: Partial<Record<SubgraphName, string>>; gatewayPort?: number } = {},
): Promise<Stack> {
  const [networkDs, amapDs, memberDs] = await Promise.all([
    openNetworkDb(opts.dbUrls?.network),
    openAmapDb(opts.dbUrls?.amap),
    openMemberDb(opts.dbUrls?.member),
  ]);
  const network = await startNetworkService(networkDs, 0);
  process.env.NETWORK_URL = network.url;
  const amap = await startAmapService(amapDs, 0);
  process.env.AMAP_URL = amap.url;
  const member = await startMemberService(memberDs, 0);
  process.env.MEMBER_URL = member.url;
  const subgraphUrls = { network: network.url, amap: amap.url, member: member.url };
  const gateway = await startGateway({
    supergraphSdl: await composeSupergraph(),
    urls: subgraphUrls,
    port: opts.gatewayPort ?? 0,
  });
  return {
    gatewayUrl: gateway.url,
    graphqlUrl: `${gateway.url}/graphql`,
    subgraphUrls,
    dataSources: { network: networkDs, amap: amapDs, member: memberDs },
    servers: { network, amap, member },
    stop: async () => {
      await gateway.stop();
      await Promise.all([network.stop(), amap.stop(), member.stop()]);
      await Promise.all([networkDs.destroy(), amapDs.destroy(), memberDs.destroy()]);
    },
  };
}
