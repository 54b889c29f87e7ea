import "reflect-metadata";
import { DEFAULT_PORTS, log, setLogService } from "@champ-commun/kit";
import { openNetworkDb } from "./db";
import { startNetworkService } from "./app";

setLogService("network");

async function main() {
  const ds = await openNetworkDb();
  const server = await startNetworkService(ds, Number(process.env.NETWORK_PORT ?? DEFAULT_PORTS.network));
  log().info({ url: server.url }, "network subgraph ready");
  const stop = async () => {
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((err) => {
  log().fatal({ err }, "network subgraph stopped");
  process.exit(1);
});
