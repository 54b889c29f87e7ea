import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { KeyLike } from "jose";
import { accessTokenVerifyKey, bearerToken, DomainError, internalHeaders, Lang, replicaFetch, verifyAccessToken } from "@champ-commun/kit/dist/edge";

/** Partner API tokens start with this (see services/member/src/accounts/api-token.service.ts). */
const API_TOKEN_PREFIX = "ccp_";

export interface AuthOptions {
  /** The member subgraph, which exchanges partner tokens and knows whether an account still exists. */
  memberUrl: string;
  /** How long "this account is active" is believed (default 5 s): a deleted account is refused after at most that. */
  accountCheckTtlMs?: number;
  /** How long an exchanged partner access token is reused (default 60 s, never past its expiry): a revoked API token stops after at most that. */
  partnerCacheMs?: number;
  /** Entries kept in each cache (LRU). */
  capacity?: number;
}

/** A small LRU with expiry: bounded memory whatever tokens clients send. */
class Cache<V> {
  private readonly map = new Map<string, { value: V; until: number }>();
  constructor(private readonly capacity: number) {}
  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    this.map.delete(key);
    if (hit.until <= Date.now()) return undefined;
    this.map.set(key, hit);
    return hit.value;
  }
  set(key: string, value: V, ttlMs: number): void {
    if (ttlMs <= 0) return;
    this.map.delete(key);
    if (this.map.size >= this.capacity) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, { value, until: Date.now() + ttlMs });
  }
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/**
 * The gateway's check of who calls, before any query is planned: an access token is verified
 * (signature, issuer, audience, expiry) and its account must still exist; a partner API token is
 * exchanged with the member subgraph for a short access token of kind "partner". Anything else
 * is refused with UNAUTHENTICATED. The subgraphs verify the token again.
 */
export class GatewayAuth {
  private readonly accounts: Cache<boolean>;
  private readonly partners: Cache<string>;
  private key: Promise<KeyLike> | null = null;

  constructor(private readonly opts: AuthOptions) {
    this.accounts = new Cache(opts.capacity ?? 10_000);
    this.partners = new Cache(opts.capacity ?? 10_000);
  }

  /** The Authorization header to forward (a verified access token), or none for an anonymous caller. */
  async authorize(header: string | undefined, lang: Lang): Promise<string | undefined> {
    if (!header) return undefined;
    const token = bearerToken(header);
    if (!token) throw unauthenticated(lang === "en" ? "Invalid Authorization header: expected `Bearer <token>`." : "En-tête Authorization invalide : « Bearer <jeton> » attendu.");
    const access = token.startsWith(API_TOKEN_PREFIX) ? await this.exchange(token, lang) : token;
    let identity;
    try {
      this.key ??= accessTokenVerifyKey();
      identity = await verifyAccessToken(access, await this.key);
    } catch (err) {
      if (err instanceof DomainError) throw unauthenticated(err.msg[lang]);
      throw err;
    }
    if (identity.kind === "person" && !identity.subject.startsWith("system:") && !(await this.accountActive(identity.subject))) {
      throw unauthenticated(lang === "en" ? "This account no longer exists or is disabled." : "Ce compte n'existe plus ou est désactivé.");
    }
    return `Bearer ${access}`;
  }

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
    const res = await replicaFetch(this.opts.memberUrl, 5_000)(this.opts.memberUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-require-preflight": "true", ...(await internalHeaders()) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(5_000),
    });
    return (await res.json()) as { data?: T; errors?: Array<{ extensions?: { code?: string } }> };
  }

  /** Partner API token → access token, cached by the token's hash (never the token itself). */
  private async exchange(token: string, lang: Lang): Promise<string> {
    const key = createHash("sha256").update(token).digest("hex");
    const cached = this.partners.get(key);
    if (cached) return cached;
    const r = await this.ask<{ partnerAccess: { accessToken: string; expiresIn: number } }>(
      `mutation PartnerAccess($token: String!) { partnerAccess(token: $token) { accessToken expiresIn } }`,
      { token },
    ).catch(() => ({ data: undefined, errors: [{ extensions: { code: "SERVICE_UNAVAILABLE" } }] }));
    if (!r.data?.partnerAccess) {
      if (r.errors?.[0]?.extensions?.code === "SERVICE_UNAVAILABLE") throw new GraphQLError(lang === "en" ? "Sign-in service unavailable; try again later." : "Service de connexion indisponible ; réessayez plus tard.", { extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } } });
      throw unauthenticated(lang === "en" ? "Invalid or revoked API token." : "Jeton d'API invalide ou révoqué.");
    }
    const { accessToken, expiresIn } = r.data.partnerAccess;
    this.partners.set(key, accessToken, Math.min(this.opts.partnerCacheMs ?? 60_000, (expiresIn - 30) * 1000));
    return accessToken;
  }

  /**
   * Whether the token's account still exists and is active, believed a few seconds. When the
   * member subgraph cannot answer, the (verified, 15-minute) token is accepted: the rest of the
   * API stays usable while accounts are down.
   */
  private async accountActive(subject: string): Promise<boolean> {
    const cached = this.accounts.get(subject);
    if (cached !== undefined) return cached;
    try {
      const r = await this.ask<{ accountActive: boolean }>(`query AccountActive($id: ID!) { accountActive(id: $id) }`, { id: subject });
      if (typeof r.data?.accountActive !== "boolean") return true;
      this.accounts.set(subject, r.data.accountActive, this.opts.accountCheckTtlMs ?? 5_000);
      return r.data.accountActive;
    } catch {
      return true;
    }
  }
}
