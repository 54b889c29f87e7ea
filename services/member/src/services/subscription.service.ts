import { EntityManager, FindOptionsWhere, In } from "typeorm";
import {
  badInput,
  Check,
  conflict,
  findPage,
  getOrThrow,
  insertMany,
  notFound,
  Page,
  PageArgs,
  todayIn,
  uuidv7,
} from "@champ-commun/kit";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Installment, InstallmentStatus, PaymentMeans } from "../entities/installment.entity";
import { CreateSubscriptionInput, SubscriptionFilter } from "../inputs/subscription.input";
import { recordAudit } from "../audit/audit";
import { checkGrid, checkPaymentChoice, CheckedGrid } from "./subscription-rules";
import { installmentSchedule } from "./schedule";
import { checkQuotas, holdsTemplate, lockTemplateSubscriptions } from "./quota";
import { checkMember, checkSharing, writeCoSubscribers } from "./subscription-sharing";
import { withDeadlockRetry } from "./locking";
import { WaitingListService } from "./waiting-list.service";
import type { TemplateTerms, TemplateTermsSource } from "./template-terms";
import { subscriptionNotices } from "../notifications/season.notices";
import { t } from "../i18n";

const WHAT = t("subscriptionSharing.subscription");
const TEMPLATE = t("subscriptionSharing.contractTemplate");

/** Who acts and when: the audit trail's actor and the clock of the rules (tests set it). */
export interface RuleOptions {
  actorId?: string | null;
  now?: Date;
  /**
   * Whether the caller is this household's own hand (one of its people; or the operator's scripts
   * and in-process calls). Anyone else enters a subscription that awaits the household's signature.
   */
  actsAsHousehold?: (householdId: string) => boolean;
}

export class SubscriptionService {
  constructor(
    private readonly em: EntityManager,
    private readonly terms: TemplateTermsSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get repo() {
    return this.em.getRepository(Subscription);
  }

  list(filter: SubscriptionFilter = {}, args: Partial<PageArgs> = {}): Promise<Page<Subscription>> {
    const where: FindOptionsWhere<Subscription> = {};
    if (filter.ids) where.id = In(filter.ids);
    for (const k of ["amapId", "templateId", "householdId", "status"] as const) {
      if (filter[k] !== undefined && filter[k] !== null) (where as Record<string, unknown>)[k] = filter[k];
    }
    return findPage(this.repo, where, args, ["createdAt", "status", "totalCents", "templateName", "startsOn"], {
      createdAt: "ASC",
    });
  }

  get(id: string): Promise<Subscription> {
    return getOrThrow(this.repo, id, WHAT);
  }

  async templateTerms(templateId: string): Promise<TemplateTerms> {
    const terms = await this.terms.get(templateId);
    if (!terms) throw notFound(TEMPLATE, templateId);
    return terms;
  }

  /**
   * Signs up a household to an open template: checks the grid against the frozen terms, freezes
   * prices on each delivery line and writes the payment schedule, in one transaction. A référent
   * entering it for a paper member (`enteredBy`) leaves it awaiting the member's signature.
   * `promoting`: a waiting-list entry taking a freed place, after the window may have closed.
   */
  async create(input: CreateSubscriptionInput, promoting = false): Promise<Subscription> {
    const check = new Check();
    check.id("templateId", input.templateId, { required: true });
    check.id("householdId", input.householdId, { required: true });
    check.id("enteredBy", input.enteredBy);
    check.date("startsOn", input.startsOn);
    check.int("installmentCount", input.installmentCount, { min: 1, max: 52, required: true });
    if (!Object.values(PaymentMeans).includes(input.means)) check.fail("means", t("membership.unknownMeansPayment"));
    if (!Array.isArray(input.lines)) check.fail("lines", t("subscription.quantityGridRequired"));
    check.done();

    const terms = await this.templateTerms(input.templateId);
    // Whether the window is open is the amap subgraph's call (today in the AMAP's time zone).
    if (!promoting && !terms.acceptsSubscriptions) {
      throw conflict(t("subscription.subscriptionsContractAreClosed"), "templateId");
    }
    await checkMember(this.em, check, terms, input.householdId, "householdId");
    await checkSharing(this.em, check, terms, input.householdId, input);
    checkPaymentChoice(check, terms, input.installmentCount, input.means);
    const grid = checkGrid(check, terms, input.lines, input.startsOn);
    check.done();
    return withDeadlockRetry(() =>
      this.em.transaction((em) =>
        new SubscriptionService(em, this.terms, this.opts).insert(input, terms, grid, promoting),
      ),
    );
  }

  private async insert(
    input: CreateSubscriptionInput,
    terms: TemplateTerms,
    grid: CheckedGrid,
    promoting = false,
  ): Promise<Subscription> {
    await lockTemplateSubscriptions(this.em, terms);
    if (await holdsTemplate(this.em, terms, input.householdId)) {
      throw conflict(t("subscription.householdAlreadySubscribedContract"), "householdId");
    }
    await checkQuotas(
      this.em,
      terms,
      grid.cells.map((c) => ({ at: `lines.${c.index}`, line: c.line, delivery: c.delivery, quantity: c.quantity })),
    );

    const now = this.opts.now ?? new Date();
    // Consent (issue 11): only the household signs; whoever else enters it leaves it awaiting the
    // household's signature (or a référent's record of the paper contract), whatever they ask.
    const byHousehold = !input.enteredBy && (this.opts.actsAsHousehold?.(input.householdId) ?? true);
    const enteredBy = byHousehold ? null : (input.enteredBy ?? this.opts.actorId ?? null);
    const status =
      input.draft === true
        ? SubscriptionStatus.draft
        : byHousehold
          ? SubscriptionStatus.signed
          : SubscriptionStatus.awaiting_member_signature;
    const sub = this.repo.create({
      id: uuidv7(),
      amapId: terms.amapId,
      templateId: terms.templateId,
      householdId: input.householdId,
      status,
      startsOn: grid.startsOn,
      totalCents: grid.totalCents,
      installmentCount: input.installmentCount,
      signedAt: status === SubscriptionStatus.signed ? now : null,
      countersignedAt: null,
      terminationReason: "",
      terms: {
        templateName: terms.name,
        kind: terms.kind,
        text: terms.text,
        payeeName: terms.payeeName,
        farmId: terms.farmId,
      },
      templateName: terms.name,
      farmId: terms.farmId,
      partnerHouseholdId: input.partnerHouseholdId ?? null,
      enteredBy,
      paperSignature: null,
    });
    await this.repo.save(sub);
    await writeCoSubscribers(this.em, sub, input.coSubscriberHouseholdIds ?? [], false);
    await insertMany(
      this.em.getRepository(DeliveryLine),
      grid.cells.map((c) => newLine(sub, c)),
    );
    const schedule = installmentSchedule(grid.totalCents, input.installmentCount, terms.cashingDates, grid.startsOn);
    await insertMany(
      this.em.getRepository(Installment),
      schedule.map((p) => ({
        id: uuidv7(),
        amapId: terms.amapId,
        householdId: input.householdId,
        subscriptionId: sub.id,
        membershipId: null,
        rank: p.rank,
        dueOn: p.dueOn,
        amountCents: p.amountCents,
        means: input.means,
        status: InstallmentStatus.to_provide,
        chequeNumber: "",
        bank: "",
        issuer: "",
        payee: terms.payeeName,
        version: 1,
        correctionReason: "",
      })),
    );
    await recordAudit(this.em, {
      amapId: sub.amapId,
      actorId: this.opts.actorId ?? null,
      entity: "Subscription",
      entityId: sub.id,
      action: "create",
      before: null,
      after: { ...sub, schedule },
    });
    // A promotion from the waiting list is told by its own notice (waiting-list.service.ts).
    if (!promoting) await subscriptionNotices(this.em, sub);
    return sub;
  }

  /** The member signs a draft, or a subscription a référent entered for them. */
  async sign(id: string): Promise<Subscription> {
    const sub = await this.get(id);
    if (sub.status !== SubscriptionStatus.draft && sub.status !== SubscriptionStatus.awaiting_member_signature) {
      throw conflict(t("subscription.onlyDraftSubscriptionReferent"), "id");
    }
    return this.transition(
      sub,
      "sign",
      () => {
        sub.status = SubscriptionStatus.signed;
        sub.signedAt = this.opts.now ?? new Date();
      },
      (em) => subscriptionNotices(em, sub),
    );
  }

  /**
   * A référent (or an AMAP admin) records the paper contract the household signed: its date and
   * reference stand for the household's signature (audited), for a subscription entered for it.
   */
  async recordPaperSignature(input: {
    subscriptionId: string;
    signedOn: string;
    reference: string;
    note?: string | null;
  }): Promise<Subscription> {
    const check = new Check();
    check.id("subscriptionId", input.subscriptionId, { required: true });
    check.date("signedOn", input.signedOn, { required: true });
    check.text("reference", input.reference, { required: true, max: 200 });
    check.text("note", input.note, { max: 500 });
    check.done();
    const sub = await this.get(input.subscriptionId);
    const { timeZone } = await this.templateTerms(sub.templateId);
    if (input.signedOn > todayIn(timeZone, this.opts.now ?? new Date()))
      throw badInput("signedOn", t("subscription.signingDateCannotFuture"));
    if (sub.status !== SubscriptionStatus.draft && sub.status !== SubscriptionStatus.awaiting_member_signature) {
      throw conflict(t("subscription.subscriptionAlreadySignedThere"), "subscriptionId");
    }
    return this.transition(sub, "record_paper_signature", () => {
      sub.status = SubscriptionStatus.signed;
      sub.signedAt = new Date(`${input.signedOn}T12:00:00Z`);
      sub.paperSignature = {
        signedOn: input.signedOn,
        reference: input.reference.trim(),
        note: (input.note ?? "").trim(),
        recordedBy: this.opts.actorId ?? "system",
        recordedAt: (this.opts.now ?? new Date()).toISOString(),
      };
    });
  }

  /** The farmer countersigns a signed subscription once the template is closed to new subscriptions. */
  async countersign(id: string): Promise<Subscription> {
    const sub = await this.get(id);
    if (sub.status !== SubscriptionStatus.signed) {
      throw conflict(t("subscription.onlySubscriptionHouseholdSigned"), "id");
    }
    const terms = await this.templateTerms(sub.templateId);
    if (terms.status !== "closed" && terms.status !== "running") {
      throw conflict(t("subscription.farmerCountersignsOnceSubscriptions"), "id");
    }
    return this.transition(sub, "countersign", () => {
      sub.status = SubscriptionStatus.countersigned;
      sub.countersignedAt = this.opts.now ?? new Date();
    });
  }

  private async transition(
    sub: Subscription,
    action: string,
    change: () => void,
    notices?: (em: EntityManager) => Promise<void>,
  ): Promise<Subscription> {
    return this.em.transaction(async (em) => {
      const before = { ...sub };
      change();
      await em.getRepository(Subscription).save(sub);
      await recordAudit(em, {
        amapId: sub.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "Subscription",
        entityId: sub.id,
        action,
        before,
        after: sub,
      });
      await notices?.(em);
      return sub;
    });
  }

  /** Ends a subscription early; installments not yet provided are cancelled, the others are kept; its place goes to the waiting list. */
  async terminate(id: string, reason: string): Promise<Subscription> {
    const check = new Check();
    const why = check.text("reason", reason, { required: true, max: 500 });
    check.done();
    const ended = await this.em.transaction(async (em) => {
      const sub = await new SubscriptionService(em, this.terms).get(id);
      if (sub.status === SubscriptionStatus.terminated || sub.status === SubscriptionStatus.finished) {
        throw conflict(t("subscription.subscriptionHasAlreadyEnded"), "id");
      }
      const before = { ...sub };
      sub.status = SubscriptionStatus.terminated;
      sub.terminationReason = why!;
      await em.getRepository(Subscription).save(sub);
      await em
        .getRepository(Installment)
        .update(
          { subscriptionId: sub.id, status: InstallmentStatus.to_provide },
          { status: InstallmentStatus.cancelled },
        );
      await recordAudit(em, {
        amapId: sub.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "Subscription",
        entityId: sub.id,
        action: "terminate",
        before,
        after: sub,
      });
      return sub;
    });
    await new WaitingListService(this.em, this.terms, this.opts).promote(ended.templateId);
    return ended;
  }
}

/** A delivery line of a subscription, its price frozen from the template line. */
export function newLine(
  sub: Subscription,
  c: { line: TemplateTerms["lines"][number]; delivery: { distributionId: string; date: string }; quantity: number },
): Partial<DeliveryLine> {
  return {
    id: uuidv7(),
    amapId: sub.amapId,
    subscriptionId: sub.id,
    templateLineId: c.line.id,
    productId: c.line.productId,
    productName: c.line.productName,
    unit: c.line.unit,
    distributionId: c.delivery.distributionId,
    date: c.delivery.date,
    quantity: c.quantity,
    unitPriceCents: c.line.unitPriceCents,
  };
}
