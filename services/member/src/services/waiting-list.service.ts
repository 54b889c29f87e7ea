import { EntityManager } from "typeorm";
import { conflict, DomainError, getOrThrow, todayIn, uuidv7 } from "@champ-commun/kit";
import { WaitingListEntry, WaitingListStatus } from "../entities/waiting-list-entry.entity";
import type { Subscription } from "../entities/subscription.entity";
import type { CreateSubscriptionInput } from "../inputs/subscription.input";
import { recordAudit } from "../audit/audit";
import { QuotaError } from "./quota";
import { RuleOptions, SubscriptionService } from "./subscription.service";
import type { TemplateTermsSource } from "./template-terms";
import { waitingListNotice } from "../notifications/season.notices";
import { t } from "../i18n";

const WHAT = t("waitingList.waitingListEntry");

export interface SubscriptionRequestResult {
  subscription: Subscription | null;
  waitingListEntry: WaitingListEntry | null;
}

/**
 * The farm's quota is full: further households go to the template's waiting list, and are
 * promoted in order (each entry that fits, oldest first) when a place frees.
 */
export class WaitingListService {
  constructor(
    private readonly em: EntityManager,
    private readonly terms: TemplateTermsSource,
    private readonly opts: RuleOptions = {},
  ) {}

  private get repo() {
    return this.em.getRepository(WaitingListEntry);
  }

  /** Subscribes the household, or puts it on the waiting list when the quota is full. */
  async request(input: CreateSubscriptionInput): Promise<SubscriptionRequestResult> {
    try {
      return {
        subscription: await new SubscriptionService(this.em, this.terms, this.opts).create(input),
        waitingListEntry: null,
      };
    } catch (err) {
      if (!(err instanceof QuotaError)) throw err;
    }
    const terms = (await this.terms.get(input.templateId))!;
    return this.em.transaction(async (em) => {
      const waiting = await em.getRepository(WaitingListEntry).exists({
        where: {
          amapId: terms.amapId,
          templateId: input.templateId,
          householdId: input.householdId,
          status: WaitingListStatus.waiting,
        },
      });
      if (waiting) throw conflict(t("waitingList.householdAlreadyContractS"), "householdId");
      const entry = em.getRepository(WaitingListEntry).create({
        id: uuidv7(),
        amapId: terms.amapId,
        templateId: input.templateId,
        householdId: input.householdId,
        status: WaitingListStatus.waiting,
        request: {
          lines: input.lines,
          installmentCount: input.installmentCount,
          means: input.means,
          startsOn: input.startsOn ?? null,
        },
        subscriptionId: null,
      });
      await em.getRepository(WaitingListEntry).save(entry);
      await recordAudit(em, {
        amapId: entry.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "WaitingListEntry",
        entityId: entry.id,
        action: "create",
        before: null,
        after: entry,
      });
      return { subscription: null, waitingListEntry: entry };
    });
  }

  /** The template's waiting entries, in order. */
  waiting(templateId: string): Promise<WaitingListEntry[]> {
    return this.repo.find({ where: { templateId, status: WaitingListStatus.waiting }, order: { id: "ASC" } });
  }

  /**
   * Gives freed places to waiting households, oldest first: an entry whose grid now fits becomes
   * a signed subscription (deliveries already past are left out); the others keep their place.
   */
  async promote(templateId: string): Promise<WaitingListEntry[]> {
    const promoted: WaitingListEntry[] = [];
    for (const entry of await this.waiting(templateId)) {
      const r = entry.request;
      const terms = await this.terms.get(templateId);
      if (!terms) break;
      const today = todayIn(terms.timeZone, this.opts.now ?? new Date());
      const dateOf = new Map(terms.deliveries.map((d) => [d.distributionId, d.date]));
      const startsOn = r.startsOn && r.startsOn > today ? r.startsOn : today;
      const lines = r.lines.filter((l) => (dateOf.get(l.distributionId) ?? "") >= startsOn);
      try {
        const sub = await new SubscriptionService(this.em, this.terms, this.opts).create(
          {
            templateId,
            householdId: entry.householdId,
            installmentCount: r.installmentCount,
            means: r.means,
            startsOn,
            lines,
          },
          true,
        );
        await this.em.transaction(async (em) => {
          const before = { ...entry };
          Object.assign(entry, { status: WaitingListStatus.promoted, subscriptionId: sub.id });
          await em.getRepository(WaitingListEntry).save(entry);
          await recordAudit(em, {
            amapId: entry.amapId,
            actorId: this.opts.actorId ?? null,
            entity: "WaitingListEntry",
            entityId: entry.id,
            action: "promote",
            before,
            after: entry,
          });
          await waitingListNotice(em, sub);
        });
        promoted.push(entry);
      } catch (err) {
        // Still no room for this grid (or no longer valid): the entry keeps its place in the list.
        if (!(err instanceof DomainError)) throw err;
      }
    }
    return promoted;
  }

  async withdraw(id: string): Promise<WaitingListEntry> {
    return this.em.transaction(async (em) => {
      const entry = await getOrThrow(em.getRepository(WaitingListEntry), id, WHAT);
      if (entry.status !== WaitingListStatus.waiting) throw conflict(t("waitingList.entryNoLongerWaiting"), "id");
      const before = { ...entry };
      entry.status = WaitingListStatus.withdrawn;
      await em.getRepository(WaitingListEntry).save(entry);
      await recordAudit(em, {
        amapId: entry.amapId,
        actorId: this.opts.actorId ?? null,
        entity: "WaitingListEntry",
        entityId: entry.id,
        action: "withdraw",
        before,
        after: entry,
      });
      return entry;
    });
  }
}
