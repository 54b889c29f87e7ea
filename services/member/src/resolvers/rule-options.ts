import { actorId } from "../audit/audit";
import type { RuleOptions } from "../services/subscription.service";
import type { MemberContext } from "../context";

/** Who acts (for the audit trail) and the rules' clock, from the request's context. */
export const ruleOpts = (ctx: MemberContext): RuleOptions => ({ actorId: actorId(ctx.identity), now: ctx.now?.() });
