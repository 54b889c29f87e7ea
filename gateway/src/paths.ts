import path from "node:path";

/** The committed supergraph SDL, composed by `npm run compose`. */
export const SUPERGRAPH_FILE = path.resolve(__dirname, "..", "supergraph.graphql");
