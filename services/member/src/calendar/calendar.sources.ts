import { askSubgraph } from "@champ-commun/kit";

/** A distribution as an agenda shows it (amap subgraph: instants computed in the AMAP's time zone). */
export interface AgendaDistribution {
  id: string;
  amapId: string;
  effectiveDate: string;
  startsAt: string;
  endsAt: string;
  status: string;
  timeZone: string;
  notes: string;
  place: { name: string; address: string } | null;
  movedToPlace: { name: string; address: string } | null;
}

const FIELDS = `id amapId effectiveDate startsAt endsAt status timeZone notes place { name address } movedToPlace { name address }`;

type Headers = () => Promise<Record<string, string>>;

async function pages<T>(fetchPage: (page: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const r = await fetchPage(page);
    all.push(...r.items);
    if (!r.items.length || all.length >= r.total) return all;
  }
}

export async function distributionsByIds(ids: string[], headers: Headers): Promise<AgendaDistribution[]> {
  const out: AgendaDistribution[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const r = await askSubgraph<{ distributions: { items: AgendaDistribution[] } }>(
      "amap",
      `query($ids: [ID!]) { distributions(filter: { ids: $ids }, perPage: 100) { items { ${FIELDS} } } }`,
      { ids: ids.slice(i, i + 100) },
      await headers(),
    );
    out.push(...r.distributions.items);
  }
  return out;
}

export async function distributionsOfAmap(amapId: string, headers: Headers): Promise<AgendaDistribution[]> {
  return pages(
    async (page) =>
      (
        await askSubgraph<{ distributions: { total: number; items: AgendaDistribution[] } }>(
          "amap",
          `query($a: ID!, $p: Int!) { distributions(filter: { amapId: $a }, page: $p, perPage: 100) { total items { ${FIELDS} } } }`,
          { a: amapId, p: page },
          await headers(),
        )
      ).distributions,
  );
}

/** A farm's deliveries: each template's distributions, with the template's name. */
export async function deliveriesOfFarm(
  farmId: string,
  headers: Headers,
): Promise<Array<{ templateName: string; amapId: string; distributions: AgendaDistribution[] }>> {
  return pages(
    async (page) =>
      (
        await askSubgraph<{
          contractTemplates: {
            total: number;
            items: Array<{ name: string; amapId: string; status: string; distributions: AgendaDistribution[] }>;
          };
        }>(
          "amap",
          `query($f: ID!, $p: Int!) { contractTemplates(filter: { farmId: $f }, page: $p, perPage: 100) { total items { name amapId status distributions { ${FIELDS} } } } }`,
          { f: farmId, p: page },
          await headers(),
        )
      ).contractTemplates,
  ).then((ts) =>
    ts
      .filter((t) => t.status !== "draft" && t.status !== "archived")
      .map((t) => ({ templateName: t.name, amapId: t.amapId, distributions: t.distributions })),
  );
}
