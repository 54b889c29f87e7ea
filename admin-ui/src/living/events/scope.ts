import { useBackOffice } from "../../shared/backOffice";

export const EVENT_KINDS = ["training", "general_assembly", "work_day", "farm_visit", "other"].map((id) => ({
  id,
  name: `living.events.kinds.${id}`,
}));

/**
 * Whose events this back-office shows: the network's (/reseau: trainings) or the AMAP's (/amap:
 * general assembly, work days, farm visits). Organisers are the network's or the AMAP's admins;
 * a référent in /amap sees the AMAP's events.
 */
export function useEventScope(): {
  filter: { networkId: string } | { amapId: string } | null;
  organises: boolean;
  defaultKind: string;
} {
  const { grant } = useBackOffice();
  if (grant.role === "network_admin")
    return {
      filter: grant.scopeId === "*" ? null : { networkId: grant.scopeId },
      organises: grant.scopeId !== "*",
      defaultKind: "training",
    };
  if (grant.role === "amap_admin")
    return { filter: { amapId: grant.scopeId }, organises: true, defaultKind: "general_assembly" };
  return { filter: grant.amapId ? { amapId: grant.amapId } : null, organises: false, defaultKind: "general_assembly" };
}
