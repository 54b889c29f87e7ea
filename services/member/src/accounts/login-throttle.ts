import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { RateLimiterMySQL, RateLimiterSQLite, RateLimiterAbstract } from "rate-limiter-flexible";

/**
 * Sign-in attempts and password-reset mails, counted by rate-limiter-flexible in the member
 * database (table `rate_limit`): every replica of the member subgraph sees the same counts.
 *
 * - one account from one address (the pair): `maxPerAccount` failures per window, then that pair
 *   waits for the window's end — guessing one person's password;
 * - one account from any address: `maxPerAccountAnyAddress` (4× the pair's by default) — the same,
 *   spread over many addresses;
 * - one address, any account: `maxPerAddress` — spraying many accounts. A whole organisation
 *   behind one proxy shares an address: an account that signed in from that address before
 *   (within `knownDays`) is not held by the address's lock, only by its own counters;
 * - reset mails: `resetPerAccount` per account and `resetPerAddress` per address, per hour.
 * Keys are SHA-256 of e-mails and addresses: the table holds no personal data in clear.
 */
export interface ThrottleOptions {
  /** Failures allowed for one account from one address within a window. */
  maxPerAccount: number;
  /** Failures allowed for one account from all addresses together within a window. */
  maxPerAccountAnyAddress: number;
  /** Failures allowed per client address within a window (accounts known at that address pass). */
  maxPerAddress: number;
  windowMs: number;
  /** How long a successful sign-in makes an account "known" at an address. */
  knownDays: number;
  /** Reset mails per account, and per address, per hour. */
  resetPerAccount: number;
  resetPerAddress: number;
}

interface Limiters {
  pair: RateLimiterAbstract;
  account: RateLimiterAbstract;
  address: RateLimiterAbstract;
  known: RateLimiterAbstract;
  resetAccount: RateLimiterAbstract;
  resetAddress: RateLimiterAbstract;
}

const TABLE = "rate_limit";
const hash = (s: string) => createHash("sha256").update(s).digest("base64url").slice(0, 22);

export class LoginThrottle {
  private readonly byDataSource = new WeakMap<DataSource, Limiters>();

  constructor(readonly options: ThrottleOptions) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): LoginThrottle {
    const perAccount = Number(env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT ?? 5);
    return new LoginThrottle({
      maxPerAccount: perAccount,
      maxPerAccountAnyAddress: Number(env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT_ANY_ADDRESS ?? perAccount * 4),
      maxPerAddress: Number(env.LOGIN_MAX_ATTEMPTS_PER_ADDRESS ?? 30),
      windowMs: Number(env.LOGIN_WINDOW_SECONDS ?? 15 * 60) * 1000,
      knownDays: Number(env.LOGIN_KNOWN_ADDRESS_DAYS ?? 30),
      resetPerAccount: Number(env.RESET_MAILS_PER_ACCOUNT_PER_HOUR ?? 3),
      resetPerAddress: Number(env.RESET_MAILS_PER_ADDRESS_PER_HOUR ?? 20),
    });
  }

  private limiters(ds: DataSource): Limiters {
    let l = this.byDataSource.get(ds);
    if (l) return l;
    const o = this.options;
    const windowS = Math.max(1, Math.round(o.windowMs / 1000));
    const make = (keyPrefix: string, points: number, duration: number) => {
      const common = { tableName: TABLE, tableCreated: true, keyPrefix, points, duration };
      if (ds.options.type === "better-sqlite3") {
        return new RateLimiterSQLite({
          ...common,
          storeClient: (ds.driver as unknown as { databaseConnection: unknown }).databaseConnection,
          storeType: "better-sqlite3",
        });
      }
      // TypeORM's mysql2 pool (or the failover pool over a cluster's nodes, data-source.ts).
      return new RateLimiterMySQL({
        ...common,
        storeClient: (ds.driver as unknown as { pool: unknown }).pool,
        storeType: "pool",
        dbName: String(ds.options.database),
      });
    };
    l = {
      pair: make("p", o.maxPerAccount, windowS),
      account: make("a", o.maxPerAccountAnyAddress, windowS),
      address: make("i", o.maxPerAddress, windowS),
      known: make("k", 1, o.knownDays * 86_400),
      resetAccount: make("ra", o.resetPerAccount, 3600),
      resetAddress: make("ri", o.resetPerAddress, 3600),
    };
    this.byDataSource.set(ds, l);
    return l;
  }

  private keys(email: string, address: string | null) {
    const a = hash(email);
    const i = address ? hash(address) : null;
    return { account: a, pair: i ? `${a}.${i}` : a, address: i };
  }

  /** Seconds until this account may try again from this address; 0 when it may now. */
  async lockedFor(ds: DataSource, email: string, address: string | null): Promise<number> {
    const l = this.limiters(ds);
    const k = this.keys(email, address);
    const [pair, account, addr, known] = await Promise.all([
      l.pair.get(k.pair),
      l.account.get(k.account),
      k.address ? l.address.get(k.address) : null,
      k.address ? l.known.get(k.pair) : null,
    ]);
    const waits = [
      pair && pair.consumedPoints >= this.options.maxPerAccount ? pair.msBeforeNext : 0,
      account && account.consumedPoints >= this.options.maxPerAccountAnyAddress ? account.msBeforeNext : 0,
      addr && addr.consumedPoints >= this.options.maxPerAddress && !known ? addr.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...waits) / 1000);
  }

  async fail(ds: DataSource, email: string, address: string | null): Promise<void> {
    const l = this.limiters(ds);
    const k = this.keys(email, address);
    await Promise.all([
      l.pair.penalty(k.pair),
      l.account.penalty(k.account),
      k.address ? l.address.penalty(k.address) : null,
    ]);
  }

  /** A successful sign-in: the account's counters start afresh, and it is known at this address. */
  async succeeded(ds: DataSource, email: string, address: string | null): Promise<void> {
    const l = this.limiters(ds);
    const k = this.keys(email, address);
    await Promise.all([
      l.pair.delete(k.pair),
      l.account.delete(k.account),
      k.address ? l.known.set(k.pair, 1, this.options.knownDays * 86_400) : null,
    ]);
  }

  /** After a password reset, the account starts afresh from every address (its addresses keep their counts). */
  async clearAccount(ds: DataSource, email: string): Promise<void> {
    const a = hash(email);
    await this.limiters(ds).account.delete(a);
    // The pairs' keys start with the account's hash ("p:<account>.<address>").
    await ds.query(`DELETE FROM ${TABLE} WHERE ${ds.options.type === "better-sqlite3" ? `"key"` : "`key`"} LIKE ?`, [
      `p:${a}%`,
    ]);
  }

  /** Whether one more reset mail may go to this account from this address (counted when allowed). */
  async allowResetMail(ds: DataSource, email: string, address: string | null): Promise<boolean> {
    const l = this.limiters(ds);
    const k = this.keys(email, address);
    try {
      if (k.address) await l.resetAddress.consume(k.address);
      await l.resetAccount.consume(k.account);
      return true;
    } catch (err) {
      if (err instanceof Error) throw err;
      return false; // a RateLimiterRes: over the limit
    }
  }
}
