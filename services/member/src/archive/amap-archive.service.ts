import { EntityManager, In } from "typeorm";
import { strToU8, strFromU8, unzipSync, zipSync } from "fflate";
import {
  amapOwnedEntities,
  ArchiveRows,
  badInput,
  RestoreCount,
  restoreRows,
  rowsWhere,
  type Msg,
} from "@champ-commun/kit";
import { Person } from "../entities/person.entity";
import { RoleGrant } from "../accounts/role-grant.entity";
import { Account, AccountStatus } from "../accounts/account.entity";
import { archiveCsvFiles } from "./archive-csv";
import type { ArchiveParts } from "./archive-parts";
import { t } from "../i18n";

export const ARCHIVE_FORMAT = "champ-commun/amap-archive";
export const ARCHIVE_VERSION = 1;
/** Staging of imports: not the AMAP's records (and purged once an import ends). */
const NOT_ARCHIVED = ["ImportJob", "ImportRow"];

export interface ArchiveManifest {
  format: string;
  version: number;
  exportedAt: string;
  amap: { id: string; name: string };
  /** Rows per subgraph and entity. */
  counts: Record<"network" | "amap" | "member", Record<string, number>>;
  files: string[];
}

export interface RestoreReport {
  amapId: string;
  amapName: string;
  counts: Array<RestoreCount & { subgraph: string }>;
}

const README = `Archive d'une AMAP, faite par Champ Commun.

manifest.json      le format (version), la date, l'AMAP et le nombre d'enregistrements de chaque table
csv/               les tableaux à ouvrir dans un tableur (séparateur « ; », UTF-8) : foyers, personnes,
                   adhésions, souscriptions, lignes de livraison, échéances, distributions, contrats…
json/              les mêmes données pour une autre installation de Champ Commun ou un autre outil :
                   network.json (l'AMAP dans son réseau), amap.json (lieux, calendrier, contrats,
                   permanences), member.json (foyers, adhésions, souscriptions, paiements, historique).
Les montants sont en centimes d'euro, les dates au format AAAA-MM-JJ, les instants en UTC.
Les mots de passe n'y sont pas : après une restauration, chacun choisit le sien (mot de passe oublié).
`;

/**
 * An AMAP's archive (domain.md: an AMAP can take everything it holds and leave): the three
 * subgraphs' rows of the AMAP in one ZIP (CSV tables for people, JSON for machines, a manifest with
 * a format version and counts), and its restoration into another instance, ids kept.
 */
export class AmapArchiveService {
  constructor(
    private readonly em: EntityManager,
    private readonly parts: ArchiveParts,
  ) {}

  /** This subgraph's rows: every entity carrying the AMAP's id, and its people's accounts (without passwords). */
  async memberPart(amapId: string): Promise<ArchiveRows> {
    const rows: ArchiveRows = {};
    for (const meta of amapOwnedEntities(this.em, NOT_ARCHIVED))
      rows[meta.targetName] = await rowsWhere(this.em, meta, "amapId", [amapId]);
    const people = (rows[Person.name] ?? []).map((p) => p.id as string);
    const grantees = (rows[RoleGrant.name] ?? []).map((g) => g.personId as string);
    const accounts = await rowsWhere(this.em, this.em.connection.getMetadata(Account), "id", [
      ...new Set([...people, ...grantees]),
    ]);
    rows[Account.name] = accounts.map(({ passwordHash: _p, superAdmin: _s, lastLoginAt: _l, ...a }) => ({
      ...a,
      status: AccountStatus.invited,
    }));
    return rows;
  }

  async build(amapId: string, now = new Date()): Promise<{ zip: Uint8Array; manifest: ArchiveManifest }> {
    const amap = await this.parts.amap(amapId);
    const farmIds = [...new Set((amap.ContractTemplate ?? []).map((t) => t.farmId as string))];
    const network = await this.parts.network(amapId, farmIds);
    const member = await this.memberPart(amapId);
    const counts = (rows: ArchiveRows) => Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
    const files: Record<string, Uint8Array> = {
      "json/network.json": strToU8(JSON.stringify(network)),
      "json/amap.json": strToU8(JSON.stringify(amap)),
      "json/member.json": strToU8(JSON.stringify(member)),
      "LISEZMOI.txt": strToU8(README),
    };
    for (const [name, text] of Object.entries(archiveCsvFiles({ ...network, ...amap, ...member })))
      files[name] = strToU8(text);
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      exportedAt: now.toISOString(),
      amap: { id: amapId, name: typeof network.Amap?.[0]?.name === "string" ? network.Amap[0].name : "" },
      counts: { network: counts(network), amap: counts(amap), member: counts(member) },
      files: ["manifest.json", ...Object.keys(files).sort()],
    };
    files["manifest.json"] = strToU8(JSON.stringify(manifest, null, 2));
    // Fixed dates inside the ZIP: the same AMAP gives the same bytes (but for exportedAt).
    const zip = zipSync(
      Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 6, mtime: now }]])) as never,
    );
    return { zip, manifest };
  }

  /** Reads an archive back into this instance: the network's part, the amap subgraph's, then this one's, ids kept. */
  async restore(bytes: Uint8Array): Promise<RestoreReport> {
    const bad = (m: Msg) => badInput("contentBase64", m);
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch {
      throw bad(t("amapArchive.fileNotZipArchive"));
    }
    const read = (name: string) => {
      if (!files[name]) throw bad(t("amapArchive.archiveHasNoFile", { name }));
      return JSON.parse(strFromU8(files[name])) as unknown;
    };
    const manifest = read("manifest.json") as ArchiveManifest;
    if (manifest.format !== ARCHIVE_FORMAT) throw bad(t("amapArchive.fileNotChampCommun"));
    if (!(manifest.version <= ARCHIVE_VERSION))
      throw bad(t("amapArchive.archiveFormatNewerThan", { version: manifest.version, ARCHIVE_VERSION }));
    const network = read("json/network.json") as ArchiveRows;
    const amap = read("json/amap.json") as ArchiveRows;
    const member = read("json/member.json") as ArchiveRows;

    const counts: RestoreReport["counts"] = [];
    for (const c of await this.parts.restoreNetwork(network)) counts.push({ subgraph: "network", ...c });
    for (const c of await this.parts.restoreAmap(amap)) counts.push({ subgraph: "amap", ...c });
    for (const c of await this.em.transaction((em) => this.restoreMember(em, member)))
      counts.push({ subgraph: "member", ...c });
    return { amapId: manifest.amap.id, amapName: manifest.amap.name, counts };
  }

  private async restoreMember(em: EntityManager, rows: ArchiveRows): Promise<RestoreCount[]> {
    // An account whose e-mail another account has here already is left out (the person signs in with theirs).
    const accounts = rows[Account.name] ?? [];
    const emails = accounts.map((a) => String(a.email));
    const taken = new Set(
      emails.length
        ? (await em.getRepository(Account).find({ select: { email: true, id: true }, where: { email: In(emails) } }))
            .filter((a) => !accounts.some((x) => x.id === a.id))
            .map((a) => a.email)
        : [],
    );
    const order = [...amapOwnedEntities(em, NOT_ARCHIVED).map((m) => m.targetName), Account.name];
    const restored = await restoreRows(
      em,
      {
        ...rows,
        [Account.name]: accounts
          .filter((a) => !taken.has(String(a.email)))
          .map((a) => ({ ...a, passwordHash: null, superAdmin: false, lastLoginAt: null })),
      },
      order,
    );
    const acc = restored.find((c) => c.entity === Account.name);
    if (acc) acc.skipped += taken.size;
    return restored;
  }
}
