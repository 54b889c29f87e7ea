import { EntityManager, In } from "typeorm";
import {
  Check,
  conflict,
  DEFAULT_TIME_ZONE,
  DomainError,
  getOrThrow,
  Msg,
  notFound,
  todayIn,
  uuidv7,
} from "@champ-commun/kit";
import type { AmapSource } from "./amap-source";
import { Installment, InstallmentStatus, PaymentMeans } from "../entities/installment.entity";
import { Membership, MembershipStatus } from "../entities/membership.entity";
import { Subscription } from "../entities/subscription.entity";
import { Handover } from "../entities/handover.entity";
import type { InstallmentCorrectionInput, InstallmentReceiptInput } from "../inputs/payment.input";
import { recordAudit } from "../audit/audit";
import { affected, forUpdate, withDeadlockRetry } from "./locking";
import { checkChequeNumber } from "./cheque-number";
import { t } from "../i18n";

const WHAT = t("payment.installment");
const MAX_BATCH = 500;
/** Several field errors of one kind (CONFLICT, NOT_FOUND) reported together. */
function fail(code: "CONFLICT" | "NOT_FOUND", fields: Record<string, Msg>): DomainError {
  return new DomainError(code, Object.values(fields)[0], fields);
}

/**
 * Payments are recorded, never handled: received by the AMAP (cheques: number, bank and issuer),
 * handed over to the farmer in batches, or paid directly (transfer, cash). A recorded payment is
 * never edited: a correction is a new record. Rows are locked on MariaDB; on SQLite mutations are
 * serialized by the kit's write queue, and each update checks the version it read.
 */
export class PaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null = null,
    private readonly amap?: AmapSource,
  ) {}

  /** Today in the AMAP of an installment (the default zone for in-process calls without the amap subgraph). */
  private async today(installmentId: string): Promise<string> {
    const row = this.amap
      ? await this.em
          .getRepository(Installment)
          .findOne({ select: { id: true, amapId: true }, where: { id: installmentId } })
      : null;
    return todayIn(row && this.amap ? await this.amap.timeZone(row.amapId) : DEFAULT_TIME_ZONE);
  }

  private checkIds(check: Check, ids: string[]): void {
    if (!ids.length) check.fail("ids", t("payment.giveAtLeastOne"));
    if (ids.length > MAX_BATCH) check.fail("ids", t("payment.atMostInstallmentsAt", { MAX_BATCH }));
    ids.forEach((id, i) => check.id(`ids.${i}`, id, { required: true }));
    if (new Set(ids).size !== ids.length) check.fail("ids", t("payment.installmentGivenTwice"));
  }

  /** Ids among `ids` that a correcting record replaced. */
  private async corrected(em: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows = await em
      .getRepository(Installment)
      .find({ select: { id: true, correctsId: true }, where: { correctsId: In(ids) } });
    return new Set(rows.map((r) => r.correctsId!));
  }

  /**
   * Cheques for a farmer become `received` (number, bank and issuer required: they are handed over
   * later); other means, and membership fees (paid to the AMAP itself), become `paid`.
   */
  async markReceived(
    ids: string[],
    details: InstallmentReceiptInput[] = [],
    on?: string | null,
  ): Promise<Installment[]> {
    const check = new Check();
    this.checkIds(check, ids);
    check.date("receivedOn", on);
    const detailOf = new Map<string, { d: InstallmentReceiptInput; at: string }>();
    details.forEach((d, j) => {
      if (!ids.includes(d.installmentId)) check.fail(`details.${j}.installmentId`, t("payment.installmentNotList"));
      d.chequeNumber = checkChequeNumber(check, `details.${j}.chequeNumber`, d.chequeNumber);
      d.bank = check.text(`details.${j}.bank`, d.bank, { max: 100 });
      d.issuer = check.text(`details.${j}.issuer`, d.issuer, { max: 200 });
      detailOf.set(d.installmentId, { d, at: `details.${j}` });
    });
    check.done();
    const date = on ?? (await this.today(ids[0]));
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const rows = await forUpdate(
          em.getRepository(Installment).createQueryBuilder("i").where("i.id IN (:...ids)", { ids }),
          em,
        ).getMany();
        const byId = new Map(rows.map((r) => [r.id, r]));
        const missing: Record<string, Msg> = {};
        ids.forEach((id, i) => byId.has(id) || (missing[`ids.${i}`] = t("payment.installmentNotFound", { id })));
        if (Object.keys(missing).length) throw fail("NOT_FOUND", missing);
        const replaced = await this.corrected(em, ids);
        const conflicts: Record<string, Msg> = {};
        const bad = new Check();
        ids.forEach((id, i) => {
          const inst = byId.get(id)!;
          const det = detailOf.get(id);
          if (det?.d.expectedVersion != null && det.d.expectedVersion !== inst.version) {
            conflicts[`${det.at}.expectedVersion`] = t("payment.installmentWasChangedMeanwhile");
          } else if (replaced.has(id)) {
            conflicts[`ids.${i}`] = t("payment.installmentWasCorrectedRecord");
          } else if (inst.status !== InstallmentStatus.to_provide) {
            conflicts[`ids.${i}`] = t("payment.installmentAlready", { status: inst.status });
          } else if (inst.means === PaymentMeans.cheque && !inst.membershipId) {
            // Cheques to hand over to a farmer are traced; a fee cheque is cashed by the AMAP itself.
            for (const f of ["chequeNumber", "bank", "issuer"] as const) {
              const value = det?.d[f] || inst[f];
              if (!value) bad.fail(det ? `${det.at}.${f}` : `ids.${i}`, t("payment.chequeNumberBankIssuer"));
              else inst[f] = value;
            }
          }
        });
        if (Object.keys(conflicts).length) throw fail("CONFLICT", conflicts);
        bad.done();
        for (const id of ids) await this.receive(em, byId.get(id)!, date);
        return em.getRepository(Installment).find({ where: { id: In(ids) }, order: { dueOn: "ASC", rank: "ASC" } });
      }),
    );
  }

  private async receive(em: EntityManager, inst: Installment, date: string): Promise<void> {
    const before = { ...inst };
    const cheque = inst.means === PaymentMeans.cheque && !inst.membershipId;
    const patch = cheque
      ? {
          status: InstallmentStatus.received,
          receivedOn: date,
          chequeNumber: inst.chequeNumber,
          bank: inst.bank,
          issuer: inst.issuer,
        }
      : {
          status: InstallmentStatus.paid,
          paidOn: date,
          receivedOn: inst.means === PaymentMeans.cheque ? date : null,
          chequeNumber: inst.chequeNumber,
          bank: inst.bank,
          issuer: inst.issuer,
        };
    const res = await em
      .getRepository(Installment)
      .update({ id: inst.id, version: inst.version, status: InstallmentStatus.to_provide }, patch);
    if (affected(res) !== 1) throw conflict(t("payment.installmentWasChangedMeanwhile"), "ids");
    await recordAudit(em, {
      amapId: inst.amapId,
      actorId: this.actorId,
      entity: "Installment",
      entityId: inst.id,
      action: cheque ? "receive" : "pay",
      before,
      after: { ...inst, ...patch, version: inst.version + 1 },
    });
    if (inst.membershipId) {
      const m = await em.getRepository(Membership).findOne({ where: { id: inst.membershipId } });
      if (m && m.status === MembershipStatus.pending) {
        await em.getRepository(Membership).update({ id: m.id }, { status: MembershipStatus.paid, paidOn: date });
        await recordAudit(em, {
          amapId: m.amapId,
          actorId: this.actorId,
          entity: "Membership",
          entityId: m.id,
          action: "pay",
          before: m,
          after: { ...m, status: MembershipStatus.paid, paidOn: date },
        });
      }
    }
  }

  /**
   * Hands a farm the payments the AMAP received for it, as one batch (remise): the given ones, or
   * every received one. Each payment goes in exactly one batch, even when two treasurers do it at once.
   */
  async handOver(amapId: string, farmId: string, date: string, ids?: string[] | null): Promise<Handover> {
    const check = new Check();
    check.id("amapId", amapId, { required: true });
    check.id("farmId", farmId, { required: true });
    check.date("date", date, { required: true });
    if (ids) this.checkIds(check, ids);
    check.done();
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const farmSubs = em
          .getRepository(Subscription)
          .createQueryBuilder("s")
          .select("s.id")
          .where("s.amapId = :amapId AND s.farmId = :farmId");
        const qb = em
          .getRepository(Installment)
          .createQueryBuilder("i")
          .where("i.amapId = :amapId AND i.status = :received", {
            amapId,
            farmId,
            received: InstallmentStatus.received,
          })
          .andWhere(`i.subscriptionId IN (${farmSubs.getQuery()})`);
        if (ids) qb.andWhere("i.id IN (:...ids)", { ids });
        const rows = await forUpdate(qb.orderBy("i.dueOn", "ASC").addOrderBy("i.id", "ASC"), em).getMany();
        const replaced = rows.length
          ? await this.corrected(
              em,
              rows.map((r) => r.id),
            )
          : new Set<string>();
        const batch = rows.filter((r) => !replaced.has(r.id));
        if (ids) {
          const found = new Set(batch.map((r) => r.id));
          const fields: Record<string, Msg> = {};
          ids.forEach((id, i) => found.has(id) || (fields[`ids.${i}`] = t("payment.installmentNotReceivedCheque")));
          if (Object.keys(fields).length) throw fail("CONFLICT", fields);
        }
        if (!batch.length) throw conflict(t("payment.noReceivedChequeHand"), "farmId");
        const handover = em.getRepository(Handover).create({
          id: uuidv7(),
          amapId,
          farmId,
          handedOverOn: date,
          totalCents: batch.reduce((s, r) => s + r.amountCents, 0),
          installmentCount: batch.length,
          recordedBy: this.actorId,
        });
        await em.getRepository(Handover).insert(handover);
        const res = await em
          .getRepository(Installment)
          .update(
            { id: In(batch.map((r) => r.id)), status: InstallmentStatus.received },
            { status: InstallmentStatus.handed_over, handedOverOn: date, handoverId: handover.id },
          );
        if (affected(res) !== batch.length) throw conflict(t("payment.someChequesWereHanded"), "ids");
        await recordAudit(em, {
          amapId,
          actorId: this.actorId,
          entity: "Handover",
          entityId: handover.id,
          action: "create",
          before: null,
          after: { ...handover, installmentIds: batch.map((r) => r.id) },
        });
        for (const r of batch) {
          await recordAudit(em, {
            amapId,
            actorId: this.actorId,
            entity: "Installment",
            entityId: r.id,
            action: "hand_over",
            before: r,
            after: {
              ...r,
              status: InstallmentStatus.handed_over,
              handedOverOn: date,
              handoverId: handover.id,
              version: r.version + 1,
            },
          });
        }
        return handover;
      }),
    );
  }

  /** A correcting record replaces an installment; the original stays as it was, and is corrected only once. */
  async correct(id: string, input: InstallmentCorrectionInput): Promise<Installment> {
    const check = new Check();
    check.id("id", id, { required: true });
    const reason = check.text("reason", input.reason, { required: true, max: 500 });
    check.cents("amountCents", input.amountCents);
    check.date("dueOn", input.dueOn);
    if (input.means !== undefined && input.means !== null && !Object.values(PaymentMeans).includes(input.means))
      check.fail("means", t("membership.unknownMeansPayment"));
    input.chequeNumber = checkChequeNumber(check, "chequeNumber", input.chequeNumber);
    for (const [f, max] of [
      ["bank", 100],
      ["issuer", 200],
    ] as const)
      input[f] = check.text(f, input[f], { max });
    check.int("expectedVersion", input.expectedVersion, { min: 1, required: true });
    check.done();
    return withDeadlockRetry(() =>
      this.em.transaction(async (em) => {
        const original = await forUpdate(
          em.getRepository(Installment).createQueryBuilder("i").where("i.id = :id", { id }),
          em,
        ).getOne();
        if (!original) throw notFound(WHAT, id);
        if (original.version !== input.expectedVersion) {
          throw conflict(t("payment.installmentWasChangedMeanwhile"), "expectedVersion");
        }
        const already = await em.getRepository(Installment).findOne({ where: { correctsId: id } });
        if (already) throw conflict(t("payment.installmentWasAlreadyCorrected"), "id");
        if (original.status === InstallmentStatus.cancelled)
          throw conflict(t("payment.cancelledInstallmentCannotCorrected"), "id");
        const next: Installment = {
          ...original,
          id: uuidv7(),
          amountCents: input.amountCents ?? original.amountCents,
          means: input.means ?? original.means,
          dueOn: input.dueOn ?? original.dueOn,
          chequeNumber: input.chequeNumber ?? original.chequeNumber,
          bank: input.bank ?? original.bank,
          issuer: input.issuer ?? original.issuer,
          status: input.void ? InstallmentStatus.cancelled : original.status,
          correctsId: original.id,
          correctionReason: reason!,
          version: 1,
        };
        const received = next.status === InstallmentStatus.received || next.status === InstallmentStatus.handed_over;
        if (received && next.means === PaymentMeans.cheque && !(next.chequeNumber && next.bank && next.issuer)) {
          const bad = new Check();
          for (const f of ["chequeNumber", "bank", "issuer"] as const)
            if (!next[f]) bad.fail(f, t("payment.chequeNumberBankIssuer2"));
          bad.done();
        }
        const { createdAt: _c, updatedAt: _u, ...row } = next;
        await em.getRepository(Installment).insert(row);
        await recordAudit(em, {
          amapId: original.amapId,
          actorId: this.actorId,
          entity: "Installment",
          entityId: next.id,
          action: "correct",
          before: original,
          after: row,
        });
        return getOrThrow(em.getRepository(Installment), next.id, WHAT);
      }),
    );
  }
}
