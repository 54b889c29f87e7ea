import type { EntityManager } from "typeorm";
import { ImportRow } from "../import/import-row.entity";

/**
 * Staged rows of the AMAP's imports that hold one of these strings (a person being erased): their
 * cells and messages are dropped (the import module stages files until they are imported).
 */
export async function purgeStagedRows(em: EntityManager, amapId: string, needles: string[]): Promise<void> {
  if (!needles.length) return;
  const qb = em
    .getRepository(ImportRow)
    .createQueryBuilder("r")
    .select("r.id", "id")
    .where("r.amapId = :amapId", { amapId });
  qb.andWhere(
    `(${needles.map((_, i) => `LOWER(r.cells) LIKE :n${i}`).join(" OR ")})`,
    Object.fromEntries(needles.map((n, i) => [`n${i}`, `%${n.toLowerCase()}%`])),
  );
  const ids = (await qb.getRawMany<{ id: string }>()).map((r) => r.id);
  for (const id of ids) await em.getRepository(ImportRow).update({ id }, { cells: [] as never, errors: null });
}
