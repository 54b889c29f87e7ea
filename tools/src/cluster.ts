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
import { RunningGateway, startGateway } from "@champ-commun/gateway/dist/http";
import type { SubgraphName } from "@champ-commun/gateway/dist/gateway";

const OPEN = { network: openNetworkDb, amap: openAmapDb, member: openMemberDb };
const START = { network: startNetworkService, amap: startAmapService, member: startMemberService };
const NAMES: SubgraphName[] = ["network", "amap", "member"];

export interface Replica {
  ds: DataSource;
  server: RunningServer;
  port: number;
}

export interface Cluster {
  gateways: RunningGateway[];
  replicas: Record<SubgraphName, Replica[]>;
  /** Each subgraph's replica URLs, comma-separated (what NETWORK_URL, AMAP_URL, MEMBER_URL hold). */
  urls: Record<SubgraphName, string>;
  /** Cuts one replica at once, as a crash: connections dropped, its database pool closed. */
  kill: (name: SubgraphName, i: number) => Promise<void>;
  /** Starts a killed or stopped replica again, on its port, with a new database pool. */
  restart: (name: SubgraphName, i: number) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * N replicas of each subgraph and M gateways in one process, on ephemeral ports, each replica
 * with its own database pool on the same databases (MariaDB): what N processes would be, for
 * tests. They all start at once (the migration lock lets them). The subgraphs' calls to each
 * other and the gateways' calls spread over the replicas (kit replicas.ts).
 */
export async function startCluster(opts: {
  dbUrls: Record<SubgraphName, string>;
  replicas?: number;
  gateways?: number;
}): Promise<Cluster> {
  const n = opts.replicas ?? 2;
  const dss = await Promise.all(
    NAMES.map((name) => Promise.all(Array.from({ length: n }, () => OPEN[name](opts.dbUrls[name])))),
  );
  const replicas = {} as Record<SubgraphName, Replica[]>;
  for (const [k, name] of NAMES.entries()) {
    replicas[name] = await Promise.all(
      dss[k].map(async (ds) => {
        const server = await START[name](ds, 0);
        return { ds, server, port: server.port };
      }),
    );
  }
  const urls = Object.fromEntries(
    NAMES.map((name) => [name, replicas[name].map((r) => `http://127.0.0.1:${r.port}/`).join(",")]),
  ) as Record<SubgraphName, string>;
  for (const name of NAMES) process.env[`${name.toUpperCase()}_URL`] = urls[name];
  const supergraphSdl = await composeSupergraph();
  const gateways = await Promise.all(
    Array.from({ length: opts.gateways ?? 2 }, () => startGateway({ supergraphSdl, urls, port: 0 })),
  );
  const down = new Set<string>();
  return {
    gateways,
    replicas,
    urls,
    kill: async (name, i) => {
      const r = replicas[name][i];
      r.server.kill?.();
      down.add(`${name}${i}`);
      await r.ds.destroy();
    },
    restart: async (name, i) => {
      const r = replicas[name][i];
      if (!down.has(`${name}${i}`)) await r.server.stop().then(() => r.ds.destroy());
      r.ds = await OPEN[name](opts.dbUrls[name]);
      r.server = await START[name](r.ds, r.port);
      down.delete(`${name}${i}`);
    },
    stop: async () => {
      await Promise.all(gateways.map((g) => g.stop()));
      await Promise.all(
        NAMES.flatMap((name) =>
          replicas[name].map(async (r, i) => {
            if (down.has(`${name}${i}`)) return;
            await r.server.stop();
            await r.ds.destroy();
          }),
        ),
      );
    },
  };
}
