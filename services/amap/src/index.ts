import "reflect-metadata";
import { DEFAULT_PORTS, log, setLogService } from "@champ-commun/kit";
import { openAmapDb } from "./db";
import { startAmapService } from "./app";
import { startSeasonClock } from "./season-clock";

setLogService("amap");

async function main() {
  const ds = await openAmapDb();
  const server = await startAmapService(ds, Number(process.env.AMAP_PORT ?? DEFAULT_PORTS.amap));
  log().info({ url: server.url }, "amap subgraph ready");
  const stopClock = startSeasonClock(ds);
  const stop = async () => {
    stopClock();
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((err) => {
  log().fatal({ err }, "amap subgraph stopped");
  process.exit(1);
});
