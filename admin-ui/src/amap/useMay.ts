import { canAccess } from "../access/canAccess";
import { useBackOffice } from "../shared/backOffice";

/**
 * May the signed-in role do this action on this record, as it is now? Decided at each render from
 * the record's current state (react-admin's useCanAccess caches its answer per record id, so a
 * button kept showing "Ouvrir les souscriptions" after the template was opened, until a reload).
 */
export function useMay(action: string, resource: string, record?: Record<string, unknown>): boolean {
  const { grant } = useBackOffice();
  return canAccess(grant.role, { action, resource, record });
}
