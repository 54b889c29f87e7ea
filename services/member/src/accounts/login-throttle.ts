/**
 * Failed sign-ins counted per account and per client address, in memory with a bounded size: an
 * LRU of counters, so that an attacker spraying addresses or e-mails cannot grow it without end
 * (the oldest counters are dropped first). Each process counts its own: behind a load balancer
 * the limit is per instance, which still caps guessing at a few attempts per window.
 */
export interface ThrottleOptions {
  /** Failures allowed per account within a window before it is locked until the window ends. */
  maxPerAccount: number;
  /** Failures allowed per client address within a window. */
  maxPerAddress: number;
  windowMs: number;
  /** Counters kept at most. */
  capacity: number;
}

interface Counter {
  failures: number;
  windowStart: number;
}

export class LoginThrottle {
  private readonly counters = new Map<string, Counter>();

  constructor(readonly options: ThrottleOptions) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): LoginThrottle {
    return new LoginThrottle({
      maxPerAccount: Number(env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT ?? 5),
      maxPerAddress: Number(env.LOGIN_MAX_ATTEMPTS_PER_ADDRESS ?? 30),
      windowMs: Number(env.LOGIN_WINDOW_SECONDS ?? 15 * 60) * 1000,
      capacity: Number(env.LOGIN_THROTTLE_CAPACITY ?? 50_000),
    });
  }

  private live(key: string, now: number): Counter | null {
    const c = this.counters.get(key);
    if (!c) return null;
    if (now - c.windowStart >= this.options.windowMs) {
      this.counters.delete(key);
      return null;
    }
    // Touch: a Map keeps insertion order, so re-inserting moves the key to the young end.
    this.counters.delete(key);
    this.counters.set(key, c);
    return c;
  }

  /** Seconds until the account or the address may try again; 0 when not locked. */
  lockedFor(email: string, address: string | null, now = Date.now()): number {
    const checks: Array<[string, number]> = [[`a:${email}`, this.options.maxPerAccount]];
    if (address) checks.push([`i:${address}`, this.options.maxPerAddress]);
    let wait = 0;
    for (const [key, max] of checks) {
      const c = this.live(key, now);
      if (c && c.failures >= max) wait = Math.max(wait, Math.ceil((c.windowStart + this.options.windowMs - now) / 1000));
    }
    return wait;
  }

  fail(email: string, address: string | null, now = Date.now()): void {
    for (const key of address ? [`a:${email}`, `i:${address}`] : [`a:${email}`]) {
      const c = this.live(key, now);
      if (c) c.failures++;
      else {
        if (this.counters.size >= this.options.capacity) this.counters.delete(this.counters.keys().next().value!);
        this.counters.set(key, { failures: 1, windowStart: now });
      }
    }
  }

  /** After a successful sign-in or a password reset, the account starts afresh (its address keeps its count). */
  clearAccount(email: string): void {
    this.counters.delete(`a:${email}`);
  }

  get size(): number {
    return this.counters.size;
  }
}
