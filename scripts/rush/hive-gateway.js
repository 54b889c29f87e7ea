// Hive Gateway (@graphql-hive/gateway-runtime) on the committed supergraph, for the rush bench's
// comparison with @apollo/gateway: the same subgraphs (their URLs from NETWORK_URL, AMAP_URL,
// MEMBER_URL; the first replica of each), the client's Authorization and language forwarded and
// the internal secret added, as the Apollo gateway does. Not the product: none of the Apollo
// gateway's checks (account still active, query limits) run here, which favours it somewhat.
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { createGatewayRuntime } = require("@graphql-hive/gateway-runtime");
const { internalHeaders } = require("../../services/kit/dist");

const root = path.resolve(__dirname, "..", "..");
const first = (list) => list.split(",")[0].trim();
const urls = {
  network: first(process.env.NETWORK_URL),
  amap: first(process.env.AMAP_URL),
  member: first(process.env.MEMBER_URL),
};
const supergraph = fs
  .readFileSync(path.join(root, "gateway", "supergraph.graphql"), "utf8")
  .replace(
    /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
    (_, name) => `@join__graph(name: "${name}", url: "${urls[name]}")`,
  );

async function main() {
  const internal = await internalHeaders();
  const gateway = createGatewayRuntime({
    supergraph,
    logging: "error",
    maskedErrors: process.env.HIVE_UNMASKED ? false : undefined,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        ...internal,
        ...(request.headers.get("authorization") ? { authorization: request.headers.get("authorization") } : {}),
        ...(request.headers.get("accept-language")
          ? { "accept-language": request.headers.get("accept-language") }
          : {}),
        "apollo-require-preflight": "true",
      }),
    },
  });
  const server = http.createServer((req, res) => {
    if (req.url === "/ready" || req.url === "/live") return void res.writeHead(200).end("ok");
    gateway(req, res);
  });
  const port = Number(process.env.GATEWAY_PORT);
  server.listen(port, "127.0.0.1", () => console.log(`hive gateway on ${port}`));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
