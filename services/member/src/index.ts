import "reflect-metadata";
import { DEFAULT_PORTS, log, setLogService } from "@champ-commun/kit";
import { openMemberDb } from "./db";
import { startMemberService } from "./app";
import { startErasureClock } from "./privacy/erasure-clock";

setLogService("member");

async function main() {
  const ds = await openMemberDb();
  const server = await startMemberService(ds, Number(process.env.MEMBER_PORT ?? DEFAULT_PORTS.member));
  log().info({ url: server.url }, "member subgraph ready");
  const stopClock = startErasureClock(ds);
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
  log().fatal({ err }, "member subgraph stopped");
  process.exit(1);
});
