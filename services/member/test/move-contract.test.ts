import { parse, validate } from "graphql";
import { buildAmapSubgraph } from "../../amap/src/schema";
import { buildNetworkSubgraph } from "../../network/src/schema";
import { CATALOG_QUERIES } from "../src/import/import-catalog";
import { ARCHIVE_QUERIES } from "../src/archive/archive-parts";

/*
 * An import reads the AMAP's periods and contracts from the amap subgraph; an archive asks the
 * network and amap subgraphs for their parts: every query sent must be valid against their schemas.
 */
it("sends only queries the amap and network subgraphs answer", async () => {
  const amap = (await buildAmapSubgraph()).schema;
  const network = (await buildNetworkSubgraph()).schema;
  const sent = { ...CATALOG_QUERIES, archiveAmap: ARCHIVE_QUERIES.amap, restoreAmap: ARCHIVE_QUERIES.restoreAmap };
  for (const [name, query] of Object.entries(sent))
    expect([name, validate(amap, parse(query)).map((e) => e.message)]).toEqual([name, []]);
  for (const [name, query] of Object.entries({
    network: ARCHIVE_QUERIES.network,
    restoreNetwork: ARCHIVE_QUERIES.restoreNetwork,
  })) {
    expect([name, validate(network, parse(query)).map((e) => e.message)]).toEqual([name, []]);
  }
});
