/**
 * The names behind a person's grants (the AMAP, the farm, the household…), fetched in one request
 * with one alias per grant, for the role switcher and the space chooser after signing in.
 */
import { postGraphQL } from "../api/graphql";
import type { Grant, RoleName } from "./grants";

const ROOT: Record<RoleName, { field: string; name: string }> = {
  network_admin: { field: "network", name: "name" },
  amap_admin: { field: "amap", name: "name" },
  referent: { field: "contractTemplate", name: "name" },
  farmer: { field: "farm", name: "name" },
  member: { field: "household", name: "displayName" },
};

/** `{ g0: amap(id: $g0) { name } g1: household(id: $g1) { displayName } }` and its variables. */
export function scopeNamesQuery(grants: readonly Grant[]): { query: string; variables: Record<string, string> } | null {
  const real = grants.filter((g) => g.scopeId !== "*");
  if (!real.length) return null;
  const vars = real.map((_, i) => `$g${i}: ID!`).join(", ");
  const fields = real.map((g, i) => `g${i}: ${ROOT[g.role].field}(id: $g${i}) { ${ROOT[g.role].name} }`).join(" ");
  return {
    query: `query ScopeNames(${vars}) { ${fields} }`,
    variables: Object.fromEntries(real.map((g, i) => [`g${i}`, g.scopeId])),
  };
}

export async function fetchScopeNames(
  endpoint: string,
  grants: readonly Grant[],
  headers: Record<string, string>,
): Promise<Record<string, string>> {
  const q = scopeNamesQuery(grants);
  if (!q) return {};
  const res = await postGraphQL(endpoint, { ...q, headers }).catch(() => null);
  const out: Record<string, string> = {};
  grants
    .filter((g) => g.scopeId !== "*")
    .forEach((g, i) => {
      const hit = res?.data?.[`g${i}`] as Record<string, string> | null | undefined;
      if (hit) out[g.id] = hit[ROOT[g.role].name];
    });
  return out;
}
