import type { BaseContext } from "@champ-commun/kit";
import type { Loaders } from "./loaders";
import type { TemplateTermsSource } from "./services/template-terms";
import type { AmapSource } from "./services/amap-source";
import type { AccountsRuntime } from "./accounts/runtime";

export interface MemberContext extends BaseContext {
  loaders: Loaders;
  /** Contract template terms, asked of the amap subgraph (a plain object in rule tests). */
  templateTerms: TemplateTermsSource;
  /** Membership periods, distributions and their changes, duty shifts and rules, asked of the amap subgraph (a plain object in rule tests). */
  amap: AmapSource;
  /** Sign-in state of the process: signing key, attempt limits. */
  accounts: AccountsRuntime;
  /** The client's address as the gateway saw it (sign-in attempt limits); null in-process. */
  clientAddress: string | null;
  /** The clock of the season rules (notice hours, deadlines); tests set it. */
  now?: () => Date;
}
