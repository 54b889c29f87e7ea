import { DataSource, EntityManager, In } from "typeorm";
import {
  addDays,
  askSubgraph,
  inBackground,
  log,
  queuedWrite,
  remoteAmapZones,
  todayIn,
  type AmapZones,
} from "@champ-commun/kit";
import { SignOffService } from "../services/sign-off.service";
import { DutySignup } from "../entities/duty-signup.entity";
import { Installment, InstallmentStatus } from "../entities/installment.entity";
import { Subscription } from "../entities/subscription.entity";
import { RoleName } from "../accounts/role-grant.entity";
import { amapFacts } from "../documents/parties.client";
import { enqueue } from "./notify";
import { NotificationKind } from "./kinds";
import { amapMembers, householdPeople, roleHolders, uniqueRecipients } from "./recipients";
import { eventReminders } from "../events/event.notices";

/** What the scheduler reads of the coming distributions (amap subgraph). */
interface ComingDistribution {
  id: string;
  amapId: string;
  effectiveDate: string;
  startTime: string;
  endTime: string;
  status: string;
  timeZone: string;
  place: { name: string; address: string } | null;
  dutyShifts: Array<{ id: string; seats: number; role: { name: string } | null }>;
}

const COMING = `query Coming($from: Date!, $to: Date!, $page: Int!) {
  distributions(filter: { from: $from, to: $to }, page: $page, perPage: 100) {
    total items { id amapId effectiveDate startTime endTime status timeZone place { name address } dutyShifts { id seats role { name } } }
  }
}`;

/** Days before a payment falls due when the household is reminded of it. */
export const INSTALLMENT_NOTICE_DAYS = 3;

/**
 * The time-based notices, from a tick (every 15 minutes in the member process, or called by
 * tests with their clock): the day before a distribution (members: what to collect and their duty;
 * farmers: what to deliver), two days before one whose roster has free seats, three days before a
 * payment, the day before an event. Idempotent: each notice has a unique key (kind, subject,
 * person), so a tick run twice or on two replicas writes each notice once.
 */
export class NotificationScheduler {
  constructor(
    private readonly ds: DataSource,
    private readonly headers: () => Promise<Record<string, string>>,
    private readonly zones: () => AmapZones = remoteAmapZones,
  ) {}

  async tick(now = new Date()): Promise<number> {
    // Every AMAP's today is within a day of UTC's: the window holds every zone's tomorrow and the
    // day after, and each distribution is then judged by its own AMAP's calendar.
    const utc = todayIn("UTC", now);
    const coming = await this.coming(addDays(utc, -1), addDays(utc, 4));
    const names = await amapFacts([...new Set(coming.map((d) => d.amapId))], await this.headers());
    let written = 0;
    for (const d of coming) {
      if (d.status === "cancelled") continue;
      const today = todayIn(d.timeZone, now);
      const amapName = names.get(d.amapId)?.name ?? "";
      if (d.effectiveDate === addDays(today, 1)) written += await this.write((em) => this.dayBefore(em, d, amapName));
      if (d.effectiveDate === addDays(today, 2)) written += await this.write((em) => this.dutyCall(em, d, amapName));
    }
    const dueSoon = await this.dueSoon(now, utc);
    if (dueSoon.length) written += await this.write((em) => this.installments(em, dueSoon));
    written += await this.write((em) => eventReminders(em, now));
    return written;
  }

  private write(fn: (em: EntityManager) => Promise<number>): Promise<number> {
    return queuedWrite(this.ds, () => this.ds.transaction(fn));
  }

  private async coming(from: string, to: string): Promise<ComingDistribution[]> {
    const all: ComingDistribution[] = [];
    for (let page = 1; ; page++) {
      const r = await askSubgraph<{ distributions: { total: number; items: ComingDistribution[] } }>(
        "amap",
        COMING,
        { from, to, page },
        await this.headers(),
      );
      all.push(...r.distributions.items);
      if (!r.distributions.items.length || all.length >= r.distributions.total) return all;
    }
  }

  /** The day before: each household its items and duty; each farm of the day its totals. */
  private async dayBefore(em: EntityManager, d: ComingDistribution, amapName: string): Promise<number> {
    const sheet = (await new SignOffService(em).forDistributions([d.id])).get(d.id)!;
    const signups = await em.getRepository(DutySignup).find({ where: { distributionId: d.id } });
    const roleOf = new Map(d.dutyShifts.map((s) => [s.id, s.role?.name ?? ""]));
    const base = {
      date: d.effectiveDate,
      startTime: d.startTime,
      endTime: d.endTime,
      placeName: d.place?.name ?? "",
      placeAddress: d.place?.address ?? "",
      amapName,
    };
    const householdIds = new Set([
      ...sheet.rows.map((r) => r.householdId).filter((h): h is string => !!h),
      ...signups.map((s) => s.householdId),
    ]);
    let written = 0;
    for (const householdId of householdIds) {
      const row = sheet.rows.find((r) => r.householdId === householdId);
      const items = (row?.items ?? [])
        .filter((i) => i.status === "to_collect" || i.status === "taken_over")
        .map((i) => ({ productName: i.productName, quantity: i.quantity, unit: i.unit }));
      const duties = signups.filter((s) => s.householdId === householdId).map((s) => roleOf.get(s.shiftId) ?? "");
      if (!items.length && !duties.length) continue;
      written += await enqueue(
        em,
        {
          kind: NotificationKind.distribution_reminder,
          about: d.id,
          amapId: d.amapId,
          data: { ...base, items, duties },
        },
        await householdPeople(em, [householdId]),
      );
    }
    // Farmers: totals per product of their farm's items.
    const byFarm = new Map<
      string,
      { households: Set<string>; items: Map<string, { productName: string; unit: string; quantity: number }> }
    >();
    for (const row of sheet.rows) {
      for (const i of row.items) {
        if (i.status !== "to_collect" && i.status !== "taken_over") continue;
        const farm = byFarm.get(i.farmId) ?? {
          households: new Set<string>(),
          items: new Map<string, { productName: string; unit: string; quantity: number }>(),
        };
        farm.households.add(row.householdId ?? `~${row.takerName}`);
        const key = `${i.productName}|${i.unit}`;
        const cur = farm.items.get(key) ?? { productName: i.productName, unit: i.unit, quantity: 0 };
        cur.quantity += i.quantity;
        farm.items.set(key, cur);
        byFarm.set(i.farmId, farm);
      }
    }
    for (const [farmId, farm] of byFarm) {
      const items = [...farm.items.values()].sort((a, b) => a.productName.localeCompare(b.productName, "fr"));
      written += await enqueue(
        em,
        {
          kind: NotificationKind.delivery_reminder,
          about: `${d.id}:${farmId}`,
          amapId: d.amapId,
          data: { ...base, households: farm.households.size, items },
        },
        await roleHolders(em, RoleName.farmer, farmId),
      );
    }
    return written;
  }

  /** Two days before: free seats on the roster call the AMAP's members (and its admins) to sign up. */
  private async dutyCall(em: EntityManager, d: ComingDistribution, amapName: string): Promise<number> {
    if (!d.dutyShifts.length) return 0;
    const signups = await em.getRepository(DutySignup).find({ where: { distributionId: d.id } });
    const missing = d.dutyShifts
      .map((s) => ({ role: s.role?.name ?? "", missing: s.seats - signups.filter((x) => x.shiftId === s.id).length }))
      .filter((m) => m.missing > 0);
    if (!missing.length) return 0;
    const recipients = uniqueRecipients(
      await roleHolders(em, RoleName.amap_admin, d.amapId),
      await amapMembers(em, d.amapId),
    );
    return enqueue(
      em,
      {
        kind: NotificationKind.duty_missing,
        about: d.id,
        amapId: d.amapId,
        data: { date: d.effectiveDate, startTime: d.startTime, endTime: d.endTime, amapName, missing },
      },
      recipients,
    );
  }

  /**
   * Payments to provide that fall due in INSTALLMENT_NOTICE_DAYS days by their AMAP's calendar
   * (read before the write transaction: the zones may be asked of the network subgraph).
   */
  private async dueSoon(now: Date, utc: string): Promise<Installment[]> {
    const around = [-1, 0, 1].map((d) => addDays(utc, INSTALLMENT_NOTICE_DAYS + d));
    const candidates = await this.ds
      .getRepository(Installment)
      .find({ where: { dueOn: In(around), status: InstallmentStatus.to_provide } });
    const zones = this.zones();
    const amapIds = [...new Set(candidates.map((i) => i.amapId))];
    const zoneOf = new Map(await Promise.all(amapIds.map(async (id) => [id, await zones.of(id)] as const)));
    return candidates.filter((i) => i.dueOn === addDays(todayIn(zoneOf.get(i.amapId), now), INSTALLMENT_NOTICE_DAYS));
  }

  /** The reminders of these payments. */
  private async installments(em: EntityManager, due: Installment[]): Promise<number> {
    const subs = new Map(
      (
        await em.getRepository(Subscription).find({
          select: { id: true, templateName: true },
          where: { id: In([...new Set(due.map((i) => i.subscriptionId).filter((x): x is string => !!x))]) },
        })
      ).map((s) => [s.id, s]),
    );
    let written = 0;
    for (const i of due) {
      const data = {
        installmentId: i.id,
        dueOn: i.dueOn,
        amountCents: i.amountCents,
        means: i.means,
        payee: i.payee,
        templateName: i.subscriptionId ? (subs.get(i.subscriptionId)?.templateName ?? "") : "",
      };
      written += await enqueue(
        em,
        { kind: NotificationKind.installment_due, about: i.id, amapId: i.amapId, data },
        await householdPeople(em, [i.householdId]),
      );
    }
    return written;
  }
}

/** Runs the scheduler every `everyMs` (default 15 min, env NOTIFY_TICK_MS); returns a stop function. */
export function startNotificationScheduler(
  scheduler: NotificationScheduler,
  everyMs = Number(process.env.NOTIFY_TICK_MS ?? 15 * 60_000),
): () => void {
  const tick = () =>
    inBackground(() => scheduler.tick()).catch((err) => log().error({ err }, "notifications: tick failed"));
  const first = setTimeout(() => void tick(), 10_000);
  first.unref();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
