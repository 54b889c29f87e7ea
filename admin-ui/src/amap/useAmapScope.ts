import { useBackOffice } from "../shared/backOffice";

/** The AMAP this back-office works on, and the template when the person is its référent. */
export function useAmapScope(): { amapId: string; templateId: string | null; isAdmin: boolean } {
  const { grant } = useBackOffice();
  if (grant.role === "referent") return { amapId: grant.amapId ?? "", templateId: grant.scopeId, isAdmin: false };
  return { amapId: grant.scopeId, templateId: null, isAdmin: true };
}
