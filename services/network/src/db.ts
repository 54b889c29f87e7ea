import { DataSource } from "typeorm";
import { NetworkAuditEntry } from "./audit/network-audit-entry.entity";
import { DbConfig, openDataSource, IdempotentRequest } from "@champ-commun/kit";
import { Network } from "./entities/network.entity";
import { Amap } from "./entities/amap.entity";
import { Farm, FarmNetwork } from "./entities/farm.entity";
import { Product } from "./entities/product.entity";
import { NetworkMembership } from "./entities/network-membership.entity";
import { NetworkShareRemittance } from "./entities/network-share-remittance.entity";
import { CharterCommitment, CharterVersion } from "./entities/charter.entity";
import { FarmVisit, FarmVisitMember } from "./entities/farm-visit.entity";
import { VisitAction, VisitAnswer, VisitQuestion } from "./entities/visit-grid.entity";
import { Announcement, AnnouncementReply } from "./entities/announcement.entity";
import { NetworkConsent } from "./entities/network-consent.entity";
import { CharterService } from "./services/charter.service";
import { sqliteMigrations } from "./migrations/sqlite";
import { mariadbMigrations } from "./migrations/mariadb";

export const networkEntities = [
  // Creations sent twice with the same idempotency key (kit idempotency.ts).
  IdempotentRequest,
  // The audit trail of the network's money records.
  NetworkAuditEntry,
  Network,
  Amap,
  Farm,
  FarmNetwork,
  Product,
  NetworkMembership,
  NetworkShareRemittance,
  CharterVersion,
  CharterCommitment,
  FarmVisit,
  FarmVisitMember,
  VisitQuestion,
  VisitAnswer,
  VisitAction,
  Announcement,
  AnnouncementReply,
  // What each AMAP lets its network see.
  NetworkConsent,
];

export function dbConfig(url?: string): DbConfig {
  return {
    service: "network",
    entities: networkEntities,
    migrations: { sqlite: sqliteMigrations, mariadb: mariadbMigrations },
    url,
  };
}

/** Opens the database, migrates it, and seeds the movement-wide charter when absent. */
export async function openNetworkDb(url?: string): Promise<DataSource> {
  const ds = await openDataSource(dbConfig(url));
  await new CharterService(ds.manager).ensureDefaultCharter();
  return ds;
}
