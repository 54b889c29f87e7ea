/**
 * The signed-in session: the access token in memory only (15 minutes), the refresh token in
 * localStorage ("stay signed in") or sessionStorage (this tab only). Each back-office is its own
 * page load, so a page starts by exchanging the refresh token for a fresh pair (the API rotates
 * it: an old one reused revokes the session, hence one refresh at a time, under a lock).
 * No `import.meta`, no window globals: the storages, the lock and the clock are given.
 */
import { postGraphQL } from "../api/graphql";
import type { GqlError } from "../dataProvider/types";
import type { Person } from "./grants";

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SessionOptions {
  endpoint: string;
  /** Kept across browser restarts ("stay signed in"). */
  persistent: StorageLike;
  /** This tab only. */
  tab: StorageLike;
  getLocale?: () => string;
  /** Runs `fn` alone across tabs (navigator.locks where there is one). */
  lock?: <T>(fn: () => Promise<T>) => Promise<T>;
  now?: () => number;
  /** Waits between tries of a page load's refresh answered "unavailable" (default 0.5 s, then 1.5 s). */
  retryDelaysMs?: number[];
}

const REFRESH_KEY = "cc.refresh";
/** Refresh this long before the access token expires. */
const MARGIN_MS = 60_000;

const PERSON = "id email firstName lastName superAdmin grants { id role scopeId amapId }";
const AUTH = `accessToken refreshToken expiresIn person { ${PERSON} }`;

/** Answers that say "try again", not "this session is over". */
const TRANSIENT = new Set(["SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR", "TOO_MANY_REQUESTS"]);

/** Every operation the session sends (test/queries.test.ts validates them against the supergraph). */
export const SESSION_OPERATIONS = {
  me: `query Me { me { ${PERSON} } }`,
  login: `mutation Login($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { ${AUTH} } }`,
  refresh: `mutation Refresh($t: String!) { refreshSession(input: { refreshToken: $t }) { ${AUTH} } }`,
  logout: "mutation Logout($t: String!) { logout(input: { refreshToken: $t }) }",
  acceptInvitation: `mutation Accept($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { ${AUTH} } }`,
} as const;

interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  person: Person;
}

/** A sign-in refused: the API's message (in the user's language) and the field at fault. */
export class SignInError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "SignInError";
  }
}

export class Session {
  private access: { token: string; expiresAt: number } | null = null;
  private pending: Promise<boolean> | null = null;
  person: Person | null = null;

  constructor(private readonly opts: SessionOptions) {}

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  private storedRefresh(): { token: string; storage: StorageLike } | null {
    for (const storage of [this.opts.tab, this.opts.persistent]) {
      const token = storage.getItem(REFRESH_KEY);
      if (token) return { token, storage };
    }
    return null;
  }

  private async call(field: string, query: string, variables: Record<string, unknown>): Promise<AuthPayload> {
    const res = await postGraphQL(this.opts.endpoint, {
      query,
      variables,
      headers: { "Accept-Language": this.opts.getLocale?.() ?? "fr" },
    });
    const payload = res.data?.[field] as AuthPayload | undefined;
    if (payload) return payload;
    const e: GqlError | undefined = res.errors?.[0];
    const code = typeof e?.extensions?.code === "string" ? e.extensions.code : undefined;
    throw new SignInError(e?.message ?? "Service indisponible", code, e?.extensions?.fields ?? {});
  }

  /**
   * Keeps the new tokens, then reads the person and their roles as themselves (`me`): the sign-in
   * answer is made for an anonymous caller, whose view of role grants may be narrower.
   */
  private async keep(p: AuthPayload, storage: StorageLike): Promise<Person> {
    this.access = { token: p.accessToken, expiresAt: this.now() + p.expiresIn * 1000 };
    storage.setItem(REFRESH_KEY, p.refreshToken);
    const me = await postGraphQL(this.opts.endpoint, {
      query: SESSION_OPERATIONS.me,
      headers: { Authorization: `Bearer ${p.accessToken}`, "Accept-Language": this.opts.getLocale?.() ?? "fr" },
    }).catch(() => null);
    this.person = (me?.data?.me as Person | undefined) ?? p.person;
    return this.person;
  }

  /** Signs in; `remember` keeps the session across browser restarts. */
  async login(email: string, password: string, remember: boolean): Promise<Person> {
    const p = await this.call("login", SESSION_OPERATIONS.login, { email, password });
    this.opts.tab.removeItem(REFRESH_KEY);
    this.opts.persistent.removeItem(REFRESH_KEY);
    return this.keep(p, remember ? this.opts.persistent : this.opts.tab);
  }

  /** Accepts an invitation: chooses the password with the mailed link's token, and signs in (this tab). */
  async acceptInvitation(token: string, password: string): Promise<Person> {
    const p = await this.call("acceptInvitation", SESSION_OPERATIONS.acceptInvitation, { t: token, p: password });
    this.opts.tab.removeItem(REFRESH_KEY);
    this.opts.persistent.removeItem(REFRESH_KEY);
    return this.keep(p, this.opts.tab);
  }

  /** Exchanges the stored refresh token for new tokens; false (and signed out) when it no longer works. */
  refresh(): Promise<boolean> {
    this.pending ??= (async () => {
      const run = async () => {
        // Read inside the lock: another tab may have rotated it meanwhile.
        const stored = this.storedRefresh();
        if (!stored) return false;
        try {
          const p = await this.call("refreshSession", SESSION_OPERATIONS.refresh, { t: stored.token });
          await this.keep(p, stored.storage);
          return true;
        } catch (err) {
          // Refused (expired, revoked): forget it. A network failure or a service momentarily
          // unavailable (a busy or restarting accounts service) keeps it for the next try.
          if (err instanceof SignInError && err.code && !TRANSIENT.has(err.code)) this.forget();
          return false;
        }
      };
      try {
        return await (this.opts.lock ? this.opts.lock(run) : run());
      } finally {
        this.pending = null;
      }
    })();
    return this.pending;
  }

  /** The signed-in person after a page load (null when nobody is signed in). */
  async restore(): Promise<Person | null> {
    if (this.person && this.access) return this.person;
    // A busy or restarting service answers "unavailable" and the token is kept: try again a few
    // times before showing the sign-in page to someone who is still signed in.
    const delays = this.opts.retryDelaysMs ?? [500, 1500];
    for (let attempt = 0; ; attempt++) {
      if (await this.refresh()) return this.person;
      if (!this.storedRefresh() || attempt >= delays.length) return null;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }

  /** A valid access token, refreshed when it is about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - MARGIN_MS > this.now()) return this.access.token;
    if (!this.storedRefresh()) return this.access && this.access.expiresAt > this.now() ? this.access.token : null;
    return (await this.refresh()) ? this.access!.token : null;
  }

  /** `Authorization: Bearer …` for the dataProvider, or no header at all when signed out. */
  async headers(): Promise<Record<string, string>> {
    const token = await this.accessToken();
    return token ? { Authorization: `Bearer ${token}` } : {};
  }

  async logout(): Promise<void> {
    const stored = this.storedRefresh();
    this.forget();
    if (stored) {
      await postGraphQL(this.opts.endpoint, { query: SESSION_OPERATIONS.logout, variables: { t: stored.token } }).catch(
        () => undefined,
      );
    }
  }

  private forget(): void {
    this.access = null;
    this.person = null;
    this.opts.tab.removeItem(REFRESH_KEY);
    this.opts.persistent.removeItem(REFRESH_KEY);
  }
}
