import path from "node:path";

/** The checkout's root (services/kit/{src,dist} → ../../..), for the embedded default's data folder. */
export const projectRoot = path.resolve(__dirname, "../../..");
