import { EntityManager } from "typeorm";
import {
  amapOwnedEntities,
  ArchiveRows,
  getOrThrow,
  restoreRows,
  RestoreCount,
  rowsWhere,
  rowToJson,
} from "@champ-commun/kit";
import { Amap } from "../entities/amap.entity";
import { Network } from "../entities/network.entity";
import { Farm, FarmNetwork } from "../entities/farm.entity";
import { Product } from "../entities/product.entity";
import { CharterVersion } from "../entities/charter.entity";
import { t } from "../i18n";

/** Records the AMAP refers to without owning them: restored only where absent (a farm is shared by every AMAP it supplies). */
const REFERENCES = ["Network", "Farm", "FarmNetwork", "Product", "CharterVersion"];
/** Replies to the AMAP's announcements hold the repliers' e-mails: theirs, not the AMAP's. */
const NOT_ARCHIVED = ["AnnouncementReply"];

/**
 * The network subgraph's part of an AMAP's archive: its directory entry, every record carrying its
 * id (memberships of the network, charter commitments, remittances, announcements, consent), and
 * what they refer to (its networks, the farms and products of its contracts, the charters).
 */
export class NetworkArchivePart {
  constructor(private readonly em: EntityManager) {}

  async build(amapId: string, farmIds: string[]): Promise<ArchiveRows> {
    const amap = await getOrThrow(this.em.getRepository(Amap), amapId, t("amap.amap"));
    const rows: ArchiveRows = { Amap: [rowToJson(amap as unknown as Record<string, unknown>)] };
    for (const meta of amapOwnedEntities(this.em, NOT_ARCHIVED))
      rows[meta.targetName] = await rowsWhere(this.em, meta, "amapId", [amapId]);
    const chain: string[] = [];
    for (let id = amap.networkId; id && !chain.includes(id);) {
      chain.push(id);
      id = (await this.em.getRepository(Network).findOne({ where: { id } }))?.parentId ?? null;
    }
    const meta = (t: { name: string }) => this.em.connection.getMetadata(t.name);
    rows.Network = await rowsWhere(this.em, meta(Network), "id", chain);
    rows.Farm = await rowsWhere(this.em, meta(Farm), "id", farmIds);
    rows.FarmNetwork = await rowsWhere(this.em, meta(FarmNetwork), "farmId", farmIds);
    rows.Product = await rowsWhere(this.em, meta(Product), "farmId", farmIds);
    const charters = [
      ...new Set((rows.CharterCommitment ?? []).map((c) => c.charterVersionId as string).filter(Boolean)),
    ];
    rows.CharterVersion = await rowsWhere(this.em, meta(CharterVersion), "id", charters);
    return rows;
  }

  /** Writes a part back, keeping ids; what exists already is left as it is. */
  async restore(rows: ArchiveRows): Promise<RestoreCount[]> {
    const owned = amapOwnedEntities(this.em, NOT_ARCHIVED).map((m) => m.targetName);
    return this.em.transaction((em) => restoreRows(em, rows, [...REFERENCES, "Amap", ...owned]));
  }
}
