/*
 * Who collects what at a distribution, computed from the grid and its absences, postponements,
 * basket handovers and amendments: never typed in twice. Pure functions over facts the caller
 * loaded (sheet-facts.ts); the sign-off sheet and the farmer recap both read their answer.
 */

export interface LineFact {
  subscriptionId: string;
  distributionId: string;
  date: string;
  templateLineId: string;
  productId: string;
  productName: string;
  unit: string;
  quantity: number;
  unitPriceCents: number;
}

export interface SubFact {
  id: string;
  amapId: string;
  householdId: string;
  partnerHouseholdId: string | null;
  templateId: string;
  templateName: string;
  farmId: string;
}

export interface Facts {
  subs: Map<string, SubFact>;
  /** Lines at the distributions asked, and the lines postponed into them. */
  lines: LineFact[];
  /** Sorted distinct grid dates of subscriptions shared in alternation. */
  datesBySub: Map<string, string[]>;
  /** `subscriptionId|distributionId` of declared absences. */
  absences: Set<string>;
  /** Approved postponements from or to the distributions asked. */
  postponements: Array<{
    subscriptionId: string;
    fromDistributionId: string;
    toDistributionId: string;
    toDate: string;
  }>;
  /** Offers taken at the distributions asked. */
  baskets: Array<{
    subscriptionId: string;
    distributionId: string;
    takerHouseholdId: string | null;
    takerName: string;
  }>;
  /** Amendments at the distributions involved, oldest first. */
  amendments: Array<{
    subscriptionId: string;
    distributionId: string;
    kind: string;
    status: string;
    newDate: string | null;
  }>;
  coSubscribers: Map<string, string[]>;
}

export type ItemStatus = "to_collect" | "absent" | "postponed" | "given_away" | "taken_over";

export interface ResolvedItem extends Omit<LineFact, "date" | "distributionId"> {
  /** The distribution whose sheet lists the item, and its effective date. */
  distributionId: string;
  date: string;
  templateId: string;
  templateName: string;
  farmId: string;
  amapId: string;
  /** Whose line it is on: a household, or an intermittent named by `takerName`. */
  householdId: string | null;
  takerName: string | null;
  status: ItemStatus;
  /** The grid's date when the delivery was moved or postponed to this one. */
  originalDate: string | null;
  postponedToDate: string | null;
  givenToHouseholdId: string | null;
  givenToName: string | null;
  takenFromHouseholdId: string | null;
  alternatingWithId: string | null;
  coSubscriberIds: string[];
}

/** Items the farmer prepares and the members take home. */
export const DELIVERED: ReadonlySet<ItemStatus> = new Set<ItemStatus>(["to_collect", "taken_over"]);

/** Alternating baskets: the subscription's 1st, 3rd… grid dates go to its household, the 2nd, 4th… to the partner. */
export function collectorOf(
  sub: Pick<SubFact, "householdId" | "partnerHouseholdId">,
  date: string,
  dates: string[] | undefined,
): string {
  if (!sub.partnerHouseholdId || !dates) return sub.householdId;
  const rank = dates.indexOf(date);
  return rank >= 0 && rank % 2 === 1 ? sub.partnerHouseholdId : sub.householdId;
}

const key = (subscriptionId: string, distributionId: string) => `${subscriptionId}|${distributionId}`;

export function resolveDeliveries(distributionIds: string[], facts: Facts): ResolvedItem[] {
  const asked = new Set(distributionIds);
  const latest = new Map<string, Facts["amendments"][number]>();
  const movedTo = new Map<string, string>();
  for (const a of facts.amendments) {
    latest.set(key(a.subscriptionId, a.distributionId), a);
    if (a.kind === "moved" && a.newDate) movedTo.set(a.distributionId, a.newDate);
    if (a.kind === "cancelled") movedTo.delete(a.distributionId);
  }
  const dropped = (subId: string, distId: string) => {
    const a = latest.get(key(subId, distId));
    return !!a && (a.kind === "cancelled" || a.status === "refused");
  };
  const postponedFrom = new Map(facts.postponements.map((p) => [key(p.subscriptionId, p.fromDistributionId), p]));
  const taken = new Map(facts.baskets.map((b) => [key(b.subscriptionId, b.distributionId), b]));
  const out: ResolvedItem[] = [];

  // Built field by field, one shape for every item: spreading the line and the extras into a
  // literal made V8 fall back to slow objects (13 µs an item, most of a 1,000-line sheet's time).
  const item = (
    l: LineFact,
    sub: SubFact,
    distributionId: string,
    date: string,
    extra: Partial<ResolvedItem>,
  ): ResolvedItem => {
    const owner = collectorOf(sub, l.date, facts.datesBySub.get(sub.id));
    const out: ResolvedItem = {
      subscriptionId: l.subscriptionId,
      templateLineId: l.templateLineId,
      productId: l.productId,
      productName: l.productName,
      unit: l.unit,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      distributionId,
      date,
      templateId: sub.templateId,
      templateName: sub.templateName,
      farmId: sub.farmId,
      amapId: sub.amapId,
      householdId: owner,
      takerName: null,
      status: "to_collect",
      originalDate: null,
      postponedToDate: null,
      givenToHouseholdId: null,
      givenToName: null,
      takenFromHouseholdId: null,
      alternatingWithId: sub.partnerHouseholdId
        ? owner === sub.householdId
          ? sub.partnerHouseholdId
          : sub.householdId
        : null,
      coSubscriberIds: facts.coSubscribers.get(sub.id) ?? [],
    };
    if (extra.status !== undefined) out.status = extra.status;
    if (extra.originalDate !== undefined) out.originalDate = extra.originalDate;
    if (extra.postponedToDate !== undefined) out.postponedToDate = extra.postponedToDate;
    if (extra.givenToHouseholdId !== undefined) out.givenToHouseholdId = extra.givenToHouseholdId;
    if (extra.givenToName !== undefined) out.givenToName = extra.givenToName;
    return out;
  };

  for (const l of facts.lines) {
    const sub = facts.subs.get(l.subscriptionId);
    if (!sub || l.quantity <= 0) continue;
    const k = key(l.subscriptionId, l.distributionId);
    if (asked.has(l.distributionId) && !dropped(l.subscriptionId, l.distributionId)) {
      const moved = movedTo.get(l.distributionId);
      const date = moved ?? l.date;
      const base = { originalDate: moved && moved !== l.date ? l.date : null };
      const p = postponedFrom.get(k);
      const b = taken.get(k);
      if (facts.absences.has(k)) out.push(item(l, sub, l.distributionId, date, { ...base, status: "absent" }));
      else if (p)
        out.push(
          item(l, sub, l.distributionId, date, {
            ...base,
            status: "postponed",
            postponedToDate: movedTo.get(p.toDistributionId) ?? p.toDate,
          }),
        );
      else if (b) {
        const giver = item(l, sub, l.distributionId, date, {
          ...base,
          status: "given_away",
          givenToHouseholdId: b.takerHouseholdId,
          givenToName: b.takerHouseholdId ? null : b.takerName,
        });
        out.push(giver);
        out.push({
          ...giver,
          status: "taken_over",
          householdId: b.takerHouseholdId,
          takerName: b.takerHouseholdId ? null : b.takerName,
          givenToHouseholdId: null,
          givenToName: null,
          takenFromHouseholdId: giver.householdId,
          alternatingWithId: null,
        });
      } else out.push(item(l, sub, l.distributionId, date, base));
    }
    // A delivery postponed into one of the distributions asked, unless its own date was cancelled.
    const p = postponedFrom.get(k);
    if (
      p &&
      asked.has(p.toDistributionId) &&
      !dropped(l.subscriptionId, l.distributionId) &&
      !dropped(l.subscriptionId, p.toDistributionId)
    ) {
      out.push(item(l, sub, p.toDistributionId, movedTo.get(p.toDistributionId) ?? p.toDate, { originalDate: l.date }));
    }
  }
  return out;
}

/** The effective date of each distribution asked, from its items (null when nothing is delivered). */
export function sheetDates(items: ResolvedItem[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of items) if (!out.has(i.distributionId)) out.set(i.distributionId, i.date);
  return out;
}
