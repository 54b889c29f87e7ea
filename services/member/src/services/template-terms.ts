/**
 * The terms of a contract template, as the amap subgraph gives them (`contractTemplateTerms`).
 * The member subgraph decides on them and snapshots what a subscription must keep.
 */
export type TemplateKind = "fixed" | "per_date" | "flexible";
export type TemplateStatus = "draft" | "open" | "closed" | "running" | "finished" | "archived";

export interface TemplateTermsLine {
  id: string;
  productId: string;
  productName: string;
  unit: string;
  unitPriceCents: number;
  minQuantity: number | null;
  maxQuantity: number | null;
  quotaPerDelivery: number | null;
}

export interface TemplateTermsDelivery {
  distributionId: string;
  date: string;
  /** `cancelled` deliveries take no quantities. */
  status: string;
  /** Flexible contracts: the instant (ISO-8601 UTC) after which this delivery's quantities are frozen. */
  editableUntil?: string | null;
  /** When the distribution starts (ISO-8601 UTC), after a move. */
  startsAt?: string | null;
  /** Last instant (ISO-8601 UTC) to declare an absence or ask a postponement of this delivery. */
  absenceDeadline?: string | null;
}

export interface TemplateTerms {
  templateId: string;
  amapId: string;
  farmId: string;
  name: string;
  kind: TemplateKind;
  status: TemplateStatus;
  text: string;
  payeeName: string;
  membershipPeriodId: string | null;
  allowedInstallmentCounts: number[];
  acceptedMeans: string[];
  cashingDates: string[];
  minTotalCents: number | null;
  maxAbsences: number | null;
  /** Hours of notice an absence or a postponement needs before the distribution starts. */
  absenceNoticeHours?: number | null;
  /** Flexible contracts: hours before a delivery after which its quantities are frozen (the amap subgraph turns them into `editableUntil`). */
  flexibleDeadlineHours?: number | null;
  /** First day members may subscribe (null: from the opening). */
  subscriptionOpensOn?: string | null;
  /** Last day members may subscribe or edit their grid, included (null: while the template is open). */
  subscriptionClosesOn?: string | null;
  /** Whether a member may postpone a delivery to another delivery date of the template. */
  postponementAllowed?: boolean | null;
  /** Whether a postponement waits for the farmer's consent. */
  requiresFarmerConsent?: boolean | null;
  /** The AMAP's time zone (IANA): its "today", and the zone its deadlines are written in for people. */
  timeZone: string;
  /** Whether the template takes subscriptions now (open, today within the window, in the AMAP's zone): the amap subgraph's call. */
  acceptsSubscriptions?: boolean;
  lines: TemplateTermsLine[];
  /** Sorted by date. */
  deliveries: TemplateTermsDelivery[];
  /** The offered cells: template line × distribution. */
  availability: Array<{ templateLineId: string; distributionId: string; quota?: number | null }>;
}

/** Where the terms come from: the amap subgraph over HTTP in production, a plain object in rule tests. */
export interface TemplateTermsSource {
  get(templateId: string): Promise<TemplateTerms | null>;
}

/** A source that asks once per template (one request's worth of memory). */
export function memoTerms(source: TemplateTermsSource): TemplateTermsSource {
  const seen = new Map<string, Promise<TemplateTerms | null>>();
  return {
    get(templateId) {
      let p = seen.get(templateId);
      if (!p) {
        p = source.get(templateId);
        p.catch(() => seen.delete(templateId));
        seen.set(templateId, p);
      }
      return p;
    },
  };
}
