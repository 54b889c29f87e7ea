import { useBackOffice } from "../shared/backOffice";

/** The network this back-office works on (null for a super admin over every network). */
export function useNetworkId(): string | null {
  const { grant } = useBackOffice();
  return grant.scopeId === "*" ? null : grant.scopeId;
}

/** A list's permanent filter on the network, when there is one. */
export function useNetworkFilter(): Record<string, string> {
  const networkId = useNetworkId();
  return networkId ? { networkId } : {};
}
