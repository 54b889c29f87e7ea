import { EntityManager, In } from "typeorm";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { Installment, InstallmentStatus } from "../entities/installment.entity";
import { Amendment, AmendmentKind, AmendmentStatus } from "../entities/amendment.entity";
import { Membership, MembershipStatus } from "../entities/membership.entity";
import type { FarmBalance, SubscriptionBalance } from "../entities/balance.types";
import { effectiveInstallments } from "./installment-schedule-adjust";

const RECEIVED = new Set<string>([InstallmentStatus.received, InstallmentStatus.handed_over, InstallmentStatus.paid]);
const REACHED_FARMER = new Set<string>([InstallmentStatus.handed_over, InstallmentStatus.paid]);
const UNSIGNED = new Set<string>([SubscriptionStatus.draft, SubscriptionStatus.awaiting_member_signature]);

/** The latest amendment per delivery decides: a cancelled delivery, or a refused move, is credited. */
export function creditOf(amendments: Amendment[]): number {
  const latest = new Map<string, Amendment>();
  for (const a of [...amendments].sort((x, y) => x.id.localeCompare(y.id))) latest.set(a.distributionId, a);
  let credit = 0;
  for (const a of latest.values()) {
    if (a.kind === AmendmentKind.cancelled || a.status === AmendmentStatus.refused) credit += a.amountCents;
  }
  return credit;
}

/** A subscription's balance from its record, its installments and its amendments. */
export function balanceOf(
  sub: Subscription,
  installments: Installment[],
  amendments: Amendment[],
): SubscriptionBalance {
  const effective = effectiveInstallments(installments);
  const creditCents = creditOf(amendments);
  const receivedCents = effective.filter((i) => RECEIVED.has(i.status)).reduce((s, i) => s + i.amountCents, 0);
  const handedOverCents = effective.filter((i) => REACHED_FARMER.has(i.status)).reduce((s, i) => s + i.amountCents, 0);
  let dueCents = sub.totalCents - creditCents;
  if (UNSIGNED.has(sub.status)) dueCents = 0;
  else if (sub.status === SubscriptionStatus.terminated) dueCents = effective.reduce((s, i) => s + i.amountCents, 0);
  return { dueCents, receivedCents, handedOverCents, outstandingCents: dueCents - receivedCents, creditCents };
}

/** Balances of subscriptions, households and farms: a fixed number of queries whatever the number of records. */
export class BalanceService {
  constructor(private readonly em: EntityManager) {}

  async credits(subscriptionIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const [id, list] of await this.amendmentsBySubscription(subscriptionIds)) out.set(id, creditOf(list));
    return out;
  }

  private async amendmentsBySubscription(ids: string[]): Promise<Map<string, Amendment[]>> {
    const rows = ids.length ? await this.em.getRepository(Amendment).find({ where: { subscriptionId: In(ids) } }) : [];
    return group(rows, (a) => a.subscriptionId);
  }

  async forSubscriptions(subs: Subscription[]): Promise<Map<string, SubscriptionBalance>> {
    const ids = subs.map((s) => s.id);
    const installments = group(
      ids.length ? await this.em.getRepository(Installment).find({ where: { subscriptionId: In(ids) } }) : [],
      (i) => i.subscriptionId!,
    );
    const amendments = await this.amendmentsBySubscription(ids);
    return new Map(subs.map((s) => [s.id, balanceOf(s, installments.get(s.id) ?? [], amendments.get(s.id) ?? [])]));
  }

  /** What each household still owes (negative: a credit): its subscriptions and its memberships. */
  async forHouseholds(householdIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(householdIds.map((id) => [id, 0]));
    if (!householdIds.length) return out;
    const subs = await this.em.getRepository(Subscription).find({ where: { householdId: In(householdIds) } });
    for (const [id, b] of await this.forSubscriptions(subs)) {
      const h = subs.find((s) => s.id === id)!.householdId;
      out.set(h, out.get(h)! + b.outstandingCents);
    }
    const memberships = await this.em.getRepository(Membership).find({
      where: { householdId: In(householdIds), status: In([MembershipStatus.pending, MembershipStatus.paid]) },
    });
    const paid = group(
      memberships.length
        ? await this.em.getRepository(Installment).find({ where: { membershipId: In(memberships.map((m) => m.id)) } })
        : [],
      (i) => i.membershipId!,
    );
    for (const m of memberships) {
      const rows = paid.get(m.id);
      // A membership recorded before payments were tracked counts as paid once its status says so.
      const received = rows
        ? effectiveInstallments(rows)
            .filter((i) => RECEIVED.has(i.status))
            .reduce((s, i) => s + i.amountCents, 0)
        : m.status === MembershipStatus.paid
          ? m.amountCents
          : 0;
      out.set(m.householdId, out.get(m.householdId)! + m.amountCents - received);
    }
    return out;
  }

  async forFarm(amapId: string, farmId: string): Promise<FarmBalance> {
    const subs = (await this.em.getRepository(Subscription).find({ where: { amapId, farmId } })).filter(
      (s) => !UNSIGNED.has(s.status),
    );
    const total = {
      amapId,
      farmId,
      dueCents: 0,
      receivedCents: 0,
      handedOverCents: 0,
      heldCents: 0,
      outstandingCents: 0,
      subscriptionCount: subs.length,
    };
    for (const b of (await this.forSubscriptions(subs)).values()) {
      total.dueCents += b.dueCents;
      total.receivedCents += b.receivedCents;
      total.handedOverCents += b.handedOverCents;
      total.outstandingCents += b.outstandingCents;
    }
    total.heldCents = total.receivedCents - total.handedOverCents;
    return total;
  }

  /** Due amount of a subscription after credits: what its schedule must sum to. */
  async dueAfterCredits(sub: Subscription): Promise<number> {
    return sub.totalCents - ((await this.credits([sub.id])).get(sub.id) ?? 0);
  }
}

export function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
