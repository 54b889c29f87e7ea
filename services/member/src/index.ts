import "reflect-metadata";
import { DEFAULT_PORTS } from "@champ-commun/kit";
import { openMemberDb } from "./db";
import { startMemberService } from "./app";
import { startErasureClock } from "./privacy/erasure-clock";

async function main() {
  const ds = await openMemberDb();
  const server = await startMemberService(ds, Number(process.env.MEMBER_PORT ?? DEFAULT_PORTS.member));
  console.log(`member subgraph ready at ${server.url}`);
  const stopClock = startErasureClock(ds);
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
