import fs from "node:fs";
import { DEFAULT_PORTS, log, setLogService } from "@champ-commun/kit/dist/edge";
import { SUPERGRAPH_FILE } from "./paths";
import { subgraphUrlsFromEnv } from "./gateway";
import { startGateway } from "./http";

setLogService("gateway");

async function main() {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, "utf8");
  const gw = await startGateway({
    supergraphSdl,
    urls: subgraphUrlsFromEnv(),
    port: Number(process.env.GATEWAY_PORT ?? process.env.PORT ?? DEFAULT_PORTS.gateway),
    host: process.env.GATEWAY_HOST ?? "127.0.0.1",
  });
  log().info({ url: `${gw.url}/graphql` }, "gateway ready");
  const stop = async () => {
    await gw.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}

main().catch((err) => {
  log().fatal({ err }, "gateway stopped");
  process.exit(1);
});
