import "reflect-metadata";
import { DEFAULT_PORTS } from "@champ-commun/kit";
import { openAmapDb } from "./db";
import { startAmapService } from "./app";
import { startSeasonClock } from "./season-clock";

async function main() {
  const ds = await openAmapDb();
  const server = await startAmapService(ds, Number(process.env.AMAP_PORT ?? DEFAULT_PORTS.amap));
  console.log(`amap subgraph ready at ${server.url}`);
  const stopClock = startSeasonClock(ds);
  const stop = async () => {
    stopClock();
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
