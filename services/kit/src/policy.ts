import { MiddlewareFn } from "type-graphql";
import type { BaseContext } from "./context";
import { forbidden } from "./errors";
import { scopeOf, unauthenticated, type Decision } from "./auth/access";
import type { TenantScope } from "./auth/scope";
import { emptyValueFor, guardField, type Visibility } from "./guard";
import { ensureTime } from "./deadline";

/** What an access decision looks at: the operation (`Query.amaps`), its arguments, the caller. */
export interface AccessRequest<C extends BaseContext = BaseContext> {
  operation: string;
  args: Record<string, unknown>;
  context: C;
  scope: TenantScope;
}

/** Decides one operation: returns to allow (or "empty" to answer nothing), throws a DomainError to refuse. */
export type Rule<C extends BaseContext = BaseContext> = (req: AccessRequest<C>) => Decision | Promise<Decision>;

/** The legacy shape: one function for every operation. */
export type Policy<C extends BaseContext = BaseContext> = (req: AccessRequest<C>) => Decision | Promise<Decision>;

/** Marks an operation anyone may call, signed in or not (the list of these is the public surface). */
export const PUBLIC: Rule = () => undefined;

/**
 * A subgraph's whole access policy, in one module: a rule per root operation (an operation
 * without a rule is refused, so a new one is closed until someone decides who may call it), and
 * the visibility of each type, applied to every object any field returns (see guard.ts).
 */
export interface AccessPolicy<C extends BaseContext = BaseContext> {
  operations: Record<string, Rule<C>>;
  visibility: Visibility<C>;
}

/** Runs one operation's rule, with the checks every rule shares. */
export async function decide<C extends BaseContext>(policy: AccessPolicy<C>, req: AccessRequest<C>): Promise<Decision> {
  const rule = policy.operations[req.operation];
  if (rule === PUBLIC) return;
  if (!req.scope.signedIn) throw unauthenticated();
  if (req.scope.all) return;
  if (!rule) throw forbidden();
  // Partner tokens read; writing needs a token granted more (the rule then checks its scope).
  if (req.operation.startsWith("Mutation.") && req.scope.isPartner && req.scope.readOnly) throw forbidden();
  return rule(req);
}

/**
 * Runs a subgraph's single policy before each root query and mutation, and its visibility rules
 * on what they return, so that access is decided in one module per subgraph. The returned
 * middleware carries the policy (`.accessPolicy`): buildSubgraph applies its visibility rules to
 * nested fields and reference resolvers too.
 */
export function policyMiddleware<C extends BaseContext>(
  policy: Policy<C> | AccessPolicy<C>,
): MiddlewareFn<C> & { accessPolicy?: AccessPolicy<C> } {
  if (typeof policy === "function") {
    return async ({ info, args, context }, next) => {
      const parent = info.parentType.name;
      if (parent === "Query" || parent === "Mutation") {
        const d = await policy({ operation: `${parent}.${info.fieldName}`, args, context, scope: scopeOf(context) });
        if (d === "empty") return emptyValueFor(info.returnType);
      }
      return next();
    };
  }
  const mw: MiddlewareFn<C> & { accessPolicy?: AccessPolicy<C> } = async (data, next) => {
    const { info, args, context } = data;
    ensureTime(context.limits);
    const parent = info.parentType.name;
    if (parent === "Query" || parent === "Mutation") {
      const d = await decide(policy, {
        operation: `${parent}.${info.fieldName}`,
        args,
        context,
        scope: scopeOf(context),
      });
      if (d === "empty") return emptyValueFor(info.returnType);
    }
    return guardField(policy.visibility, data, next);
  };
  mw.accessPolicy = policy;
  return mw;
}
