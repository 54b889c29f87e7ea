import { EntityManager, In } from "typeorm";
import { Check } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import type { StatisticsSources, TemplateAggregate } from "./statistics.sources";
import { NetworkConsentService } from "./network-consent.service";

/** An AMAP × farm partnership of one season, derived from the contract templates (never typed twice). */
export interface PartnershipRow {
  amapId: string;
  farmId: string;
  season: string;
  templateCount: number;
}

/**
 * The partnerships of many networks at once (a page of networks asks together): one statement for
 * the network tree, one for their AMAPs, one request to the amap subgraph.
 */
export class PartnershipService {
  constructor(
    private readonly em: EntityManager,
    private readonly sources: StatisticsSources,
  ) {}

  async forNetworks(
    networkIds: string[],
    season: string | null,
    includeSubNetworks: boolean,
  ): Promise<Map<string, PartnershipRow[]>> {
    const check = new Check();
    const wanted = season === null ? null : check.text("season", season, { required: true, max: 20 })!;
    check.done();
    const out = new Map<string, PartnershipRow[]>(networkIds.map((id) => [id, []]));
    if (!networkIds.length) return out;

    const all = await this.em.getRepository(Network).find({ select: { id: true, parentId: true } });
    const children = new Map<string, string[]>();
    for (const n of all) if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
    const subtrees = new Map<string, Set<string>>();
    for (const id of networkIds) {
      const seen = new Set<string>();
      for (const stack = [id]; stack.length;) {
        const cur = stack.pop()!;
        if (seen.has(cur)) continue;
        seen.add(cur);
        if (includeSubNetworks) stack.push(...(children.get(cur) ?? []));
      }
      subtrees.set(id, seen);
    }
    const everyNetwork = [...new Set([...subtrees.values()].flatMap((s) => [...s]))];
    const listed = await this.em
      .getRepository(Amap)
      .find({ select: { id: true, networkId: true }, where: { networkId: In(everyNetwork) } });
    // Only the AMAPs that let the network see their partnerships (the others are not asked about).
    const consenting = await new NetworkConsentService(this.em).allowed(
      listed.map((a) => a.id),
      "partnerships",
    );
    const amaps = listed.filter((a) => consenting.has(a.id));
    const networkOfAmap = new Map(amaps.map((a) => [a.id, a.networkId!]));

    const templates: TemplateAggregate[] = await this.sources.templates(
      [...networkOfAmap.keys()],
      wanted ? [wanted] : null,
    );
    for (const t of templates) {
      const home = networkOfAmap.get(t.amapId);
      for (const [id, subtree] of subtrees) {
        if (home && subtree.has(home))
          out.get(id)!.push({ amapId: t.amapId, farmId: t.farmId, season: t.season, templateCount: t.templateCount });
      }
    }
    return out;
  }
}
