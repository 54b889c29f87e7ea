import { EntityManager, In } from "typeorm";
import {
  Check,
  conflict,
  findPage,
  getOrThrow,
  isUuid,
  Page,
  PageArgs,
  uuidv7,
  MAX_CENTS,
  tooLarge,
} from "@champ-commun/kit";
import { NetworkShareRemittance } from "../entities/network-share-remittance.entity";
import { recordNetworkAudit } from "../audit/network-audit";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import {
  NetworkShareRemittanceFilter,
  RecordNetworkShareRemittanceInput,
} from "../inputs/network-share-remittance.input";
import { dateRange, NO_AMAP, NO_NETWORK, referenced, today, whereFrom } from "./checks";
import { t } from "../i18n";

const WHAT = t("networkShareRemittance.networkShareRemittance");

/**
 * What AMAPs remit to their network from the membership fees they collect (the tool records it,
 * it never moves money). Records are never edited: a mistake is fixed by a new, negative record.
 */
export class NetworkShareRemittanceService {
  constructor(
    private readonly em: EntityManager,
    /** Who acts, for the audit trail. */
    private readonly actorId: string | null = null,
  ) {}

  private get repo() {
    return this.em.getRepository(NetworkShareRemittance);
  }

  list(filter: NetworkShareRemittanceFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<NetworkShareRemittance>> {
    const where = whereFrom<NetworkShareRemittance>(filter, ["networkId", "amapId", "year"]);
    if (filter.ids) where.id = In(filter.ids);
    const remittedOn = dateRange(filter.from, filter.to);
    if (remittedOn) where.remittedOn = remittedOn;
    return findPage(this.repo, where, args, ["remittedOn", "year", "amountCents", "createdAt"], { remittedOn: "DESC" });
  }

  get(id: string): Promise<NetworkShareRemittance> {
    return getOrThrow(this.repo, id, WHAT);
  }

  async record(input: RecordNetworkShareRemittanceInput): Promise<NetworkShareRemittance> {
    const check = new Check();
    check.id("networkId", input.networkId, { required: true });
    check.id("amapId", input.amapId, { required: true });
    check.id("correctsId", input.correctsId);
    check.int("year", input.year, { min: 2000, max: 2100, required: true });
    check.date("remittedOn", input.remittedOn, { required: true });
    const reference = check.text("reference", input.reference, { max: 100 });
    const reason = check.text("reason", input.reason, { max: 500 });
    if (Number.isInteger(input.amountCents) && Math.abs(input.amountCents) > MAX_CENTS)
      check.fail("amountCents", tooLarge());
    else if (!Number.isInteger(input.amountCents) || input.amountCents === 0) {
      check.fail("amountCents", t("networkShareRemittance.amountWholeNumberCents"));
    } else if (input.amountCents < 0 && !reason) {
      check.fail("reason", t("networkShareRemittance.negativeAmountCorrectsRemittance"));
    }
    if (input.correctsId && !reason) check.fail("reason", t("networkShareRemittance.correctionGivesReason"));
    if (input.remittedOn > today()) check.fail("remittedOn", t("networkShareRemittance.remittanceDateCannotFuture"));
    await referenced(this.em, Network, check, "networkId", input.networkId, NO_NETWORK);
    await referenced(this.em, Amap, check, "amapId", input.amapId, NO_AMAP);
    const corrected = isUuid(input.correctsId)
      ? await referenced(
          this.em,
          NetworkShareRemittance,
          check,
          "correctsId",
          input.correctsId,
          t("networkShareRemittance.remittanceDoesNotExist"),
        )
      : null;
    if (
      corrected &&
      (corrected.networkId !== input.networkId || corrected.amapId !== input.amapId || corrected.year !== input.year)
    ) {
      check.fail("correctsId", t("networkShareRemittance.correctionAppliesRemittanceSame"));
    }
    check.done();
    if (corrected) {
      // The corrected remittance and its corrections never add up to less than nothing.
      const corrections = await this.repo.find({ where: { correctsId: corrected.id } });
      const balance = corrected.amountCents + corrections.reduce((s, r) => s + r.amountCents, 0) + input.amountCents;
      if (balance < 0) {
        throw conflict(t("networkShareRemittance.correctionWouldMakeRemittance", { balance }), "amountCents");
      }
    }
    // A money record: written with its audit entry, or not at all.
    return this.em.transaction(async (em) => {
      const repo = em.getRepository(NetworkShareRemittance);
      const r = await repo.save(
        repo.create({
          id: uuidv7(),
          networkId: input.networkId,
          amapId: input.amapId,
          year: input.year,
          amountCents: input.amountCents,
          remittedOn: input.remittedOn,
          reference: reference ?? "",
          reason: reason ?? "",
          correctsId: input.correctsId ?? null,
        }),
      );
      await recordNetworkAudit(em, {
        networkId: r.networkId,
        actorId: this.actorId,
        entity: "NetworkShareRemittance",
        entityId: r.id,
        action: r.correctsId ? "correct" : "record",
        before: null,
        after: r,
      });
      return r;
    });
  }
}
