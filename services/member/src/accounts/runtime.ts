import type { KeyLike } from "jose";
import { loadSigningKey, signAccessToken } from "@champ-commun/kit";
import { LoginThrottle } from "./login-throttle";

/**
 * What the accounts module keeps for the life of the process: the signing key (only the member
 * subgraph holds it: it issues the tokens), the sign-in throttle, a token for its own calls.
 */
export class AccountsRuntime {
  private signingKey: Promise<KeyLike> | null = null;
  private systemToken: { token: string; until: number } | null = null;

  constructor(readonly throttle: LoginThrottle = LoginThrottle.fromEnv()) {}

  key(): Promise<KeyLike> {
    this.signingKey ??= loadSigningKey();
    return this.signingKey;
  }

  /**
   * Headers for this subgraph's own questions to the others at sign-in (a network's sub-networks,
   * a template's AMAP): a two-minute super-admin token, renewed a minute before it ends.
   */
  async systemHeaders(): Promise<Record<string, string>> {
    if (!this.systemToken || this.systemToken.until < Date.now()) {
      const token = await signAccessToken(
        { subject: "system:member", kind: "person", grants: [], superAdmin: true },
        await this.key(),
        120,
      );
      this.systemToken = { token, until: Date.now() + 60_000 };
    }
    return { authorization: `Bearer ${this.systemToken.token}` };
  }
}

let shared: AccountsRuntime | null = null;

/** The runtime of in-process contexts (tests, scripts); each started service creates its own. */
export function defaultAccountsRuntime(): AccountsRuntime {
  shared ??= new AccountsRuntime();
  return shared;
}
