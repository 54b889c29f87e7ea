import { EntityManager, In } from "typeorm";
import { getOrThrow, frenchCollator } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { Amap, AmapStatus } from "../entities/amap.entity";
import { Farm, FarmNetwork } from "../entities/farm.entity";
import { NetworkService } from "./network.service";
import { NetworkConsentService } from "./network-consent.service";
import type { DirectoryAmapData, DirectoryData, DirectoryFarmData } from "./directory-export";
import { t } from "../i18n";

/** Only AMAPs and farms that exist today appear publicly: closed and dormant ones are left out. */
const PUBLIC_STATUSES = [AmapStatus.active, AmapStatus.in_creation];

// Whitelists, field by field: a new private column on Amap or Farm never leaks into the feed.
export function publicAmap(a: Amap): DirectoryAmapData {
  return {
    id: a.id,
    name: a.name,
    city: a.city,
    postalCode: a.postalCode,
    latitude: a.latitude,
    longitude: a.longitude,
    website: a.website,
    email: a.email,
    registrationMode: a.registrationMode,
  };
}

export function publicFarm(f: Farm): DirectoryFarmData {
  return {
    id: f.id,
    name: f.name,
    city: f.city,
    productions: [...f.productions],
    labels: [...f.labels],
    latitude: f.latitude,
    longitude: f.longitude,
  };
}

const byName = (a: { name: string }, b: { name: string }) => frenchCollator.compare(a.name, b.name);

/** The public directory a network publishes for partner sites (its map, its website). */
export class DirectoryService {
  constructor(private readonly em: EntityManager) {}

  async build(networkId: string, includeSubNetworks = true): Promise<DirectoryData> {
    await getOrThrow(this.em.getRepository(Network), networkId, t("directory.network"));
    const networkIds = includeSubNetworks ? await new NetworkService(this.em).subtreeIds(networkId) : [networkId];
    const listed = await this.em
      .getRepository(Amap)
      .find({ where: { networkId: In(networkIds), status: In(PUBLIC_STATUSES) } });
    // An AMAP that withdrew its directory entry is not published.
    const consenting = await new NetworkConsentService(this.em).allowed(
      listed.map((a) => a.id),
      "directory",
    );
    const amaps = listed.filter((a) => consenting.has(a.id));
    const links = await this.em.getRepository(FarmNetwork).find({ where: { networkId: In(networkIds) } });
    const farmIds = [...new Set(links.map((l) => l.farmId))];
    const farms = farmIds.length
      ? await this.em.getRepository(Farm).find({ where: { id: In(farmIds), status: In(PUBLIC_STATUSES) } })
      : [];
    return { amaps: amaps.map(publicAmap).sort(byName), farms: farms.map(publicFarm).sort(byName) };
  }
}
