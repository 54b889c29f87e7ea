import { askSubgraph } from "@champ-commun/kit";

/** What a contract document and the mails say of the AMAP, the farm and the charter (network subgraph). */
export interface Parties {
  amap: { id: string; name: string; address: string; postalCode: string; city: string; timeZone: string } | null;
  farm: { id: string; name: string; payeeName: string; address: string; postalCode: string; city: string } | null;
  charter: { title: string; principles: Array<{ title: string }> } | null;
}

/** The movement-wide charter (network subgraph's fixed id, see charter-2014.ts there). */
export const CHARTER_2014_ID = "018e4a1c-2014-7000-8000-000000002014";

// `charter:` is an alias: the answer's key must be the field the Parties type reads (without it,
// `charterVersion` arrived under its own name and the contract lost its charter).
const PARTIES = `query Parties($amapId: ID!, $farmId: ID!, $charterId: ID!) {
  amap(id: $amapId) { id name address postalCode city timeZone }
  farm(id: $farmId) { id name payeeName address postalCode city }
  charter: charterVersion(id: $charterId) { title principles { title } }
}`;

/** Asked with the given headers (the member subgraph's own system token in workers). Throws when the network subgraph is down: a mail is then retried. */
export async function partiesOf(
  amapId: string,
  farmId: string | null,
  headers: Record<string, string>,
): Promise<Parties> {
  return askSubgraph<Parties>(
    "network",
    PARTIES,
    { amapId, farmId: farmId ?? "00000000-0000-7000-8000-000000000000", charterId: CHARTER_2014_ID },
    headers,
  );
}

/** Names of AMAPs (and their time zones) for mails, asked once per batch. */
export async function amapFacts(
  ids: string[],
  headers: Record<string, string>,
): Promise<Map<string, { name: string; timeZone: string }>> {
  const out = new Map<string, { name: string; timeZone: string }>();
  for (let i = 0; i < ids.length; i += 100) {
    const r = await askSubgraph<{ amaps: { items: Array<{ id: string; name: string; timeZone: string }> } }>(
      "network",
      `query($ids: [ID!]) { amaps(filter: { ids: $ids }, perPage: 100) { items { id name timeZone } } }`,
      { ids: ids.slice(i, i + 100) },
      headers,
    );
    for (const a of r.amaps.items) out.set(a.id, { name: a.name, timeZone: a.timeZone });
  }
  return out;
}
