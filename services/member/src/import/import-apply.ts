import { EntityManager, In, Not } from "typeorm";
import { DomainError, Msg, DEFAULT_TIME_ZONE } from "@champ-commun/kit";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { Membership, MembershipStatus } from "../entities/membership.entity";
import { Subscription, SubscriptionStatus } from "../entities/subscription.entity";
import { HouseholdService } from "../services/household.service";
import { MembershipService } from "../services/membership.service";
import { SubscriptionService } from "../services/subscription.service";
import type { AmapSource } from "../services/amap-source";
import type { TemplateTermsSource } from "../services/template-terms";
import { normalizeHeader } from "./import-fields";
import type { HouseholdPlan, ImportCatalog, Origin, RowError } from "./import-plan";
import { t } from "../i18n";

/*
 * One household of a file, written with the API's own services (HouseholdService,
 * MembershipService, SubscriptionService): the same checks as a treasurer's form, the same audit
 * trail. Re-importing a file changes nothing: a household is found again by one of its people's
 * e-mails, else by its name; a person by e-mail, else by name; a membership by period; a
 * subscription by contract. A refused household throws `ImportRefusal` with its messages placed
 * on the file's lines and columns; the caller rolls back its savepoint.
 */

export class ImportRefusal extends Error {
  constructor(public readonly errors: RowError[]) {
    super("household refused");
  }
}

export type HouseholdOutcome = "created" | "updated" | "unchanged";

export interface ApplyOutcome {
  household: HouseholdOutcome;
  people: number;
  memberships: number;
  subscriptions: number;
}

/** The AMAP's households by e-mail and by name, read once per batch (then kept up to date as households are created). */
export interface HouseholdIndex {
  byEmail: Map<string, string>;
  byName: Map<string, string[]>;
}

export async function loadHouseholdIndex(em: EntityManager, amapId: string): Promise<HouseholdIndex> {
  const people = await em
    .getRepository(Person)
    .find({ select: { householdId: true, email: true }, where: { amapId, email: Not("") } });
  const households = await em
    .getRepository(Household)
    .find({ select: { id: true, displayName: true }, where: { amapId } });
  const byName = new Map<string, string[]>();
  for (const h of households)
    byName.set(normalizeHeader(h.displayName), [...(byName.get(normalizeHeader(h.displayName)) ?? []), h.id]);
  return { byEmail: new Map(people.map((p) => [p.email.toLowerCase(), p.householdId])), byName };
}

export interface ApplyContext {
  amapId: string;
  catalog: ImportCatalog;
  actorId: string | null;
  now: Date;
  index: HouseholdIndex;
}

/** The amap subgraph as the import read it before starting: membership periods and template terms. */
function sourcesOf(catalog: ImportCatalog): { amap: AmapSource; terms: TemplateTermsSource } {
  const none = async () => {
    throw new Error("not read by an import");
  };
  return {
    amap: {
      membershipPeriod: async (id) => catalog.periods.find((p) => p.id === id) ?? null,
      timeZone: async () => catalog.timeZone ?? DEFAULT_TIME_ZONE,
      distribution: none,
      distributionChanges: none,
      dutyShift: none,
      dutyRules: none,
    },
    terms: { get: async (id) => catalog.terms.get(id) ?? null },
  };
}

/** The origin of an input field, or of its closest parent (`subscriptions.0.lines.3.quantity` → `subscriptions.0.lines`). */
function originOf(plan: HouseholdPlan, path: string): Origin {
  for (let p = path; p; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const o = plan.origins.get(p);
    if (o) return o;
  }
  return { line: plan.lines[0], column: null };
}

/** A rule's refusal, placed on the lines and columns its fields came from. */
function placed(plan: HouseholdPlan, err: DomainError, prefix: string): RowError[] {
  const fields = Object.entries(err.fields);
  if (!fields.length) return [{ line: plan.lines[0], column: null, message: err.msg }];
  // One message per cell: a quantity over the maximum on 40 deliveries is one fault of one cell.
  const seen = new Set<string>();
  return fields
    .map(([field, message]: [string, Msg]) => ({ ...originOf(plan, prefix + field), message }))
    .filter(
      (e) => !seen.has(`${e.line}|${e.column}|${e.message.fr}`) && !!seen.add(`${e.line}|${e.column}|${e.message.fr}`),
    );
}

async function step<T>(plan: HouseholdPlan, prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof DomainError) throw new ImportRefusal(placed(plan, err, prefix));
    throw err;
  }
}

const same = (a: string | undefined | null, b: string | undefined | null) =>
  normalizeHeader(a ?? "") === normalizeHeader(b ?? "");

/** The name HouseholdService gives a household without one: its first person's last and first name. */
const defaultName = (plan: HouseholdPlan) =>
  plan.displayName || [plan.people[0]?.lastName, plan.people[0]?.firstName].filter(Boolean).join(" ");

export async function applyHousehold(em: EntityManager, plan: HouseholdPlan, ctx: ApplyContext): Promise<ApplyOutcome> {
  if (plan.errors.length) throw new ImportRefusal(plan.errors);
  const { amap, terms } = sourcesOf(ctx.catalog);
  const outcome: ApplyOutcome = { household: "unchanged", people: 0, memberships: 0, subscriptions: 0 };

  // Found again by an e-mail, else by name (several candidates: the treasurer must tell which).
  const emails = plan.people.map((p) => p.email?.trim().toLowerCase()).filter((e): e is string => !!e);
  const byEmail = [...new Set(emails.map((e) => ctx.index.byEmail.get(e)).filter((h): h is string => !!h))];
  const byName = byEmail.length ? [] : (ctx.index.byName.get(normalizeHeader(defaultName(plan))) ?? []);
  const candidates = byEmail.length ? byEmail : byName;
  if (candidates.length > 1) {
    throw new ImportRefusal([
      {
        ...originOf(plan, byEmail.length ? "people.0.email" : "displayName"),
        message: t("importApply.householdMatchesSeveralRecorded"),
      },
    ]);
  }
  let householdId = candidates[0];
  let createdName: string | null = null;
  const households = new HouseholdService(em);
  if (!householdId) {
    const created = await step(plan, "", () =>
      households.create({
        amapId: ctx.amapId,
        displayName: plan.displayName,
        address: plan.address,
        notes: plan.notes,
        status: plan.status,
        people: plan.people.map((p, i) => ({ ...p, isPrimary: i === 0 })),
      }),
    );
    householdId = created.id;
    outcome.household = "created";
    outcome.people = plan.people.length;
    createdName = created.displayName;
  } else {
    const present = await em.getRepository(Person).find({ where: { householdId } });
    for (const [i, p] of plan.people.entries()) {
      const known = present.some(
        (x) =>
          (p.email && x.email.toLowerCase() === p.email.toLowerCase()) ||
          (same(x.lastName, p.lastName) && same(x.firstName, p.firstName)),
      );
      if (known) continue;
      await step(plan, `people.${i}.`, () => households.addPerson(householdId, p));
      outcome.people++;
    }
  }

  if (plan.membership) {
    const m = plan.membership;
    const has = await em
      .getRepository(Membership)
      .exists({ where: { householdId, periodId: m.periodId, status: Not(MembershipStatus.cancelled) } });
    if (!has) {
      await step(plan, "membership.", () =>
        new MembershipService(em, amap, ctx.actorId).create({
          householdId: householdId,
          periodId: m.periodId,
          amountCents: m.amountCents,
          status: m.paid ? MembershipStatus.paid : MembershipStatus.pending,
          paidOn: m.paidOn,
          means: m.means,
        }),
      );
      outcome.memberships++;
    }
  }

  const held = plan.subscriptions.length
    ? await em.getRepository(Subscription).find({
        select: { templateId: true },
        where: {
          householdId,
          templateId: In(plan.subscriptions.map((s) => s.terms.templateId)),
          status: Not(SubscriptionStatus.terminated),
        },
      })
    : [];
  for (const [i, s] of plan.subscriptions.entries()) {
    if (held.some((h) => h.templateId === s.terms.templateId)) continue;
    await step(plan, `subscriptions.${i}.`, () =>
      new SubscriptionService(em, terms, { actorId: ctx.actorId, now: ctx.now }).create({
        templateId: s.terms.templateId,
        householdId: householdId,
        installmentCount: s.installmentCount,
        means: s.means,
        startsOn: s.startsOn,
        lines: s.lines,
      }),
    );
    outcome.subscriptions++;
  }
  if (outcome.household === "unchanged" && (outcome.people || outcome.memberships || outcome.subscriptions))
    outcome.household = "updated";
  // Known to the rest of the batch only once the whole household went in (a refusal rolls it back).
  for (const e of emails) ctx.index.byEmail.set(e, householdId);
  if (createdName) ctx.index.byName.set(normalizeHeader(createdName), [householdId]);
  return outcome;
}
