import type { EntityManager } from "typeorm";
import { uuidv7 } from "@champ-commun/kit";
import { Installment, InstallmentStatus } from "../entities/installment.entity";
import type { Subscription } from "../entities/subscription.entity";
import { recordAudit } from "../audit/audit";
import { forUpdate } from "./locking";

/** Installments that count: not cancelled, and not replaced by a correcting record. */
export function effectiveInstallments(rows: Installment[]): Installment[] {
  const corrected = new Set(rows.map((r) => r.correctsId).filter((id): id is string => !!id));
  return rows.filter((r) => !corrected.has(r.id) && r.status !== InstallmentStatus.cancelled);
}

/**
 * Makes a subscription's schedule sum exactly to `dueCents` again after its amount changed
 * (flexible quantities, a cancelled delivery credited): only the last installments still to
 * provide change; received payments are never touched. When none is left to raise, a new
 * installment is added; a decrease that nothing unpaid can absorb stays as a credit on the balance.
 */
export async function rebalanceInstallments(
  em: EntityManager,
  sub: Subscription,
  dueCents: number,
  actorId: string | null,
  today: string,
): Promise<void> {
  const rows = await forUpdate(
    em.getRepository(Installment).createQueryBuilder("i").where("i.subscriptionId = :id", { id: sub.id }),
    em,
  ).getMany();
  const effective = effectiveInstallments(rows);
  let delta = dueCents - effective.reduce((s, i) => s + i.amountCents, 0);
  if (delta === 0) return;
  const open = effective
    .filter((i) => i.status === InstallmentStatus.to_provide)
    .sort((a, b) => b.rank - a.rank || b.id.localeCompare(a.id));
  const changed: Array<{ before: Installment; after: Installment }> = [];
  if (delta > 0 && open.length) {
    const last = open[0];
    changed.push({ before: { ...last }, after: Object.assign(last, { amountCents: last.amountCents + delta }) });
    delta = 0;
  }
  for (const inst of delta < 0 ? open : []) {
    if (delta === 0) break;
    const take = Math.min(inst.amountCents, -delta);
    const before = { ...inst };
    inst.amountCents -= take;
    if (inst.amountCents === 0) inst.status = InstallmentStatus.cancelled;
    delta += take;
    changed.push({ before, after: inst });
  }
  for (const c of changed) {
    await em
      .getRepository(Installment)
      .update({ id: c.after.id }, { amountCents: c.after.amountCents, status: c.after.status });
    await recordAudit(em, {
      amapId: sub.amapId,
      actorId,
      entity: "Installment",
      entityId: c.after.id,
      action: "reschedule",
      before: c.before,
      after: c.after,
    });
  }
  if (delta > 0) {
    const template = [...rows].sort((a, b) => b.rank - a.rank)[0];
    const added: Partial<Installment> = {
      id: uuidv7(),
      amapId: sub.amapId,
      householdId: sub.householdId,
      subscriptionId: sub.id,
      membershipId: null,
      rank: (template?.rank ?? 0) + 1,
      dueOn: today > (template?.dueOn ?? "") ? today : template.dueOn,
      amountCents: delta,
      means: template?.means,
      status: InstallmentStatus.to_provide,
      payee: template?.payee ?? sub.terms.payeeName,
    };
    await em.getRepository(Installment).insert(added);
    await recordAudit(em, {
      amapId: sub.amapId,
      actorId,
      entity: "Installment",
      entityId: added.id!,
      action: "create",
      before: null,
      after: added,
    });
  }
}
