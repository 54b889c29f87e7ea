import { EntityManager, FindOptionsWhere, In, Not } from "typeorm";
import {
  Check,
  conflict,
  DEFAULT_TIME_ZONE,
  findPage,
  getOrThrow,
  Page,
  PageArgs,
  todayIn,
  uuidv7,
  formatEuros,
  saveVersioned,
} from "@champ-commun/kit";
import { Membership, MembershipStatus } from "../entities/membership.entity";
import { Household } from "../entities/household.entity";
import { Installment, InstallmentStatus, PaymentMeans } from "../entities/installment.entity";
import type { NetworkShareFigures } from "../entities/balance.types";
import { CreateMembershipInput, MembershipChangesInput, MembershipFilter } from "../inputs/membership.input";
import { recordAudit } from "../audit/audit";
import type { AmapSource, MembershipPeriodInfo } from "./amap-source";
import { effectiveInstallments } from "./installment-schedule-adjust";
import { checkChequeNumber } from "./cheque-number";
import { t } from "../i18n";

const WHAT = t("membership.membership");

/** A fee must match its period: the fixed fee, or at least the minimum of a free fee (prix libre). */
export function checkFee(check: Check, period: MembershipPeriodInfo, amountCents: number): void {
  if (period.feeMode === "fixed" && amountCents !== period.feeCents) {
    check.fail(
      "amountCents",
      t("membership.membershipCosts", { name: period.name, feeCents: (l) => formatEuros(period.feeCents, l) }),
    );
  }
  if (period.feeMode === "free" && amountCents < period.minFeeCents) {
    check.fail(
      "amountCents",
      t("membership.freeFeeAtLeast", {
        minFeeCents: (l) => formatEuros(period.minFeeCents, l),
        suggestedFeeCents: (l) => formatEuros(period.suggestedFeeCents, l),
      }),
    );
  }
}

export class MembershipService {
  constructor(
    private readonly em: EntityManager,
    private readonly amap?: AmapSource,
    private readonly actorId: string | null = null,
  ) {}

  private get repo() {
    return this.em.getRepository(Membership);
  }

  /** Today in the AMAP's time zone (the default zone for in-process calls without the amap subgraph). */
  private async today(amapId: string): Promise<string> {
    return todayIn(this.amap ? await this.amap.timeZone(amapId) : DEFAULT_TIME_ZONE);
  }

  list(filter: MembershipFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Membership>> {
    const where: FindOptionsWhere<Membership> = {};
    if (filter.ids) where.id = In(filter.ids);
    for (const k of ["amapId", "householdId", "periodId", "status"] as const) {
      if (filter[k] !== undefined && filter[k] !== null) (where as Record<string, unknown>)[k] = filter[k];
    }
    return findPage(this.repo, where, args, ["createdAt", "status", "amountCents", "paidOn"], { createdAt: "ASC" });
  }

  get(id: string): Promise<Membership> {
    return getOrThrow(this.repo, id, WHAT);
  }

  private async period(
    check: Check,
    periodId: string,
    amapId: string | undefined,
  ): Promise<MembershipPeriodInfo | null> {
    if (!this.amap) throw new Error("MembershipService needs the amap subgraph to read membership periods");
    const period = await this.amap.membershipPeriod(periodId);
    if (!period || (amapId && period.amapId !== amapId))
      check.fail("periodId", t("membership.membershipPeriodDoesNot"));
    return period;
  }

  /** Records a membership for a period, its fee checked against the period, with one installment to pay it. */
  async create(input: CreateMembershipInput): Promise<Membership> {
    const check = new Check();
    check.id("householdId", input.householdId, { required: true });
    check.id("periodId", input.periodId, { required: true });
    check.cents("amountCents", input.amountCents, { required: true });
    check.date("paidOn", input.paidOn);
    input.chequeNumber = checkChequeNumber(check, "chequeNumber", input.chequeNumber);
    for (const [f, max] of [
      ["bank", 100],
      ["issuer", 200],
    ] as const)
      input[f] = check.text(f, input[f], { max });
    const means = input.means ?? PaymentMeans.cheque;
    if (!Object.values(PaymentMeans).includes(means)) check.fail("means", t("membership.unknownMeansPayment"));
    check.done();
    const household = await this.em.getRepository(Household).findOne({ where: { id: input.householdId } });
    if (!household) check.fail("householdId", t("membership.householdDoesNotExist"));
    check.done();
    const period = await this.period(check, input.periodId, household!.amapId);
    if (period) checkFee(check, period, input.amountCents);
    // A fee cheque is cashed by the AMAP itself, never handed over to a farmer: its details are kept when given, not required.
    const status = input.status ?? MembershipStatus.pending;
    check.done();
    const today = await this.today(household!.amapId);
    return this.em.transaction(async (em) => {
      const taken = await em.getRepository(Membership).exists({
        where: {
          amapId: household!.amapId,
          householdId: input.householdId,
          periodId: input.periodId,
          status: Not(MembershipStatus.cancelled),
        },
      });
      if (taken) throw conflict(t("membership.householdAlreadyHasMembership"), "periodId");
      const paidOn = status === MembershipStatus.paid ? (input.paidOn ?? today) : null;
      const m = em.getRepository(Membership).create({
        id: uuidv7(),
        amapId: household!.amapId,
        householdId: input.householdId,
        periodId: input.periodId,
        amountCents: input.amountCents,
        networkShareCents: period!.networkShareCents,
        status,
        paidOn,
      });
      await em.getRepository(Membership).save(m);
      const inst: Partial<Installment> = {
        id: uuidv7(),
        amapId: m.amapId,
        householdId: m.householdId,
        subscriptionId: null,
        membershipId: m.id,
        rank: 1,
        dueOn: paidOn ?? (today > period!.startsOn ? today : period!.startsOn),
        amountCents: m.amountCents,
        means,
        status: paidOn ? InstallmentStatus.paid : InstallmentStatus.to_provide,
        paidOn,
        receivedOn: paidOn && means === PaymentMeans.cheque ? paidOn : null,
        chequeNumber: input.chequeNumber ?? "",
        bank: input.bank ?? "",
        issuer: input.issuer ?? "",
        payee: "",
      };
      await em.getRepository(Installment).insert(inst);
      await recordAudit(em, {
        amapId: m.amapId,
        actorId: this.actorId,
        entity: "Membership",
        entityId: m.id,
        action: "create",
        before: null,
        after: m,
      });
      await recordAudit(em, {
        amapId: m.amapId,
        actorId: this.actorId,
        entity: "Installment",
        entityId: inst.id!,
        action: "create",
        before: null,
        after: inst,
      });
      return m;
    });
  }

  /**
   * Changes a pending membership's fee (checked against its period, its installment follows), or
   * cancels it. A payment is recorded on its installment (markInstallmentsReceived), never here.
   */
  async update(id: string, input: MembershipChangesInput): Promise<Membership> {
    const check = new Check();
    check.cents("amountCents", input.amountCents);
    check.date("paidOn", input.paidOn);
    check.done();
    return this.em.transaction(async (em) => {
      const m = await getOrThrow(em.getRepository(Membership), id, WHAT);
      const before = { ...m };
      const rows = effectiveInstallments(await em.getRepository(Installment).find({ where: { membershipId: id } }));
      const open = rows.filter((i) => i.status === InstallmentStatus.to_provide);
      if (input.status === MembershipStatus.pending && m.status === MembershipStatus.paid) {
        throw conflict(t("membership.recordedPaymentNotUndone"), "status");
      }
      if (input.status === MembershipStatus.paid && m.status !== MembershipStatus.paid && rows.length) {
        throw conflict(t("membership.recordPaymentMembershipS"), "status");
      }
      if (input.amountCents !== undefined && input.amountCents !== null && input.amountCents !== m.amountCents) {
        if (m.status !== MembershipStatus.pending || (rows.length && !open.length)) {
          throw conflict(t("membership.amountPaidMembershipCorrected"), "amountCents");
        }
        checkFee(check, (await this.period(check, m.periodId, m.amapId))!, input.amountCents);
        check.done();
        if (open[0]) await em.getRepository(Installment).update({ id: open[0].id }, { amountCents: input.amountCents });
        m.amountCents = input.amountCents;
      }
      if (input.status === MembershipStatus.cancelled) {
        m.status = MembershipStatus.cancelled;
        if (open.length)
          await em
            .getRepository(Installment)
            .update({ id: In(open.map((i) => i.id)) }, { status: InstallmentStatus.cancelled });
      } else if (input.status === MembershipStatus.paid && !rows.length) {
        // A membership recorded before payments were tracked: its status alone says it is paid.
        m.status = MembershipStatus.paid;
        m.paidOn = input.paidOn ?? m.paidOn ?? (await this.today(m.amapId));
      }
      const saved = await saveVersioned(em.getRepository(Membership), m, input.expectedVersion);
      await recordAudit(em, {
        amapId: m.amapId,
        actorId: this.actorId,
        entity: "Membership",
        entityId: m.id,
        action: "update",
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Σ network shares of paid memberships, per period: what the AMAP owes its network. */
  async networkShares(amapId: string, periodId?: string): Promise<NetworkShareFigures[]> {
    const qb = this.repo
      .createQueryBuilder("m")
      .select("m.periodId", "periodId")
      .addSelect("m.status", "status")
      .addSelect("COUNT(*)", "n")
      .addSelect("SUM(m.amountCents)", "fees")
      .addSelect("SUM(m.networkShareCents)", "shares")
      .where("m.amapId = :amapId", { amapId })
      .groupBy("m.periodId")
      .addGroupBy("m.status");
    if (periodId) qb.andWhere("m.periodId = :periodId", { periodId });
    const rows = await qb.getRawMany<{
      periodId: string;
      status: MembershipStatus;
      n: string | number;
      fees: string | number;
      shares: string | number;
    }>();
    const out = new Map<string, NetworkShareFigures>();
    const figures = (p: string) =>
      out.get(p) ??
      out
        .set(p, {
          amapId,
          periodId: p,
          paidMemberships: 0,
          pendingMemberships: 0,
          feesPaidCents: 0,
          networkShareDueCents: 0,
        })
        .get(p)!;
    if (periodId) figures(periodId);
    for (const r of rows) {
      const f = figures(r.periodId);
      if (r.status === MembershipStatus.paid) {
        f.paidMemberships += Number(r.n);
        f.feesPaidCents += Number(r.fees);
        f.networkShareDueCents += Number(r.shares);
      } else if (r.status === MembershipStatus.pending) f.pendingMemberships += Number(r.n);
    }
    return [...out.values()].sort((a, b) => a.periodId.localeCompare(b.periodId));
  }
}
