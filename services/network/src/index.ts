import "reflect-metadata";
import { DEFAULT_PORTS } from "@champ-commun/kit";
import { openNetworkDb } from "./db";
import { startNetworkService } from "./app";

async function main() {
  const ds = await openNetworkDb();
  const server = await startNetworkService(ds, Number(process.env.NETWORK_PORT ?? DEFAULT_PORTS.network));
  console.log(`network subgraph ready at ${server.url}`);
  const stop = async () => {
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
