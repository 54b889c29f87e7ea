import { askSubgraph, remoteAmapZones } from "@champ-commun/kit";

/*
 * What the season rules of the member subgraph read from the amap subgraph, besides template
 * terms: membership periods, distributions, their changes, duty shifts and rules. Over HTTP in
 * production (RemoteAmapSource below), a plain object in rule tests.
 */
export interface MembershipPeriodInfo {
  id: string;
  amapId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  feeMode: "fixed" | "free";
  feeCents: number;
  minFeeCents: number;
  suggestedFeeCents: number;
  networkShareCents: number;
}

export interface DistributionInfo {
  id: string;
  amapId: string;
  /** The date first planned. */
  date: string;
  /** HH:MM in the AMAP's time zone. */
  startTime: string;
  status: string;
  movedToDate: string | null;
  /** The date it happens on (the substitute date once moved), as the amap subgraph decides it. */
  effectiveDate: string;
  /** When it starts (ISO-8601 UTC), computed by the amap subgraph in the AMAP's time zone. */
  startsAt: string;
  /** The AMAP's time zone (IANA): the zone its instants are written in for people. */
  timeZone: string;
  /** HH:MM, the end of the pickup window (for printed sheets). */
  endTime?: string | null;
  /** Where it happens: its place, or the substitute place once moved there (for printed sheets). */
  place?: PlaceInfo | null;
  movedToPlace?: PlaceInfo | null;
}

export interface PlaceInfo {
  name: string;
  address: string | null;
  city: string | null;
}

export interface DistributionChangeInfo {
  id: string;
  amapId: string;
  distributionId: string;
  kind: "moved" | "cancelled";
  originalDate: string;
  originalPlaceId: string | null;
  newDate: string | null;
  newPlaceId: string | null;
  reason: string;
  /** When the change was recorded (ISO-8601 UTC). */
  createdAt?: string | null;
}

export interface DutyShiftInfo {
  id: string;
  amapId: string;
  distributionId: string;
  seats: number;
  /** When sign-ups close (ISO-8601 UTC), computed by the amap subgraph from the roster's rules in the AMAP's time zone. */
  signupClosesAt: string | null;
}

export interface DutyRulesInfo {
  signupDeadlineHours: number;
  maxShiftsPerHouseholdPerDistribution: number;
  requiredShiftsPerHouseholdPerPeriod: number;
}

export interface AmapSource {
  membershipPeriod(id: string): Promise<MembershipPeriodInfo | null>;
  distribution(id: string): Promise<DistributionInfo | null>;
  /** Every change recorded for the AMAP's distributions, oldest first. */
  distributionChanges(amapId: string): Promise<DistributionChangeInfo[]>;
  dutyShift(id: string): Promise<DutyShiftInfo | null>;
  dutyRules(amapId: string): Promise<DutyRulesInfo>;
  /** The AMAP's time zone (IANA): the zone of its "today". */
  timeZone(amapId: string): Promise<string>;
}

/** The queries this subgraph sends to the amap subgraph (checked against its schema by a test). */
export const AMAP_QUERIES = {
  period: `query ($id: ID!) { membershipPeriod(id: $id) { id amapId name startsOn endsOn feeMode feeCents minFeeCents suggestedFeeCents networkShareCents } }`,
  distribution: `query ($id: ID!) { distribution(id: $id) { id amapId date startTime endTime status movedToDate effectiveDate startsAt timeZone place { name address city } movedToPlace { name address city } } }`,
  changes: `query ($amapId: ID!, $page: Int!) { distributionChanges(filter: { amapId: $amapId }, page: $page, perPage: 100) { total items { id amapId distributionId kind originalDate originalPlaceId newDate newPlaceId reason createdAt } } }`,
  shift: `query ($id: ID!) { dutyShift(id: $id) { id amapId distributionId seats signupClosesAt } }`,
  rules: `query ($amapId: ID!) { dutyRules(amapId: $amapId) { signupDeadlineHours maxShiftsPerHouseholdPerDistribution requiredShiftsPerHouseholdPerPeriod } }`,
};

/** Asks the amap subgraph (AMAP_URL), forwarding the caller's identity and language; one request per key and request. */
export class RemoteAmapSource implements AmapSource {
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly zones = remoteAmapZones();
  constructor(private readonly headers: Record<string, string> = {}) {}

  private ask<T>(key: string, query: string, variables: Record<string, unknown>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = askSubgraph<T>("amap", query, variables, this.headers);
      p.catch(() => this.memo.delete(key));
      this.memo.set(key, p);
    }
    return p;
  }

  async membershipPeriod(id: string) {
    return (
      await this.ask<{ membershipPeriod: MembershipPeriodInfo | null }>(`period:${id}`, AMAP_QUERIES.period, { id })
    ).membershipPeriod;
  }
  async distribution(id: string) {
    return (
      await this.ask<{ distribution: DistributionInfo | null }>(`distribution:${id}`, AMAP_QUERIES.distribution, { id })
    ).distribution;
  }
  /** Every change, page after page (oldest first). */
  async distributionChanges(amapId: string) {
    type Res = { distributionChanges: { total: number; items: DistributionChangeInfo[] } };
    const all: DistributionChangeInfo[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = (
        await this.ask<Res>(`changes:${amapId}:${page}`, AMAP_QUERIES.changes, { amapId, page })
      ).distributionChanges;
      all.push(...items);
      if (!items.length || all.length >= total) return all;
    }
  }
  async dutyShift(id: string) {
    return (await this.ask<{ dutyShift: DutyShiftInfo | null }>(`shift:${id}`, AMAP_QUERIES.shift, { id })).dutyShift;
  }
  /** Asked of the network subgraph, which keeps each AMAP's zone (one request per batch, cached by the kit). */
  timeZone(amapId: string) {
    return this.zones.of(amapId);
  }
  async dutyRules(amapId: string) {
    return (await this.ask<{ dutyRules: DutyRulesInfo }>(`rules:${amapId}`, AMAP_QUERIES.rules, { amapId })).dutyRules;
  }
}
