import { useQuery } from "@tanstack/react-query";
import { useBackOffice } from "./backOffice";

/**
 * A read from the queries registry through react-admin's query cache (so `useRefresh()` reloads
 * it too): `useApi("farmerRecap", { farmId })`. Disabled while a variable is missing.
 */
export function useApi<T>(name: string, variables: Record<string, unknown>, enabled = true) {
  const { dataProvider } = useBackOffice();
  return useQuery<T>({
    queryKey: ["champ", name, variables],
    queryFn: ({ signal }) => dataProvider.query<T>(name, variables, signal),
    enabled: enabled && Object.values(variables).every((v) => v !== undefined && v !== null && v !== ""),
  });
}
