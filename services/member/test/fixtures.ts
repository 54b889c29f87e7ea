import type { DataSource } from "typeorm";
import { DEFAULT_TIME_ZONE, DomainError, hoursBefore, uuidv7, zonedInstant } from "@champ-commun/kit";
import type { TemplateTerms, TemplateTermsSource } from "../src/services/template-terms";
import { HouseholdService } from "../src/services/household.service";
import { MembershipService } from "../src/services/membership.service";
import { MembershipStatus } from "../src/entities/membership.entity";
import type { SubscriptionLineInput } from "../src/inputs/subscription.input";
import type {
  AmapSource,
  DistributionChangeInfo,
  DistributionInfo,
  DutyRulesInfo,
  DutyShiftInfo,
  MembershipPeriodInfo,
} from "../src/services/amap-source";

/** What a test registers of a distribution or a shift: the fake computes the rest as the amap subgraph does. */
type RegisteredDistribution = Omit<DistributionInfo, "effectiveDate" | "startsAt" | "timeZone">;
type RegisteredShift = Omit<DutyShiftInfo, "signupClosesAt">;

/**
 * An in-memory amap subgraph for rule tests: periods, distributions, changes, duty shifts and rules.
 * Like the real one, it gives the dates it computes (effective date, start, sign-up deadline) in
 * the AMAP's time zone (`zone`, the default one unless a test says otherwise), through the kit's calendar.
 */
interface FakeAmapState {
  zone: string;
  periods: Map<string, MembershipPeriodInfo>;
  distributions: Map<string, RegisteredDistribution>;
  changes: DistributionChangeInfo[];
  shifts: Map<string, RegisteredShift>;
  rules: Map<string, DutyRulesInfo>;
}

const DEFAULT_RULES: DutyRulesInfo = {
  signupDeadlineHours: 24,
  maxShiftsPerHouseholdPerDistribution: 1,
  requiredShiftsPerHouseholdPerPeriod: 0,
};

export function fakeAmap(): AmapSource & FakeAmapState {
  const distribution = (id: string): DistributionInfo | null => {
    const d = fake.distributions.get(id);
    if (!d) return null;
    const effectiveDate = d.status === "moved" && d.movedToDate ? d.movedToDate : d.date;
    return {
      ...d,
      effectiveDate,
      startsAt: zonedInstant(effectiveDate, d.startTime, fake.zone).toISOString(),
      timeZone: fake.zone,
    };
  };
  const fake: AmapSource & FakeAmapState = {
    zone: DEFAULT_TIME_ZONE,
    periods: new Map<string, MembershipPeriodInfo>(),
    distributions: new Map<string, RegisteredDistribution>(),
    changes: [] as DistributionChangeInfo[],
    shifts: new Map<string, RegisteredShift>(),
    rules: new Map<string, DutyRulesInfo>(),
    membershipPeriod: async (id: string) => fake.periods.get(id) ?? null,
    distribution: async (id: string) => distribution(id),
    distributionChanges: async (amapId: string) => fake.changes.filter((c) => c.amapId === amapId),
    dutyShift: async (id: string) => {
      const s = fake.shifts.get(id);
      if (!s) return null;
      const d = distribution(s.distributionId);
      const hours = (fake.rules.get(s.amapId) ?? DEFAULT_RULES).signupDeadlineHours;
      return { ...s, signupClosesAt: d ? hoursBefore(new Date(d.startsAt), hours).toISOString() : null };
    },
    dutyRules: async (amapId: string) => fake.rules.get(amapId) ?? DEFAULT_RULES,
    timeZone: async () => fake.zone,
  };
  return fake;
}
export type FakeAmap = ReturnType<typeof fakeAmap>;

/** The amap subgraph of every test file (fixtures register what they create). */
export const amapFake = fakeAmap();

/** A membership period of `amapId` (free fee, no minimum unless given). */
export function registerPeriod(
  amapId: string,
  periodId: string,
  overrides: Partial<MembershipPeriodInfo> = {},
  fake: FakeAmap = amapFake,
): MembershipPeriodInfo {
  const period: MembershipPeriodInfo = {
    id: periodId,
    amapId,
    name: "Adhésion 2026",
    startsOn: "2026-01-01",
    endsOn: "2026-12-31",
    feeMode: "free",
    feeCents: 0,
    minFeeCents: 0,
    suggestedFeeCents: 1500,
    networkShareCents: 0,
    ...overrides,
  };
  fake.periods.set(periodId, period);
  return period;
}

/** The template's distributions in the fake amap subgraph, starting at `startTime` (Paris). */
export function registerDistributions(terms: TemplateTerms, startTime = "18:00", fake: FakeAmap = amapFake): void {
  for (const d of terms.deliveries)
    fake.distributions.set(d.distributionId, {
      id: d.distributionId,
      amapId: terms.amapId,
      date: d.date,
      startTime,
      status: d.status,
      movedToDate: null,
    });
}

/** Terms of a per-date vegetables-and-eggs contract: 4 weekly deliveries, eggs every other week. */
export function makeTerms(
  amapId: string,
  periodId: string | null,
  overrides: Partial<TemplateTerms> = {},
): TemplateTerms {
  const veg = uuidv7();
  const eggs = uuidv7();
  const deliveries = ["2026-04-07", "2026-04-14", "2026-04-21", "2026-04-28"].map((date) => ({
    distributionId: uuidv7(),
    date,
    status: "planned",
  }));
  registerPeriodIfNew(amapId, periodId);
  return {
    templateId: uuidv7(),
    amapId,
    farmId: uuidv7(),
    name: "Légumes et œufs – printemps 2026",
    kind: "per_date",
    status: "open",
    text: "Le paysan s'engage à livrer des produits de saison ; l'amapien à les préfinancer.",
    payeeName: "GAEC du Bout du Monde",
    membershipPeriodId: periodId,
    allowedInstallmentCounts: [1, 3, 6],
    acceptedMeans: ["cheque", "transfer"],
    cashingDates: ["2026-04-10", "2026-05-10", "2026-06-10"],
    minTotalCents: null,
    maxAbsences: 2,
    timeZone: DEFAULT_TIME_ZONE,
    absenceNoticeHours: 48,
    flexibleDeadlineHours: 48,
    subscriptionClosesOn: null,
    postponementAllowed: true,
    requiresFarmerConsent: true,
    lines: [
      {
        id: veg,
        productId: uuidv7(),
        productName: "Panier de légumes",
        unit: "panier",
        unitPriceCents: 1500,
        minQuantity: 1,
        maxQuantity: 2,
        quotaPerDelivery: null,
      },
      {
        id: eggs,
        productId: uuidv7(),
        productName: "Œufs",
        unit: "douzaine",
        unitPriceCents: 350,
        minQuantity: 0,
        maxQuantity: 3,
        quotaPerDelivery: 5,
      },
    ],
    deliveries,
    availability: [
      ...deliveries.map((d) => ({ templateLineId: veg, distributionId: d.distributionId })),
      ...[deliveries[0], deliveries[2]].map((d) => ({ templateLineId: eggs, distributionId: d.distributionId })),
    ],
    ...overrides,
  };
}

function registerPeriodIfNew(amapId: string, periodId: string | null) {
  if (periodId && !amapFake.periods.has(periodId)) registerPeriod(amapId, periodId);
}

/**
 * The terms as the amap subgraph gives them: its computed dates filled in where a test did not set
 * them (deliveries' start and deadlines from the fake's distributions, in the terms' zone; taking
 * subscriptions while open).
 */
export function asAmapGives(t: TemplateTerms, fake: FakeAmap = amapFake): TemplateTerms {
  return {
    ...t,
    acceptsSubscriptions: t.acceptsSubscriptions ?? t.status === "open",
    deliveries: t.deliveries.map((d) => {
      const start = zonedInstant(d.date, fake.distributions.get(d.distributionId)?.startTime ?? "00:00", t.timeZone);
      return {
        startsAt: start.toISOString(),
        absenceDeadline: hoursBefore(start, t.absenceNoticeHours ?? 0).toISOString(),
        editableUntil: t.kind === "flexible" ? hoursBefore(start, t.flexibleDeadlineHours ?? 0).toISOString() : null,
        ...d,
      };
    }),
  };
}

/** An in-memory TemplateTermsSource: the rule tests change a template's status on it directly. */
export function termsSource(...all: TemplateTerms[]): TemplateTermsSource & { byId: Map<string, TemplateTerms> } {
  const byId = new Map(all.map((t) => [t.templateId, t]));
  return { byId, get: async (id) => (byId.has(id) ? asAmapGives(byId.get(id)!) : null) };
}

/** Grid cells: `quantities[lineIndex][deliveryIndex]`, undefined = cell not given. */
export function grid(terms: TemplateTerms, quantities: Array<Array<number | undefined>>): SubscriptionLineInput[] {
  const out: SubscriptionLineInput[] = [];
  quantities.forEach((row, li) =>
    row.forEach((q, di) => {
      if (q !== undefined)
        out.push({
          templateLineId: terms.lines[li].id,
          distributionId: terms.deliveries[di].distributionId,
          quantity: q,
        });
    }),
  );
  return out;
}

/** A household of `amapId` with a pending membership for `periodId` (none when periodId is null). */
export async function memberHousehold(ds: DataSource, amapId: string, periodId: string | null, name = "Dupont") {
  const household = await new HouseholdService(ds.manager).create({
    amapId,
    displayName: name,
    people: [
      { firstName: "Camille", lastName: name, email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}@example.org` },
    ],
  });
  if (periodId) {
    if (amapFake.periods.get(periodId)?.amapId !== amapId) registerPeriod(amapId, periodId);
    await new MembershipService(ds.manager, amapFake).create({
      householdId: household.id,
      periodId,
      amountCents: 1500,
      status: MembershipStatus.pending,
    });
  }
  return household;
}

/** The DomainError a promise rejects with (fails the test when it resolves). */
export async function domainError(p: Promise<unknown>): Promise<DomainError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error("expected a DomainError, the operation succeeded");
}
