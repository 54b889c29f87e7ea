import { GraphQLError, Kind } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { operationCost } from "./cost";
import type { QueryBudget } from "./budget";

export interface LimitsContext {
  /** Whose budget a request spends (`person:…`, `partner:…`, `address:…`); null for the operator's own scripts (system tokens). */
  caller: string | null;
}

export interface CostLimits {
  /** Items one query may ask for (default 50,000). */
  maxCost: number;
  /** Queries cheaper than this are not charged to the budget (no database write for everyday clicks). */
  minCharge: number;
  budget?: QueryBudget;
}

export function costLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): Omit<CostLimits, "budget"> {
  return { maxCost: Number(env.GRAPHQL_MAX_COST ?? 50_000), minCharge: Number(env.QUERY_BUDGET_MIN_CHARGE ?? 1_000) };
}

/**
 * Refuses, before anything runs, a query costing more items than one query may (400), or more
 * than what is left of its caller's budget (429); the answer says the cost and the limits
 * (`extensions.cost`). The budget is shared by the gateway replicas (budget.ts); when it cannot be
 * asked, a costly query is refused rather than run unaccounted.
 */
export function costLimitPlugin<C extends LimitsContext>(limits: CostLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (!operation || contextValue.caller === null) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const requested = operationCost(schema, operation, fragments, request.variables ?? {});
          if (requested > limits.maxCost) {
            throw new GraphQLError(
              `Requête trop coûteuse : ${requested} éléments demandés, ${limits.maxCost} au plus par requête ; demandez moins de lignes par page ou découpez-la. / Query too costly: ${requested} items asked for, at most ${limits.maxCost} per query.`,
              {
                extensions: {
                  code: "QUERY_TOO_COSTLY",
                  cost: { requested, limit: limits.maxCost },
                  http: { status: 400 },
                },
              },
            );
          }
          if (!limits.budget || requested < limits.minCharge) return;
          const answer = await limits.budget.spend(contextValue.caller, requested).catch(() => null);
          if (!answer) {
            throw new GraphQLError(
              "Le service est momentanément indisponible ; réessayez dans un instant. / The service is temporarily unavailable; try again in a moment.",
              {
                extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
              },
            );
          }
          if (!answer.allowed) {
            throw new GraphQLError(
              `Trop de données demandées en peu de temps : ${answer.spent} éléments sur ${answer.limit} ; réessayez après ${answer.resetAt}. / Too much asked for in a short time; try again after ${answer.resetAt}.`,
              {
                extensions: {
                  code: "QUERY_BUDGET_EXHAUSTED",
                  cost: {
                    requested,
                    limit: limits.maxCost,
                    budget: { spent: answer.spent, limit: answer.limit, resetAt: answer.resetAt },
                  },
                  http: { status: 429 },
                },
              },
            );
          }
        },
      };
    },
  };
}
