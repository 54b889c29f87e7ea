import type { EntityManager } from "typeorm";
import { LessThanOrEqual, MoreThan, Raw } from "typeorm";
import { QueryBudgetWindow } from "./query-budget.entity";

export interface BudgetAnswer {
  allowed: boolean;
  spent: number;
  limit: number;
  resetAt: Date;
}

/**
 * Spends `cost` items of a caller's budget, atomically (two replicas spending at once both count):
 * a conditional UPDATE in the current window, a reset UPDATE when the window is over, an INSERT for
 * a new caller; refused when the window's budget would be exceeded (nothing is spent then).
 */
export async function spendQueryBudget(
  em: EntityManager,
  key: string,
  cost: number,
  limit: number,
  windowSeconds: number,
  now = new Date(),
): Promise<BudgetAnswer> {
  const repo = em.getRepository(QueryBudgetWindow);
  const windowMs = windowSeconds * 1000;
  const since = new Date(now.getTime() - windowMs);
  const answer = async (allowed: boolean): Promise<BudgetAnswer> => {
    const row = await repo.findOne({ where: { key } });
    return {
      allowed,
      spent: row?.spent ?? 0,
      limit,
      resetAt: new Date((row?.windowStart ?? now).getTime() + windowMs),
    };
  };
  if (cost > limit) return answer(false);
  for (let attempt = 0; attempt < 2; attempt++) {
    const inWindow = await repo
      .createQueryBuilder()
      .update()
      .set({ spent: () => `spent + ${Math.floor(cost)}` })
      .where({ key, windowStart: MoreThan(since), spent: Raw((s) => `${s} + :cost <= :limit`, { cost, limit }) })
      .execute();
    if (inWindow.affected) return answer(true);
    const reset = await repo.update({ key, windowStart: LessThanOrEqual(since) }, { windowStart: now, spent: cost });
    if (reset.affected) return answer(true);
    if (await repo.exists({ where: { key } })) return answer(false);
    try {
      await repo.insert({ key, windowStart: now, spent: cost });
      return answer(true);
    } catch {
      // Another replica inserted it first: spend in its window.
    }
  }
  return answer(false);
}
