import { DataSource } from "typeorm";
import { byText, loaderMany, loaderOne, frenchCollator } from "@champ-commun/kit";
import { Network } from "../entities/network.entity";
import { Amap } from "../entities/amap.entity";
import { Farm, FarmNetwork } from "../entities/farm.entity";
import { Product } from "../entities/product.entity";
import { NetworkMembership } from "../entities/network-membership.entity";
import { CharterCommitment, CharterVersion } from "../entities/charter.entity";
import { FarmVisit, FarmVisitMember, VisitMemberRole } from "../entities/farm-visit.entity";
import { VisitAction, VisitAnswer, VisitQuestion } from "../entities/visit-grid.entity";
import { Announcement, AnnouncementReply } from "../entities/announcement.entity";
import { NetworkShareRemittance } from "../entities/network-share-remittance.entity";

type Keyed = { id: string };
/** Latest first on a date column, then by id (time-ordered UUIDs: latest created first). */
const newestFirst =
  <T extends Keyed>(key: keyof T) =>
  (a: T, b: T): number =>
    String(b[key]).localeCompare(String(a[key])) || b.id.localeCompare(a.id);
/** Earliest first on a column, then by id. */
const oldestFirst =
  <T extends Keyed>(key: keyof T) =>
  (a: T, b: T): number =>
    String(a[key]).localeCompare(String(b[key])) || a.id.localeCompare(b.id);

const ROLE_ORDER = [VisitMemberRole.farmer, VisitMemberRole.member, VisitMemberRole.network_staff];

/** Per-request DataLoaders: every relation of this subgraph is one `IN (...)` query per level. */
export function createLoaders(ds: DataSource) {
  return {
    network: loaderOne(ds.getRepository(Network)),
    networkChildren: loaderMany(ds.getRepository(Network), "parentId", byText<Network>("name")),
    amap: loaderOne(ds.getRepository(Amap)),
    amapsByNetwork: loaderMany(ds.getRepository(Amap), "networkId", byText<Amap>("name")),
    farm: loaderOne(ds.getRepository(Farm)),
    farmLinksByNetwork: loaderMany(ds.getRepository(FarmNetwork), "networkId"),
    farmLinksByFarm: loaderMany(ds.getRepository(FarmNetwork), "farmId"),
    product: loaderOne(ds.getRepository(Product)),
    productsByFarm: loaderMany(ds.getRepository(Product), "farmId", byText<Product>("name")),
    membershipsByAmap: loaderMany(ds.getRepository(NetworkMembership), "amapId"),
    membershipsByFarm: loaderMany(ds.getRepository(NetworkMembership), "farmId"),
    charterVersion: loaderOne(ds.getRepository(CharterVersion)),
    charterCommitment: loaderOne(ds.getRepository(CharterCommitment)),
    charterCommitmentsByAmap: loaderMany(
      ds.getRepository(CharterCommitment),
      "amapId",
      newestFirst<CharterCommitment>("committedOn"),
    ),
    charterCommitmentsByFarm: loaderMany(
      ds.getRepository(CharterCommitment),
      "farmId",
      newestFirst<CharterCommitment>("committedOn"),
    ),
    farmVisit: loaderOne(ds.getRepository(FarmVisit)),
    visitsByFarm: loaderMany(ds.getRepository(FarmVisit), "farmId", newestFirst<FarmVisit>("plannedOn")),
    teamByVisit: loaderMany(
      ds.getRepository(FarmVisitMember),
      "visitId",
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || frenchCollator.compare(a.name, b.name),
    ),
    answersByVisit: loaderMany(ds.getRepository(VisitAnswer), "visitId"),
    actionsByVisit: loaderMany(ds.getRepository(VisitAction), "visitId", oldestFirst<VisitAction>("dueOn")),
    visitQuestion: loaderOne(ds.getRepository(VisitQuestion)),
    gridByNetwork: loaderMany(
      ds.getRepository(VisitQuestion),
      "networkId",
      (a, b) => a.position - b.position || a.id.localeCompare(b.id),
      { active: true },
    ),
    announcement: loaderOne(ds.getRepository(Announcement)),
    repliesByAnnouncement: loaderMany(
      ds.getRepository(AnnouncementReply),
      "announcementId",
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    ),
    remittance: loaderOne(ds.getRepository(NetworkShareRemittance)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
