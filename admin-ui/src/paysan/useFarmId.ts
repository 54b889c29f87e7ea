import { useBackOffice } from "../shared/backOffice";

/** The farm this back-office works for. */
export const useFarmId = (): string => useBackOffice().grant.scopeId;
