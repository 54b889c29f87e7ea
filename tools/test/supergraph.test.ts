import fs from "node:fs";
import { composeSupergraph, SUPERGRAPH_FILE } from "../src/compose";

describe("supergraph", () => {
  it("composes the three subgraphs without error, and the committed supergraph.graphql is up to date", async () => {
    const sdl = await composeSupergraph();
    const committed = fs.existsSync(SUPERGRAPH_FILE) ? fs.readFileSync(SUPERGRAPH_FILE, "utf8") : "";
    // When this fails: run `npm run compose` and commit gateway/supergraph.graphql.
    expect(committed).toBe(sdl);
  });
});
