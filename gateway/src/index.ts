import fs from "node:fs";
import { DEFAULT_PORTS } from "@champ-commun/kit/dist/edge";
import { SUPERGRAPH_FILE } from "./paths";
import { subgraphUrlsFromEnv } from "./gateway";
import { startGateway } from "./http";

async function main() {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, "utf8");
  const gw = await startGateway({
    supergraphSdl,
    urls: subgraphUrlsFromEnv(),
    port: Number(process.env.GATEWAY_PORT ?? process.env.PORT ?? DEFAULT_PORTS.gateway),
    host: process.env.GATEWAY_HOST ?? "127.0.0.1",
  });
  console.log(`gateway ready at ${gw.url}/graphql`);
  const stop = async () => {
    await gw.stop();
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
