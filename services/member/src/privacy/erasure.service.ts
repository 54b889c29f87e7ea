import { EntityManager, In, IsNull, LessThanOrEqual, Not } from "typeorm";
import { conflict, findPage, getOrThrow, inTransaction, Page, PageArgs, uuidv7 } from "@champ-commun/kit";
import { Household, HouseholdStatus } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { Installment } from "../entities/installment.entity";
import { BasketHandover } from "../entities/basket-handover.entity";
import { DutySignup } from "../entities/duty-signup.entity";
import { AuditEntry } from "../audit/audit-entry.entity";
import { recordAudit } from "../audit/audit";
import { Account } from "../accounts/account.entity";
import { OneTimeToken } from "../accounts/one-time-token.entity";
import { OutboxMail } from "../notifications/outbox-mail.entity";
import { NotificationPreference } from "../notifications/preference.entity";
import { CalendarFeed, CalendarFeedKind } from "../calendar/calendar-feed.entity";
import { EventRegistration } from "../events/event-registration.entity";
import { AccountService } from "../accounts/account.service";
import { ErasureRequest, ErasureStatus } from "./erasure-request.entity";
import { HouseholdExportService } from "./household-export.service";
import { purgeStagedRows } from "./staging";
import { t } from "../i18n";

const REQUEST = t("erasure.erasureRequest");
const HOUSEHOLD = t("household.household");
/** What replaces an erased value in the audit trail's snapshots. */
export const ERASED = "[effacé]";

/** Days between a member's request and its automatic run, when no AMAP admin confirmed it before. */
export function erasureDelayDays(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.ERASURE_DELAY_DAYS ?? 30);
  return Number.isFinite(n) && n >= 0 ? n : 30;
}

/** The name an erased household keeps on sheets and balances: no one can be found from it. */
export const anonymousName = (householdId: string) =>
  `Foyer anonyme ${householdId.replace(/-/g, "").slice(-6).toUpperCase()}`;

export interface ErasureFilter {
  amapId: string;
  status?: ErasureStatus | null;
}

/** The strings that identify the household's people, from the most to the least specific. */
interface Needles {
  /** Unique to these people: e-mails, phones, full names, the household's name. Scrubbed from the whole audit trail. */
  unique: string[];
  /** Also first and last names alone and the address: scrubbed only from entries about the household. */
  all: string[];
}

function needlesOf(
  household: Household,
  people: Array<Pick<Person, "firstName" | "lastName" | "email" | "phone">>,
): Needles {
  const unique = new Set<string>();
  const all = new Set<string>();
  const add = (set: Set<string>, s: string | null | undefined, min: number) => {
    const v = (s ?? "").trim();
    if (v.length >= min) set.add(v);
  };
  for (const p of people) {
    add(unique, p.email, 3);
    add(unique, p.phone, 6);
    if (p.firstName?.trim() && p.lastName?.trim()) {
      add(unique, `${p.firstName.trim()} ${p.lastName.trim()}`, 5);
      add(unique, `${p.lastName.trim()} ${p.firstName.trim()}`, 5);
    }
    add(all, p.lastName, 2);
    add(all, p.firstName, 2);
  }
  // The household's own name is as telling as a full name.
  add(unique, household.displayName, 5);
  add(all, household.address, 4);
  for (const u of unique) all.add(u);
  // Longest first, so that "Anaïs Zyskowicz" is replaced whole before "Zyskowicz".
  const byLength = (a: string, b: string) => b.length - a.length;
  return { unique: [...unique].sort(byLength), all: [...all].sort(byLength) };
}

/** Replaces every needle in the strings of a JSON value (keys kept). */
function scrubValue(value: unknown, needles: string[]): unknown {
  if (typeof value === "string") {
    let s = value;
    for (const n of needles)
      if (s.toLowerCase().includes(n.toLowerCase()))
        s = s.replace(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi"), ERASED);
    return s;
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, needles));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, needles)]));
  return value;
}

/**
 * Erasure of a household's identity (domain.md, "personal data"): the member asks, an AMAP admin
 * confirms (or the request runs by itself after `erasureDelayDays`), both audited. Names, e-mails,
 * phones, the address, the people, their accounts, sessions and e-mailed links go; memberships,
 * subscriptions, grids and installments stay, under an anonymous household, for their legal
 * retention (amounts untouched). The audit trail's snapshots are scrubbed of the identity.
 */
export class ErasureService {
  constructor(
    private readonly em: EntityManager,
    private readonly actorId: string | null,
  ) {}

  private get repo() {
    return this.em.getRepository(ErasureRequest);
  }

  list(filter: ErasureFilter, page: Partial<PageArgs>): Promise<Page<ErasureRequest>> {
    const where: Record<string, unknown> = { amapId: filter.amapId };
    if (filter.status) where.status = filter.status;
    return findPage(this.repo, where, page, ["requestedAt", "dueAt", "status"], { requestedAt: "DESC" });
  }

  pendingFor(householdId: string): Promise<ErasureRequest | null> {
    return this.repo.findOne({ where: { householdId, status: ErasureStatus.requested } });
  }

  /** The member (or an AMAP admin for them) asks; asking twice gives the pending request back. */
  async request(householdId: string, now = new Date()): Promise<ErasureRequest> {
    return inTransaction(this.em, async (em) => {
      const household = await getOrThrow(em.getRepository(Household), householdId, HOUSEHOLD);
      const pending = await em
        .getRepository(ErasureRequest)
        .findOne({ where: { householdId, status: ErasureStatus.requested } });
      if (pending) return pending;
      if (await em.getRepository(ErasureRequest).exists({ where: { householdId, status: ErasureStatus.erased } })) {
        throw conflict(t("erasure.householdSDataHas"), "householdId");
      }
      const req = em.getRepository(ErasureRequest).create({
        id: uuidv7(),
        amapId: household.amapId,
        householdId,
        status: ErasureStatus.requested,
        requestedBy: this.actorId ?? "system",
        requestedAt: now,
        dueAt: new Date(now.getTime() + erasureDelayDays() * 86_400_000),
        decidedBy: null,
        erasedAt: null,
        cancelledAt: null,
      });
      await em.getRepository(ErasureRequest).insert(req);
      await recordAudit(em, {
        amapId: req.amapId,
        actorId: this.actorId,
        entity: "ErasureRequest",
        entityId: req.id,
        action: "request",
        before: null,
        after: { householdId, dueAt: req.dueAt },
      });
      return req;
    });
  }

  async cancel(id: string, now = new Date()): Promise<ErasureRequest> {
    return inTransaction(this.em, async (em) => {
      const req = await getOrThrow(em.getRepository(ErasureRequest), id, REQUEST);
      if (req.status !== ErasureStatus.requested) throw conflict(t("erasure.requestNoLongerPending"), "id");
      req.status = ErasureStatus.cancelled;
      req.cancelledAt = now;
      req.decidedBy = this.actorId ?? "system";
      await em.getRepository(ErasureRequest).save(req);
      await recordAudit(em, {
        amapId: req.amapId,
        actorId: this.actorId,
        entity: "ErasureRequest",
        entityId: req.id,
        action: "cancel",
        before: { status: ErasureStatus.requested },
        after: { status: req.status },
      });
      return req;
    });
  }

  /** An AMAP admin confirms: the erasure runs now. */
  async confirm(id: string, now = new Date()): Promise<ErasureRequest> {
    return inTransaction(this.em, async (em) => {
      const req = await getOrThrow(em.getRepository(ErasureRequest), id, REQUEST);
      if (req.status !== ErasureStatus.requested) throw conflict(t("erasure.requestNoLongerPending"), "id");
      await recordAudit(em, {
        amapId: req.amapId,
        actorId: this.actorId,
        entity: "ErasureRequest",
        entityId: req.id,
        action: "confirm",
        before: { status: req.status },
        after: { status: ErasureStatus.erased },
      });
      return new ErasureService(em, this.actorId).erase(req, now);
    });
  }

  /** The requests whose delay has passed run by themselves (the member service's clock calls this). */
  async eraseDue(now = new Date()): Promise<number> {
    const due = await this.repo.find({
      where: { status: ErasureStatus.requested, dueAt: LessThanOrEqual(now) },
      order: { dueAt: "ASC" },
    });
    for (const req of due) await inTransaction(this.em, (em) => new ErasureService(em, "system").erase(req, now));
    return due.length;
  }

  /** The erasure itself, inside the caller's transaction. */
  private async erase(req: ErasureRequest, now: Date): Promise<ErasureRequest> {
    const em = this.em;
    const household = await getOrThrow(em.getRepository(Household), req.householdId, HOUSEHOLD);
    const exporter = new HouseholdExportService(em);
    const personIds = await exporter.personIds(household.id);
    const people = await em.getRepository(Person).find({ where: { householdId: household.id } });
    const accounts = personIds.length ? await em.getRepository(Account).find({ where: { id: In(personIds) } }) : [];
    const needles = needlesOf(household, [
      ...people,
      ...accounts.map((a) => ({ firstName: a.firstName, lastName: a.lastName, email: a.email, phone: "" })),
    ]);
    // Which audit entries are about this household: read before its records change.
    const before = await exporter.build(household.id, now);
    const aboutIds = new Set(
      Object.entries(before.records)
        .filter(([k]) => k !== AuditEntry.name)
        .flatMap(([, rows]) => rows.map((r) => r.id as string)),
    );

    // Sign-in: accounts (their roles revoked and kept, ids only), sessions, e-mailed links.
    for (const a of accounts) await new AccountService(em).delete(a.id, this.actorId ?? "system");
    await em.getRepository(OneTimeToken).delete({ householdId: household.id });
    // Mails (sent or waiting: none goes out to an erased person), mail choices and agendas go; an
    // event's list of participants keeps the seat, not the name nor the address.
    await em.getRepository(OutboxMail).delete({ householdId: household.id });
    if (personIds.length) {
      await em.getRepository(OutboxMail).delete({ personId: In(personIds) });
      await em.getRepository(NotificationPreference).delete({ personId: In(personIds) });
      await em.getRepository(CalendarFeed).delete({ personId: In(personIds) });
      await em
        .getRepository(EventRegistration)
        .update({ personId: In(personIds) }, { name: anonymousName(household.id), email: "" });
    }
    await em.getRepository(CalendarFeed).delete({ kind: CalendarFeedKind.member, scopeId: household.id });
    // The people; a duty sign-up keeps the household, not the person.
    if (people.length)
      await em.getRepository(DutySignup).update({ personId: In(people.map((p) => p.id)) }, { personId: null });
    await em.getRepository(Person).delete({ householdId: household.id });
    // Cheques keep number, bank and amount, not the name of whoever wrote them.
    await em.getRepository(Installment).update({ householdId: household.id, issuer: Not("") }, { issuer: "" });
    // A basket handed to someone by name (an intermittent) who was one of these people.
    const takers = await em
      .getRepository(BasketHandover)
      .find({ where: { amapId: household.amapId, takerName: Not("") } });
    for (const b of takers)
      if (needles.unique.some((n) => b.takerName.toLowerCase().includes(n.toLowerCase())))
        await em.getRepository(BasketHandover).update({ id: b.id }, { takerName: "" });
    await purgeStagedRows(em, household.amapId, needles.unique);
    await this.scrubAudit(household.amapId, aboutIds, personIds, needles);

    await em
      .getRepository(Household)
      .update(
        { id: household.id },
        { displayName: anonymousName(household.id), address: "", notes: "", status: HouseholdStatus.former },
      );
    req.status = ErasureStatus.erased;
    req.erasedAt = now;
    req.decidedBy = this.actorId ?? "system";
    await em.getRepository(ErasureRequest).save(req);
    // The trace of the erasure names nobody: ids and counts only.
    await recordAudit(em, {
      amapId: household.amapId,
      actorId: this.actorId,
      entity: "Household",
      entityId: household.id,
      action: "erase",
      before: { people: people.length, accounts: accounts.length },
      after: { displayName: anonymousName(household.id), requestId: req.id },
    });
    return req;
  }

  /** Snapshots of the audit trail: everything about the household loses all its needles; the rest of the AMAP's (and the accounts') loses e-mails, phones and full names. */
  private async scrubAudit(
    amapId: string,
    aboutIds: Set<string>,
    personIds: string[],
    needles: Needles,
  ): Promise<void> {
    const repo = this.em.getRepository(AuditEntry);
    const entries = await repo.find({ where: [{ amapId }, { amapId: IsNull() }] });
    const people = new Set(personIds);
    for (const e of entries) {
      const list = aboutIds.has(e.entityId) || (e.actorId && people.has(e.actorId)) ? needles.all : needles.unique;
      const text = JSON.stringify([e.before, e.after]).toLowerCase();
      if (!list.some((n) => text.includes(n.toLowerCase()))) continue;
      await repo.update(
        { id: e.id },
        { before: scrubValue(e.before, list) as never, after: scrubValue(e.after, list) as never },
      );
    }
  }
}
