import { internalHeaders, requestIdHeader } from "@champ-commun/kit/dist/edge";

/** What the budget says about one request. */
export interface BudgetAnswer {
  allowed: boolean;
  /** Items spent in the current window, this request included when allowed. */
  spent: number;
  limit: number;
  /** When the window starts afresh (UTC). */
  resetAt: string;
}

/**
 * A caller's budget of items over time, shared by every gateway replica: one small interface, so
 * that where it is stored (today the member subgraph's `query_budget` table) can change without
 * touching the gateway.
 */
export interface QueryBudget {
  spend(key: string, cost: number): Promise<BudgetAnswer>;
}

export interface BudgetOptions {
  /** Items a caller may ask for per window (default 300,000). */
  limit: number;
  windowSeconds: number;
}

export function budgetOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): BudgetOptions {
  return {
    limit: Number(env.QUERY_BUDGET_ITEMS ?? 300_000),
    windowSeconds: Number(env.QUERY_BUDGET_WINDOW_SECONDS ?? 60),
  };
}

const SPEND = `mutation SpendQueryBudget($i: SpendQueryBudgetInput!) { spendQueryBudget(input: $i) { allowed spent limit resetAt } }`;

/** The budget kept by the member subgraph in its database (see services/member/src/limits). */
export class MemberQueryBudget implements QueryBudget {
  constructor(
    private readonly memberUrl: string,
    private readonly opts: BudgetOptions,
  ) {}

  async spend(key: string, cost: number): Promise<BudgetAnswer> {
    const res = await fetch(this.memberUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "apollo-require-preflight": "true",
        ...requestIdHeader(),
        ...(await internalHeaders()),
      },
      body: JSON.stringify({
        query: SPEND,
        variables: { i: { key, cost, limit: this.opts.limit, windowSeconds: this.opts.windowSeconds } },
      }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await res.json()) as { data?: { spendQueryBudget?: BudgetAnswer } };
    if (!body.data?.spendQueryBudget) throw new Error("query budget unavailable");
    return body.data.spendQueryBudget;
  }
}
