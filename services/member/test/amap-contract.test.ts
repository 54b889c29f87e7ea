import { parse, validate } from "graphql";
import { buildAmapSubgraph } from "../../amap/src/schema";
import { AMAP_QUERIES } from "../src/services/amap-source";
import { CONTRACT_TEMPLATE_TERMS_QUERY } from "../src/services/template-terms.client";

/*
 * The member subgraph reads terms, periods, distributions, their changes and the duty roster from
 * the amap subgraph: every query it sends must be valid against that subgraph's schema.
 */
it("sends only queries the amap subgraph answers", async () => {
  const { schema } = await buildAmapSubgraph();
  for (const [name, query] of Object.entries({ terms: CONTRACT_TEMPLATE_TERMS_QUERY, ...AMAP_QUERIES })) {
    expect([name, validate(schema, parse(query)).map((e) => e.message)]).toEqual([name, []]);
  }
});
