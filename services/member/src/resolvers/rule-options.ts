import { scopeOf } from "@champ-commun/kit";
import { actorId } from "../audit/audit";
import type { RuleOptions } from "../services/subscription.service";
import type { MemberContext } from "../context";

/**
 * Who acts (for the audit trail), whether they act as a household (one of its people, or the
 * operator's scripts and in-process calls: consent, issue 11), and the rules' clock, from the
 * request's context.
 */
export const ruleOpts = (ctx: MemberContext): RuleOptions => ({
  actorId: actorId(ctx.identity),
  now: ctx.now?.(),
  actsAsHousehold: (householdId) => {
    const who = ctx.identity;
    if (!who || who.kind === "system" || who.subject.startsWith("system:")) return !!who;
    return scopeOf(ctx).households.has(householdId);
  },
});
