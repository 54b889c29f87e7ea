import { createHash, randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import type { KeyLike } from "jose";
import { LRUCache } from "lru-cache";
import { t } from "./i18n";
import {
  accessTokenVerifyKey,
  bearerToken,
  DomainError,
  internalHeaders,
  Lang,
  needsCredentialCheck,
  replicaFetch,
  requestIdHeader,
  verifyAccessToken,
} from "@champ-commun/kit/dist/edge";

/** Partner API tokens start with this (see services/member/src/accounts/api-token.service.ts). */
const API_TOKEN_PREFIX = "ccp_";

export interface AuthOptions {
  /** The member subgraph, which exchanges partner tokens and knows whether a token may still be used. */
  memberUrl: string;
  /** How long an exchanged partner access token is reused (default 60 s, never past its expiry); a revoked API token stops at once all the same (credential check). */
  partnerCacheMs?: number;
  /** Entries kept in each cache (LRU). */
  capacity?: number;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

function unavailable(lang: Lang): GraphQLError {
  return new GraphQLError(t("auth.unavailable")[lang], {
    extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
  });
}

/** What the gateway forwards for an authorized caller. */
export interface Authorized {
  /** The verified `Authorization` header. */
  authorization: string;
  /** A fresh id for this request's credential check (kit credential.ts `CHECKED_HEADER`). */
  checked: string;
  /** Whose query budget it spends: `person:<id>`, `partner:<id>`; null for the operator's scripts (system tokens). */
  caller: string | null;
}

/**
 * The gateway's check of who calls, before any query is planned: an access token is verified
 * (signature, issuer, audience, expiry) and must still be good: its account active at the token's
 * version, asked of the member subgraph on every request (revocation on the next request, the same
 * for every gateway replica; refused when it cannot be asked). A partner API token is exchanged
 * with the member subgraph for a short access token of kind "partner". Anything else is refused
 * with UNAUTHENTICATED. The subgraphs verify the token and its version again.
 */
export class GatewayAuth {
  /** Bounded memory whatever tokens clients send (LRU), each entry until its own expiry. */
  private readonly partners: LRUCache<string, string>;
  private key: Promise<KeyLike> | null = null;

  constructor(private readonly opts: AuthOptions) {
    this.partners = new LRUCache({ max: opts.capacity ?? 10_000 });
  }

  /** What to forward for a verified caller, or nothing for an anonymous one. */
  async authorize(header: string | undefined, lang: Lang): Promise<Authorized | undefined> {
    if (!header) return undefined;
    const token = bearerToken(header);
    if (!token) throw unauthenticated(t("auth.invalidHeader")[lang]);
    const access = token.startsWith(API_TOKEN_PREFIX) ? await this.exchange(token, lang) : token;
    let identity;
    try {
      this.key ??= accessTokenVerifyKey();
      identity = await verifyAccessToken(access, await this.key);
    } catch (err) {
      if (err instanceof DomainError) throw unauthenticated(err.msg[lang]);
      throw err;
    }
    if (needsCredentialCheck(identity) && !(await this.credentialActive(identity, lang))) {
      throw unauthenticated(t("auth.revoked")[lang]);
    }
    const caller = needsCredentialCheck(identity) ? `${identity.kind}:${identity.subject}` : null;
    return { authorization: `Bearer ${access}`, checked: randomUUID(), caller };
  }

  private async ask<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
    const res = await replicaFetch(this.opts.memberUrl, 5_000)(this.opts.memberUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        ...requestIdHeader(),
        ...(await internalHeaders()),
      },
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
      `mutation PartnerAccess($token: String!) { partnerAccess(input: { token: $token }) { accessToken expiresIn } }`,
      { token },
    ).catch(() => ({ data: undefined, errors: [{ extensions: { code: "SERVICE_UNAVAILABLE" } }] }));
    if (!r.data?.partnerAccess) {
      if (r.errors?.[0]?.extensions?.code === "SERVICE_UNAVAILABLE") throw unavailable(lang);
      throw unauthenticated(t("auth.invalidApiToken")[lang]);
    }
    const { accessToken, expiresIn } = r.data.partnerAccess;
    const ttl = Math.min(this.opts.partnerCacheMs ?? 60_000, (expiresIn - 30) * 1000);
    if (ttl > 0) this.partners.set(key, accessToken, { ttl });
    return accessToken;
  }

  /**
   * Whether the token may still be used (kit credential.ts), asked of the member subgraph, which
   * reads its database: no cache here, so that a revocation applies on the very next request
   * whichever gateway replica serves it. Fail-closed: no answer, no access (503).
   */
  private async credentialActive(
    identity: { subject: string; kind: string; tokenVersion?: number },
    lang: Lang,
  ): Promise<boolean> {
    const r = await this.ask<{ credentialActive: boolean }>(
      `query CredentialActive($s: ID!, $k: String!, $v: Int) { credentialActive(subject: $s, kind: $k, version: $v) }`,
      {
        s: identity.subject,
        k: identity.kind,
        v: identity.tokenVersion ?? null,
      },
    ).catch(() => null);
    if (typeof r?.data?.credentialActive !== "boolean") throw unavailable(lang);
    return r.data.credentialActive;
  }
}
