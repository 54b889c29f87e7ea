/**
 * What a process at the edge needs (the gateway: errors, tokens, the internal secret, calls to
 * the subgraphs' replicas, a graceful HTTP server), without the kit's database and schema
 * layers: importing the whole kit would load TypeORM, type-graphql and the database drivers
 * into the gateway (≈ 25 MB of its idle memory).
 */
export * from "./errors";
export * from "./log";
export * from "./i18n-catalog";
export * from "./auth/keys";
export * from "./auth/identity";
export * from "./auth/tokens";
export * from "./auth/internal";
export * from "./auth/request";
export * from "./remote";
export * from "./replicas";
export * from "./http-server";
export * from "./auth/credential";
export * from "./deadline";
export * from "./scalars";
export * from "./calendar/dates";
export * from "./calendar/words";
