import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { loadInternalSecret } from "./keys";

/** The header carrying the internal secret: only the gateway and the subgraphs know it. */
export const INTERNAL_HEADER = "x-champ-internal";
/** The client's address as the gateway saw it (login throttling); trusted only with the secret. */
export const CLIENT_IP_HEADER = "x-champ-client-ip";

let cached: Promise<string> | null = null;
let cachedFor: string | undefined;

/** The internal secret of this process, read once (INTERNAL_SECRET, else data/keys/internal.secret). */
export function internalSecret(): Promise<string> {
  // Tests may set INTERNAL_SECRET between stacks: re-read when it changes.
  if (!cached || cachedFor !== process.env.INTERNAL_SECRET) {
    cachedFor = process.env.INTERNAL_SECRET;
    cached = loadInternalSecret();
  }
  return cached;
}

/** Headers that let a request into a subgraph: the gateway and `askSubgraph` add them. */
export async function internalHeaders(): Promise<Record<string, string>> {
  return { [INTERNAL_HEADER]: await internalSecret() };
}

/** Constant-time comparison, so the secret cannot be guessed byte by byte from response times. */
export function sameSecret(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when the request carries this deployment's internal secret. */
export async function isInternalRequest(req: IncomingMessage): Promise<boolean> {
  return sameSecret(req.headers[INTERNAL_HEADER], await internalSecret());
}
