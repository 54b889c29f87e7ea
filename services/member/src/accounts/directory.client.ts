import { askSubgraph } from "@champ-commun/kit";
import type { AccountsRuntime } from "./runtime";

/**
 * What the accounts module must know of the other subgraphs' records to scope roles: a network's
 * sub-networks, a template's AMAP, the AMAPs a farm supplies, an AMAP's network. Asked as the
 * system (these are facts about the directory, not data shown to the caller).
 */
export class DirectoryClient {
  constructor(private readonly runtime: AccountsRuntime) {}

  private async ask<T>(service: "network" | "amap", query: string, variables: Record<string, unknown>): Promise<T> {
    return askSubgraph<T>(service, query, variables, await this.runtime.systemHeaders());
  }

  /** Every network in the subtree of each given network (itself included). */
  async subtrees(networkIds: string[]): Promise<Map<string, string[]>> {
    const children = new Map<string, string[]>();
    for (let page = 1; ; page++) {
      const r = await this.ask<{ networks: { total: number; items: Array<{ id: string; parentId: string | null }> } }>(
        "network",
        `query($page: Int!) { networks(page: $page, perPage: 100) { total items { id parentId } } }`,
        { page },
      );
      for (const n of r.networks.items)
        if (n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
      if (page * 100 >= r.networks.total) break;
    }
    const out = new Map<string, string[]>();
    for (const root of networkIds) {
      const seen: string[] = [];
      for (const stack = [root]; stack.length;) {
        const cur = stack.pop()!;
        if (seen.includes(cur)) continue;
        seen.push(cur);
        stack.push(...(children.get(cur) ?? []));
      }
      out.set(root, seen);
    }
    return out;
  }

  /** AMAP and farm of each template. */
  async templates(ids: string[]): Promise<Map<string, { amapId: string; farmId: string }>> {
    const out = new Map<string, { amapId: string; farmId: string }>();
    for (let i = 0; i < ids.length; i += 100) {
      const r = await this.ask<{ contractTemplates: { items: Array<{ id: string; amapId: string; farmId: string }> } }>(
        "amap",
        `query($ids: [ID!]) { contractTemplates(filter: { ids: $ids }, perPage: 100) { items { id amapId farmId } } }`,
        { ids: ids.slice(i, i + 100) },
      );
      for (const t of r.contractTemplates.items) out.set(t.id, { amapId: t.amapId, farmId: t.farmId });
    }
    return out;
  }

  /** The AMAPs a farm supplies (has contract templates in). */
  async amapsOfFarm(farmId: string): Promise<string[]> {
    const amaps = new Set<string>();
    for (let page = 1; ; page++) {
      const r = await this.ask<{ contractTemplates: { total: number; items: Array<{ amapId: string }> } }>(
        "amap",
        `query($farmId: ID!, $page: Int!) { contractTemplates(filter: { farmId: $farmId }, page: $page, perPage: 100) { total items { amapId } } }`,
        { farmId, page },
      );
      r.contractTemplates.items.forEach((t) => amaps.add(t.amapId));
      if (page * 100 >= r.contractTemplates.total) break;
    }
    return [...amaps];
  }

  async amap(id: string): Promise<{ id: string; name: string; networkId: string | null } | null> {
    const r = await this.ask<{ amap: { id: string; name: string; networkId: string | null } | null }>(
      "network",
      `query($id: ID!) { amap(id: $id) { id name networkId } }`,
      { id },
    );
    return r.amap;
  }

  async farmNetworks(id: string): Promise<string[] | null> {
    const r = await this.ask<{ farm: { networks: Array<{ id: string }> } | null }>(
      "network",
      `query($id: ID!) { farm(id: $id) { networks { id } } }`,
      { id },
    );
    return r.farm ? r.farm.networks.map((n) => n.id) : null;
  }

  async networkExists(id: string): Promise<boolean> {
    const r = await this.ask<{ network: { id: string } | null }>(
      "network",
      `query($id: ID!) { network(id: $id) { id } }`,
      { id },
    );
    return !!r.network;
  }

  async templateName(id: string): Promise<{ name: string; amapId: string } | null> {
    const r = await this.ask<{ contractTemplate: { name: string; amapId: string } | null }>(
      "amap",
      `query($id: ID!) { contractTemplate(id: $id) { name amapId } }`,
      { id },
    );
    return r.contractTemplate;
  }

  async farmName(id: string): Promise<string | null> {
    const r = await this.ask<{ farm: { name: string } | null }>(
      "network",
      `query($id: ID!) { farm(id: $id) { name } }`,
      { id },
    );
    return r.farm?.name ?? null;
  }

  async networkName(id: string): Promise<string | null> {
    const r = await this.ask<{ network: { name: string } | null }>(
      "network",
      `query($id: ID!) { network(id: $id) { name } }`,
      { id },
    );
    return r.network?.name ?? null;
  }
}
