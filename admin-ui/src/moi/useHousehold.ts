import { useBackOffice } from "../shared/backOffice";
import type { PickupInfo } from "../shared/PickupWhen";
import { useApi } from "../shared/useApi";

export interface MyLine {
  id: string;
  productName: string;
  unit: string;
  quantity: number;
  date: string;
  distributionId: string;
  /** The distribution as it really happens (moved day, time window, place); null when the AMAP's service does not answer. */
  distribution: PickupInfo | null;
}
export interface MySubscription {
  id: string;
  templateId: string;
  templateName: string;
  farmId: string;
  status: string;
  totalCents: number;
  installmentCount: number;
  lines: MyLine[];
  installments: Array<{ id: string; rank: number; dueOn: string; amountCents: number; means: string; status: string }>;
  absences: Array<{ id: string; distributionId: string; date: string }>;
  basketOffers: Array<{ id: string; distributionId: string; status: string; takerName: string }>;
}
export interface MyHousehold {
  id: string;
  amapId: string;
  displayName: string;
  people: Array<{ id: string; firstName: string; lastName: string; email: string; isPrimary: boolean }>;
  memberships: Array<{ id: string; periodId: string; amountCents: number; status: string; paidOn: string | null }>;
  subscriptions: MySubscription[];
}

/** The household of the member signed in (their grant's scope) and everything the member space shows of it. */
export function useHousehold() {
  const householdId = useBackOffice().grant.scopeId;
  return { householdId, ...useApi<MyHousehold>("myHousehold", { id: householdId }) };
}
