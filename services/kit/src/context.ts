import type { DataSource } from "typeorm";
import type { Lang } from "./errors";
import type { Identity } from "./auth/identity";
import type { AmapsOfNetworks } from "./auth/scope";
import type { RequestLimits } from "./deadline";

/** What every resolver of every subgraph receives; each subgraph adds its own `loaders`. */
export interface BaseContext {
  ds: DataSource;
  lang: Lang;
  /** The caller: null when anonymous; SYSTEM_IDENTITY for in-process calls (tests, scripts). */
  identity: Identity | null;
  /** How this subgraph finds the AMAPs of a network admin's networks (see TenantScope). */
  amapsOfNetworks?: AmapsOfNetworks;
  /** Headers to pass on when this subgraph calls another one. */
  forwardHeaders: Record<string, string>;
  /** When this request's work must stop (the gateway's deadline, or the gateway gone): see deadline.ts. */
  limits?: RequestLimits;
  /** The client's idempotency key for a creation it may send twice (idempotency.ts). */
  idempotencyKey?: string;
}
